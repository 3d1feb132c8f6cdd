import { DL3045 } from '../../../src/lint/rules/DL3045.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3045, {
  valid: [
    'FROM alpine:3.20\nWORKDIR /app\nCOPY . .',
    'FROM alpine:3.20\nCOPY . /app',
    'FROM alpine:3.20\nCOPY . "/app"',
    'FROM alpine:3.20\nCOPY . $APP_HOME',
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app C:\\app',
    'FROM alpine:3.20 AS base\nWORKDIR /app\nFROM base\nCOPY . .',
    'FROM alpine:3.20\nADD . .',
    'FROM alpine:3.20\nONBUILD COPY . .',
    'FROM alpine:3.20\nCOPY ["a", "/app/"]'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCOPY . .', lines: [2], message: /relative path \./ },
    { code: 'FROM alpine:3.20\nCOPY app.py app/', lines: [2] },
    { code: 'FROM alpine:3.20\nCOPY . .\nWORKDIR /app\nCOPY . .', lines: [2] },
    { code: 'FROM alpine:3.20 AS base\nWORKDIR /app\nFROM alpine:3.20\nCOPY . .', lines: [4] },
    { code: 'FROM alpine:3.20\nCOPY a \\\n  "b"', lines: [2] },
    { code: 'FROM alpine:3.20\nCOPY ["a", "app/"]', lines: [2] },
    { code: 'FROM alpine:3.20\nONBUILD WORKDIR /app\nCOPY . .', lines: [3] }
  ]
})
