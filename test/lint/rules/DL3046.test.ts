import { DL3046 } from '../../../src/lint/rules/DL3046.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3046, {
  valid: [
    'FROM debian:12\nRUN useradd -l -u 123456 app',
    'FROM debian:12\nRUN useradd --no-log-init -u 123456 app',
    'FROM debian:12\nRUN useradd -lu 123456 app',
    'FROM debian:12\nRUN useradd -u 12345 app',
    'FROM debian:12\nRUN useradd --uid 123456 app',
    'FROM debian:12\nRUN useradd --uid=123456 app',
    'FROM debian:12\nRUN useradd -m app',
    'FROM debian:12\nRUN /usr/sbin/useradd -u 123456 app',
    'FROM debian:12\nRUN adduser -u 123456 app',
    'FROM debian:12\nRUN useradd -u 1000 verylongusername'
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN useradd -u 123456 app', lines: [2], message: /without flag `-l` and high UID/ },
    { code: 'FROM debian:12\nRUN useradd -m -u 1000000 -s /bin/sh app', lines: [2] },
    { code: 'FROM debian:12\nRUN useradd -ou 99999999 app', lines: [2] },
    { code: 'FROM debian:12 AS build\nRUN useradd -u 100000 b\nFROM debian:12\nRUN apt-get update && useradd -u 2000000 app', lines: [2, 4] },
    { code: 'FROM debian:12\nONBUILD RUN useradd -u 1234567 app', lines: [2] },
    { code: 'FROM debian:12\nRUN set -eux; \\\n    useradd \\\n      -u 123456 app', lines: [2] },
    { code: 'FROM debian:12\nUSER root\nRUN <<EOF\nuseradd -u 654321 app\nEOF\n', lines: [3] }
  ]
})
