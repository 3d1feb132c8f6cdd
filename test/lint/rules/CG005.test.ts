import { CG005 } from '../../../src/lint/rules/CG005.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(CG005, {
  valid: [
    'FROM alpine:3.20\nCMD ["/app"]',
    'FROM alpine:3.20\nCMD ["sh", "-c", "exec /app --port $PORT"]',
    'FROM alpine:3.20\nCMD ["sh", "-c", "cd /srv && exec node server.js"]',
    'FROM alpine:3.20\nCMD ["sh", "-c", "exec /app --config \\"$(cat /etc/app.path)\\""]',
    'FROM alpine:3.20\nENTRYPOINT ["/bin/sh", "/entrypoint.sh"]',
    'FROM alpine:3.20\nCMD sh -c "node server.js"',
    'FROM alpine:3.20\nRUN ["sh", "-c", "make"]',
    'FROM alpine:3.20\nCMD ["python", "-c", "print(1)"]',
    'FROM alpine:3.20\nCMD ["bash", "run.sh", "-c", "config.yml"]',
    'FROM alpine:3.20\nENTRYPOINT ["/bin/bash", "--", "start.sh", "-c"]',
    'FROM alpine:3.20\nCMD ["bash", "-o", "pipefail", "start.sh", "-c", "x"]',
    'FROM alpine:3.20 AS build\nCMD ["sh", "-c", "make test"]\nFROM alpine:3.20\nCMD ["/app"]',
    'FROM alpine:3.20\nCMD ["sh", "-c", "node server.js"]\nCMD ["node", "server.js"]',
    'FROM alpine:3.20 AS base\nCMD ["sh", "-c", "node server.js"]\nFROM base\nENTRYPOINT ["/app"]',
    'FROM alpine:3.20 AS Base\nENTRYPOINT ["sh", "-c", "serve"]\nFROM base\nENTRYPOINT ["/app"]',
    'ARG BASE=alpine:3.20\nFROM ${BASE}\nCMD ["/app"]',
    'FROM --platform=$BUILDPLATFORM alpine:3.20 AS tools\nENTRYPOINT ["sh", "-c", "x"]\nFROM --platform=linux/amd64 alpine:3.20\nCMD ["/app"]',
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["cmd", "/S", "/C", "app.exe"]'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCMD ["sh", "-c", "node server.js"]', lines: [2], message: /exec/ },
    { code: 'FROM alpine:3.20\nENTRYPOINT ["/bin/bash", "-c", "migrate && serve"]', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD ["/bin/ash", "-ec", "run"]', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD ["dash", "-c", "executable"]', lines: [2] },
    { code: 'FROM alpine:3.20 AS a\nCMD ["sh", "-c", "x"]\nFROM alpine:3.20\nCMD [ \\\n  "sh", "-c", "y" ]', lines: [4] },
    { code: 'FROM alpine:3.20\nCMD ["bash", "-o", "pipefail", "-c", "serve | tee x"]', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD ["bash", "--login", "-c", "serve"]', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD ["node", "a.js"]\nCMD ["sh", "-c", "exec node a.js; node b.js"]', lines: [3] },
    { code: 'FROM alpine:3.20 AS base\nENTRYPOINT ["sh", "-c", "serve"]\nFROM base\nRUN true', lines: [2] },
    { code: 'FROM alpine:3.20 AS Base\nCMD ["sh", "-c", "serve"]\nFROM base AS final\nENTRYPOINT ["tini", "--"]\nCMD ["sh", "-c", "serve"]', lines: [5] },
    { code: 'FROM alpine:3.20\nCMD ["sh", "-c", "serve"]\nENTRYPOINT ["sh", "-c", "exec \\"$@\\"", "--"]', lines: [2] },
    { code: 'ARG BASE\nFROM ${BASE}\nCMD ["sh", "-c", "serve"]', lines: [3] },
    { code: 'FROM --platform=linux/amd64 alpine:3.20\nENTRYPOINT ["sh", "-c", "serve"]', lines: [2] },
    { code: '# escape=`\nFROM alpine:3.20\nCMD ["sh", "-c", `\n  "serve"]', lines: [3] }
  ]
})
