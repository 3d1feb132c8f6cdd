import { DL3027 } from '../../../src/lint/rules/DL3027.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3027, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
    'FROM debian:12\nRUN apt-cache policy curl',
    'FROM debian:12\nRUN echo apt install curl',
    'FROM debian:12\nRUN aptitude install -y curl',
    'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]',
    'FROM debian:12\nCMD apt list',
    // hadolint compares the program to the letter: a path is another program.
    'FROM debian:12\nRUN /usr/bin/apt update'
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN apt install -y curl', lines: [2], message: /apt-get/ },
    { code: 'FROM debian:12\nRUN apt-get update \\\n  && apt upgrade -y', lines: [2] },
    { code: 'FROM debian:12\nONBUILD RUN apt install -y curl', lines: [2] },
    { code: 'FROM debian:12 AS build\nRUN apt update\nFROM debian:12\nRUN true; apt install curl', lines: [2, 4] },
    { code: 'FROM debian:12\nRUN <<EOF\napt update\nEOF', lines: [2] }
  ]
})
