import { DL4003 } from '../../../src/lint/rules/DL4003.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL4003, {
  valid: [
    'FROM alpine:3.20\nCMD ["app"]',
    'FROM alpine:3.20 AS a\nCMD ["a"]\nFROM alpine:3.20\nCMD ["b"]',
    'FROM alpine:3.20\nENTRYPOINT ["app"]\nCMD ["--help"]',
    'FROM alpine:3.20\nONBUILD CMD ["a"]\nCMD ["b"]',
    'FROM alpine:3.20\nHEALTHCHECK CMD ["true"]\nCMD ["app"]'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]', lines: [3], message: /only the last CMD/ },
    { code: 'FROM alpine:3.20\nCMD a\nRUN true\nCMD b\nCMD c', lines: [4, 5] },
    { code: 'FROM alpine:3.20 AS a\nCMD ["a"]\nCMD ["b"]\nFROM alpine:3.20\nCMD ["c"]\nCMD ["d"]', lines: [3, 6] },
    { code: 'FROM alpine:3.20\nCMD ["a", \\\n  "b"]\ncmd ["c"]', lines: [4] },
    { code: 'CMD a\nCMD b\nFROM alpine:3.20\nCMD c', lines: [2] }
  ]
})
