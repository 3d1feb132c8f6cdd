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
    'FROM alpine:3.20\nRUN make > /var/log/build.log',
    'FROM alpine:3.20\nENV CATALOG_DUMP=/data/catalog.log',
    'FROM alpine:3.20\nENV DIALOG_FILE=/srv/x.log BLOGROOT=/var/log/blog',
    'FROM alpine:3.20\nCMD ["gunicorn", "--access-logfile", "-", "--error-logfile", "-", "app:app"]',
    'FROM alpine:3.20\nCMD ["app", "--log-level", "debug", "--log-file=/dev/stdout"]',
    'FROM alpine:3.20\nCMD ["app", "--log", "json"]',
    'FROM alpine:3.20\nCMD /app > /var/log/app.log\nCMD ["/app"]',
    'FROM alpine:3.20 AS base\nCMD /app > /var/log/app.log\nFROM base\nCMD ["/app"]',
    'FROM alpine:3.20 AS Base\nENV LOG_FILE=/var/log/app.log\nFROM base\nENV LOG_FILE=/dev/stdout',
    'ARG BASE=alpine:3.20\nFROM ${BASE} AS base\nENV LOG_FILE=/var/log/app.log\nFROM --platform=linux/amd64 alpine:3.20',
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["app.exe", "--log-level", "info"]'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCMD /app > /var/log/app.log', lines: [2], message: /\/var\/log\/app\.log/ },
    { code: 'FROM alpine:3.20\nCMD /app >> app.log 2>&1', lines: [2] },
    { code: 'FROM alpine:3.20\nENTRYPOINT /app 2>/var/log/err', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD /app &> /tmp/out.log', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD /app | tee /var/log/app', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD ["sh", "-c", "exec /app > /var/log/app.log"]', lines: [2] },
    { code: 'FROM alpine:3.20\nENV APP_LOG_FILE=/var/log/app/app.log', lines: [2], message: /APP_LOG_FILE/ },
    { code: 'FROM alpine:3.20\nENV logfile /srv/out.log', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD ["app", "--log-file", "/var/log/app.log"]', lines: [2], message: /\/var\/log\/app\.log/ },
    { code: 'FROM alpine:3.20\nCMD ["gunicorn", "--access-logfile=/srv/access.log", "app:app"]', lines: [2] },
    { code: 'FROM alpine:3.20\nENTRYPOINT celery worker --logfile /tmp/celery.log', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD ["nginx", "--error-log", "/srv/logs/error"]', lines: [2] },
    { code: 'FROM alpine:3.20\nENV LOGFILE=/srv/out.log appLogPath=/var/log/app', lines: [2] },
    { code: 'FROM alpine:3.20 AS base\nCMD /app > /var/log/app.log\nFROM base\nRUN true', lines: [2] },
    { code: 'FROM alpine:3.20 AS Base\nENV LOG_DIR=/var/log/app\nFROM base AS final\nUSER app', lines: [2] },
    { code: 'FROM alpine:3.20\nCMD ["/app"]\nCMD ["app", "--log-path=/var/log/app"]', lines: [3] },
    { code: 'ARG BASE\nFROM ${BASE}\nENV ERROR_LOG=/var/log/err.log', lines: [3] },
    { code: 'FROM --platform=linux/amd64 alpine:3.20\nCMD ["app", "--logfile", "app.log"]', lines: [2] },
    { code: '# escape=`\nFROM alpine:3.20\nCMD ["app", `\n  "--log-file", "/var/log/app.log"]', lines: [3] }
  ]
})
