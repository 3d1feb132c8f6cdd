import { DL3066 } from '../../../src/lint/rules/DL3066.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3066, {
  valid: [
    'FROM alpine:3.20\nUSER 10001',
    'FROM alpine:3.20\nUSER 1000:1000',
    'FROM alpine:3.20\nUSER 1000:app',
    'FROM alpine:3.20\nARG UID=10001\nUSER $UID',
    'ARG APP_UID=10001\nFROM alpine:3.20\nUSER ${APP_UID}:${APP_GID}',
    'FROM alpine:3.20\nRUN adduser -D app'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nUSER app', lines: [2], message: /USER app is a name/ },
    { code: 'FROM alpine:3.20\nUSER root', lines: [2] },
    { code: 'FROM alpine:3.20\nUSER app:app', lines: [2] },
    { code: 'FROM alpine:3.20\nUSER $UNDECLARED', lines: [2] },
    { code: 'FROM alpine:3.20\nUSER $UID\nARG UID=1', lines: [2] },
    { code: 'FROM alpine:3.20 AS a\nUSER node\nFROM alpine:3.20\nUSER 1000\nUSER nobody', lines: [2, 5] }
  ]
})
