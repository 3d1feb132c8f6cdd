import { DL3000 } from '../../../src/lint/rules/DL3000.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3000, {
  valid: [
    'FROM alpine:3.20\nWORKDIR /app',
    'FROM alpine:3.20\nWORKDIR "/app"',
    "FROM alpine:3.20\nWORKDIR '/srv/my app'",
    'FROM alpine:3.20\nARG DIR=/app\nWORKDIR $DIR',
    'FROM alpine:3.20\nWORKDIR ${HOME}/src',
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app',
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR "d:/data"'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nWORKDIR app', lines: [2], message: /absolute WORKDIR/ },
    { code: 'FROM alpine:3.20\nWORKDIR a', lines: [2] },
    { code: 'FROM alpine:3.20\nWORKDIR "app/src"', lines: [2] },
    { code: 'FROM alpine:3.20\nWORKDIR ./src', lines: [2] },
    { code: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR ../lib', lines: [3] },
    { code: 'FROM alpine:3.20 AS build\nWORKDIR src\nFROM alpine:3.20\nWORKDIR bin', lines: [2, 4] },
    { code: 'FROM alpine:3.20\nWORKDIR \\\n  app', lines: [2] },
    { code: 'FROM alpine:3.20\nWORKDIR ~/app', lines: [2] }
  ]
})
