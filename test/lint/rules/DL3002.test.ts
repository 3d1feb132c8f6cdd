import { DL3002 } from '../../../src/lint/rules/DL3002.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3002, {
  valid: [
    'FROM alpine:3.20',
    'FROM alpine:3.20\nUSER root\nRUN apk add x\nUSER app',
    'FROM alpine:3.20\nUSER rooty',
    'FROM alpine:3.20\nUSER 1000:0',
    'FROM alpine:3.20 AS a\nUSER app\nFROM a'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nUSER root', lines: [2], message: 'Last USER should not be root' },
    { code: 'FROM alpine:3.20\nUSER 0', lines: [2] },
    { code: 'FROM alpine:3.20\nUSER root:root', lines: [2] },
    { code: 'FROM alpine:3.20\nUSER 0:1000', lines: [2] },
    { code: 'FROM alpine:3.20 AS a\nUSER root\nFROM alpine:3.20\nUSER app', lines: [2] },
    { code: 'FROM alpine:3.20 AS a\nUSER root\nFROM a\nUSER 0', lines: [2, 4] },
    { code: 'FROM alpine:3.20\nUSER app\nRUN <<EOF\nUSER x\nEOF\nUSER root', lines: [6] }
  ]
})
