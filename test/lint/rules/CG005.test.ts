import { CG005 } from '../../../src/lint/rules/CG005.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(CG005, {
  valid: [
    'FROM alpine:3.20\nCMD ["/app"]',
    'FROM alpine:3.20\nCMD ["sh", "-c", "exec /app --port $PORT"]',
    'FROM alpine:3.20\nENTRYPOINT ["/bin/sh", "/entrypoint.sh"]',
    'FROM alpine:3.20\nCMD sh -c "node server.js"',
    'FROM alpine:3.20\nRUN ["sh", "-c", "make"]',
    'FROM alpine:3.20\nCMD ["python", "-c", "print(1)"]'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCMD ["sh", "-c", "node server.js"]', lines: [2], message: /exec/ },
    { code: 'FROM alpine:3.20\nENTRYPOINT ["/bin/bash", "-c", "migrate && serve"]', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD ["/bin/ash", "-ec", "run"]', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD ["dash", "-c", "executable"]', lines: [2] },
    { code: 'FROM alpine:3.20 AS a\nCMD ["sh", "-c", "x"]\nFROM alpine:3.20\nCMD [ \\\n  "sh", "-c", "y" ]', lines: [2, 4] }
  ]
})
