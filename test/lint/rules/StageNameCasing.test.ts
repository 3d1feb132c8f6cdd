import { StageNameCasing } from '../../../src/lint/rules/StageNameCasing.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(StageNameCasing, {
  valid: [
    'FROM alpine:3.20 AS build',
    'FROM alpine:3.20 as build-2',
    'FROM alpine:3.20',
    'FROM Alpine:3.20 AS base',
    'FROM alpine:3.20 AS build\nFROM Build\nCOPY --from=BUILD /a /a',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS go_build'
  ],
  invalid: [
    { code: 'FROM alpine:3.20 AS Build', lines: [1], message: "Stage name 'Build' should be lowercase", output: 'FROM alpine:3.20 AS build' },
    { code: 'FROM alpine:3.20 AS BUILD\nRUN true\nFROM BUILD\nCOPY --from=Build /a /a', lines: [1], output: 'FROM alpine:3.20 AS build\nRUN true\nFROM build\nCOPY --from=build /a /a' },
    { code: 'FROM golang:1.22 AS Builder\nFROM alpine:3.20\nCOPY --from=Builder --chown=app /out /app', lines: [1], output: 'FROM golang:1.22 AS builder\nFROM alpine:3.20\nCOPY --from=builder --chown=app /out /app' },
    { code: 'FROM alpine:3.20 AS Tools\nFROM alpine:3.20\nRUN --mount=from=Tools,target=/t /t/run', lines: [1], output: null },
    { code: 'FROM alpine:3.20 AS Base\nFROM base \\\n  AS final', lines: [1], output: 'FROM alpine:3.20 AS base\nFROM base \\\n  AS final' },
    { code: 'FROM alpine:3.20 AS Base\nFROM Base \\\n  AS final', lines: [1], output: null },
    { code: 'FROM alpine:3.20 AS Build\nFROM alpine:3.20 AS build', lines: [1], output: null },
    { code: 'FROM --platform=$BUILDPLATFORM alpine:3.20 AS Gen\nFROM --platform=$TARGETPLATFORM gen', lines: [1], output: 'FROM --platform=$BUILDPLATFORM alpine:3.20 AS gen\nFROM --platform=$TARGETPLATFORM gen' },
    { code: 'ARG BASE=alpine:3.20\nFROM ${BASE} AS Base1\nFROM alpine:3.20 AS Final', lines: [2, 3], output: 'ARG BASE=alpine:3.20\nFROM ${BASE} AS base1\nFROM alpine:3.20 AS final' },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS Win', lines: [2], output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win' }
  ]
})
