import { DL3004 } from '../../../src/lint/rules/DL3004.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3004, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y sudo',
    'FROM debian:12\nRUN echo sudo',
    'FROM debian:12\nUSER root\nRUN apt-get update',
    'FROM debian:12\nRUN gosu app true',
    'FROM debian:12\nRUN cat <<EOF > /x.sh\nsudo reboot\nEOF',
    'FROM debian:12\nCMD ["sudo", "app"]'
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN sudo apt-get update', lines: [2], message: /Do not use sudo/ },
    { code: 'FROM debian:12\nRUN true && \\\n  sudo make install', lines: [2] },
    { code: 'FROM debian:12\nONBUILD RUN sudo make', lines: [2] },
    { code: 'FROM debian:12\nRUN ["sudo", "make"]', lines: [2] },
    { code: 'FROM debian:12\nRUN <<EOF\nsudo make\nEOF', lines: [2] },
    { code: 'FROM debian:12 AS a\nRUN sudo a\nFROM debian:12\nRUN sudo b', lines: [2, 4] }
  ]
})
