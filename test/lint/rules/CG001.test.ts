import { CG001 } from '../../../src/lint/rules/CG001.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(CG001, {
  valid: [
    'FROM alpine:3.20\nUSER app',
    'FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER 10001:10001',
    'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app',
    'FROM gcr.io/distroless/static-debian12:nonroot@sha256:0000000000000000000000000000000000000000000000000000000000000000',
    'FROM gcr.io/distroless/base:debug-nonroot',
    'FROM alpine:3.20 AS base\nUSER app\nFROM base\nCOPY x /x',
    'FROM alpine:3.20 AS base\nUSER app\nFROM base AS mid\nRUN true\nFROM mid',
    'FROM golang:1.22 AS build\nRUN go build\nFROM alpine:3.20\nUSER nobody',
    'FROM alpine:3.20\nUSER $APP_USER'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN apk add curl', lines: [1], message: /has no USER/ },
    { code: 'FROM alpine:3.20\nUSER root', lines: [2], message: /USER root/ },
    { code: 'FROM alpine:3.20\nUSER app\nUSER 0', lines: [3] },
    { code: 'FROM alpine:3.20\nUSER root:wheel', lines: [2] },
    { code: 'FROM alpine:3.20\nUSER 0:0', lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nUSER app\nFROM alpine:3.20\nCOPY --from=build /a /a', lines: [3] },
    { code: 'FROM alpine:3.20 AS base\nUSER root\nFROM base', lines: [3] },
    { code: 'FROM gcr.io/distroless/static-debian12\nCOPY app /app', lines: [1] },
    { code: 'FROM gcr.io/distroless/static-debian12:nonroot\nUSER root', lines: [2] },
    { code: 'FROM --platform=$BUILDPLATFORM scratch\nCOPY app /app', lines: [1] },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER `\n  root', lines: [3] }
  ]
})
