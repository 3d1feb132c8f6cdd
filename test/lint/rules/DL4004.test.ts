import { DL4004 } from '../../../src/lint/rules/DL4004.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL4004, {
  valid: [
    'FROM alpine:3.20\nENTRYPOINT ["app"]',
    'FROM alpine:3.20 AS a\nENTRYPOINT ["a"]\nFROM alpine:3.20\nENTRYPOINT ["b"]',
    'FROM alpine:3.20\nENTRYPOINT ["app"]\nCMD ["--help"]\nCMD ["--version"]',
    'FROM alpine:3.20\nONBUILD ENTRYPOINT ["a"]\nENTRYPOINT ["b"]',
    'FROM alpine:3.20\nRUN echo ENTRYPOINT\nENTRYPOINT ["b"]'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]', lines: [3], message: /only the last ENTRYPOINT/ },
    { code: 'FROM alpine:3.20\nENTRYPOINT a\nRUN true\nENTRYPOINT b\nENTRYPOINT c', lines: [4, 5] },
    { code: 'FROM alpine:3.20 AS a\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\nFROM a\nENTRYPOINT ["c"]\nENTRYPOINT ["d"]', lines: [3, 6] },
    { code: 'FROM alpine:3.20\nENTRYPOINT ["a", \\\n  "b"]\nentrypoint ["c"]', lines: [4] },
    { code: 'ENTRYPOINT a\nENTRYPOINT b\nFROM alpine:3.20\nENTRYPOINT c', lines: [2] }
  ]
})
