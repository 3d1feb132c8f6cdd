import { DL3008 } from '../../../src/lint/rules/DL3008.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3008, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10',
    'FROM debian:12\nRUN apt-get install -y -t bookworm-backports golang=2:1.21',
    'FROM debian:12\nRUN apt-get install -y --target-release bookworm-backports golang=2:1.21',
    'FROM debian:12\nRUN apt-get install -y golang/bookworm-backports',
    'FROM debian:12\nRUN apt-get install -y ./app_1.0_amd64.deb',
    'FROM debian:12\nRUN apt install -y curl',
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y',
    'FROM debian:12\nRUN /usr/bin/apt-get install -y curl'
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get install -y curl', lines: [2], message: /\(curl\)/ },
    { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y \\\n  curl=7.88.1-10 \\\n  git', lines: [2], message: /\(git\)/ },
    { code: 'FROM debian:12\nONBUILD RUN apt-get install -y curl', lines: [2] },
    { code: 'FROM debian:12\nRUN apt-get -y install -t bookworm curl', lines: [2], message: /\(curl\)/ },
    { code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y wget\nEOF', lines: [2] },
    { code: 'FROM debian:12 AS a\nRUN apt-get install -y a\nFROM debian:12\nRUN apt-get install -y b=1', lines: [2] },
    { code: 'FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive apt-get install -y make gcc', lines: [2], message: /\(make, gcc\)/ }
  ]
})
