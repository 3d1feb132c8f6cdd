import { DL3021 } from '../../../src/lint/rules/DL3021.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3021, {
  valid: [
    'FROM alpine:3.20\nCOPY a b /dst/',
    'FROM alpine:3.20\nCOPY a /dst',
    'FROM alpine:3.20\nCOPY a b "/dst/"',
    'FROM alpine:3.20\nCOPY ["a", "b", "/dst/"]',
    'FROM alpine:3.20\nADD a b /dst',
    'FROM alpine:3.20\nCOPY --from=build /out/a /out/b /usr/bin/'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCOPY a b /dst', lines: [2], message: /ending in \// },
    { code: 'FROM alpine:3.20\nCOPY ["a", "b", "/dst"]', lines: [2] },
    { code: 'FROM alpine:3.20\nCOPY a \\\n  b \\\n  /dst', lines: [2] },
    { code: 'FROM alpine:3.20 AS one\nCOPY a b c .\nFROM alpine:3.20\nCOPY x y "/z"', lines: [2, 4] },
    { code: 'FROM alpine:3.20\nCOPY <<one <<two /etc/conf\nfirst\none\nsecond\ntwo', lines: [2] }
  ]
})
