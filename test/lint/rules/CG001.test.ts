import { CG001 } from '../../../src/lint/rules/CG001.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(CG001, {
  valid: [
    'FROM alpine:3.20\nUSER app',
    'FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER 10001:10001',
    'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app',
    'FROM gcr.io/distroless/static-debian12:nonroot@sha256:0000000000000000000000000000000000000000000000000000000000000000',
    'FROM gcr.io/distroless/base:debug-nonroot',
    'FROM gcr.io/distroless/static-debian12:nonroot-amd64',
    'FROM gcr.io/distroless/base-debian12:debug-nonroot-arm64',
    'FROM cgr.dev/chainguard/static:latest\nCOPY app /app',
    'FROM cgr.dev/chainguard/python',
    'FROM cgr.dev/chainguard/node:latest-dev\nUSER node',
    'FROM alpine:3.20 AS base\nUSER app\nFROM base\nCOPY x /x',
    'FROM alpine:3.20 AS Base\nUSER app\nFROM base',
    'FROM alpine:3.20 AS base\nUSER app\nFROM base AS mid\nRUN true\nFROM mid',
    'FROM golang:1.22 AS build\nRUN go build\nFROM alpine:3.20\nUSER nobody',
    'FROM alpine:3.20\nUSER $APP_USER',
    'FROM alpine:3.20\nARG APP_USER\nUSER $APP_USER',
    'FROM alpine:3.20\nARG APP_USER=app\nUSER ${APP_USER}',
    'ARG APP_USER=root\nFROM alpine:3.20\nUSER $APP_USER',
    'FROM alpine:3.20\nARG UID=10001\nUSER ${UID}:${UID}',
    'ARG BASE=gcr.io/distroless/static-debian12:nonroot\nFROM ${BASE}',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=linux/amd64 gcr.io/distroless/static:nonroot',
    '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN apk add curl', lines: [1], message: /has no USER/ },
    { code: 'FROM alpine:3.20\nUSER root', lines: [2], message: /USER root/ },
    { code: 'FROM alpine:3.20\nUSER app\nUSER 0', lines: [3] },
    { code: 'FROM alpine:3.20\nUSER root:wheel', lines: [2] },
    { code: 'FROM alpine:3.20\nUSER 0:0', lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nUSER app\nFROM alpine:3.20\nCOPY --from=build /a /a', lines: [3] },
    { code: 'FROM alpine:3.20 AS base\nUSER root\nFROM base', lines: [3], message: /inherits USER root from line 2/ },
    { code: 'FROM gcr.io/distroless/static-debian12\nCOPY app /app', lines: [1] },
    { code: 'FROM gcr.io/distroless/static-debian12:nonroot\nUSER root', lines: [2] },
    { code: 'FROM gcr.io/distroless/static-debian12:latest-amd64', lines: [1] },
    { code: 'FROM cgr.dev/chainguard/python:latest-dev\nRUN pip install app', lines: [1] },
    { code: 'FROM cgr.dev/chainguard/node:20-dev', lines: [1] },
    { code: 'FROM --platform=$BUILDPLATFORM scratch\nCOPY app /app', lines: [1] },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER `\n  root', lines: [3] },
    { code: 'FROM alpine:3.20\nARG APP_USER=root\nUSER $APP_USER', lines: [3], message: /USER \$APP_USER, which is root/ },
    { code: 'ARG APP_USER=root\nFROM alpine:3.20\nARG APP_USER\nUSER ${APP_USER}', lines: [4] },
    { code: 'FROM alpine:3.20\nENV RUN_AS=0\nUSER ${RUN_AS}:0', lines: [3] },
    { code: 'FROM alpine:3.20\nARG APP_USER\nUSER ${APP_USER:-root}', lines: [3] },
    { code: 'FROM alpine:3.20 AS base\nARG U=root\nFROM base\nUSER $U', lines: [4] },
    { code: 'ARG BASE\nFROM ${BASE}\nRUN true', lines: [2] },
    { code: 'ARG BASE=alpine:3.20\nFROM $BASE AS Final', lines: [2] }
  ]
})
