import { FromAsCasing } from '../../../src/lint/rules/FromAsCasing.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(FromAsCasing, {
  valid: [
    'FROM alpine:3.20 AS build',
    'from alpine:3.20 as build',
    'From alpine:3.20 as build',
    'FROM alpine:3.20',
    'FROM --platform=$BUILDPLATFORM alpine:3.20 AS Build',
    'from alpine:3.20 as build\nFROM build AS final'
  ],
  invalid: [
    { code: 'FROM alpine:3.20 as build', lines: [1], message: "'as' and 'FROM' keywords' casing do not match", output: 'FROM alpine:3.20 AS build' },
    { code: 'from alpine:3.20 AS build', lines: [1], output: 'from alpine:3.20 as build' },
    { code: 'FROM alpine:3.20 As build', lines: [1], output: 'FROM alpine:3.20 AS build' },
    { code: 'from alpine:3.20 aS build', lines: [1], output: 'from alpine:3.20 as build' },
    { code: 'FROM alpine:3.20 AS a\nFROM a as b\nFROM b aS c', lines: [2, 3], output: 'FROM alpine:3.20 AS a\nFROM a AS b\nFROM b AS c' },
    { code: 'FROM --platform=linux/amd64 alpine:3.20 \\\n  as build', lines: [1], output: null },
    { code: 'ARG BASE=alpine\nFROM ${BASE} as base', lines: [2], output: 'ARG BASE=alpine\nFROM ${BASE} AS base' },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022 as win', lines: [2], output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS win' }
  ]
})
