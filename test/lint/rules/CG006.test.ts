import { CG006 } from '../../../src/lint/rules/CG006.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(CG006, {
  valid: [
    'FROM alpine:3.20\nCMD ["/app"]',
    'FROM alpine:3.20\nCMD /app > /dev/stdout 2> /dev/stderr',
    'FROM alpine:3.20\nENV LOG_OUTPUT=/dev/stdout',
    'FROM alpine:3.20\nENV DATA_DIR=/var/log/data',
    'FROM alpine:3.20 AS build\nCMD /app > /var/log/app.log\nFROM alpine:3.20\nCMD ["/app"]',
    'FROM alpine:3.20\nCMD /app 2>&1',
    'FROM alpine:3.20\nCMD echo "> /var/log/x.log"',
    'FROM alpine:3.20\nRUN make > /var/log/build.log'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCMD /app > /var/log/app.log', lines: [2], message: /\/var\/log\/app\.log/ },
    { code: 'FROM alpine:3.20\nCMD /app >> app.log 2>&1', lines: [2] },
    { code: 'FROM alpine:3.20\nENTRYPOINT /app 2>/var/log/err', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD /app &> /tmp/out.log', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD /app | tee /var/log/app', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD ["sh", "-c", "exec /app > /var/log/app.log"]', lines: [2] },
    { code: 'FROM alpine:3.20\nENV APP_LOG_FILE=/var/log/app/app.log', lines: [2], message: /APP_LOG_FILE/ },
    { code: 'FROM alpine:3.20\nENV logfile /srv/out.log', lines: [2] }
  ]
})
