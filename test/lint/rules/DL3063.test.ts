import { DL3063 } from '../../../src/lint/rules/DL3063.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3063, {
  valid: [
    'FROM alpine:3.20 AS builder',
    'FROM scratch',
    'FROM alpine:3.20 AS scratchpad',
    'FROM alpine:3.20 AS build-context',
    'FROM alpine:3.20\nCOPY --from=context /a /b',
    'FROM alpine:3.20 AS base\nFROM base AS final'
  ],
  invalid: [
    { code: 'FROM alpine:3.20 AS scratch', lines: [1], message: "'scratch' is a reserved name and should not name a stage" },
    { code: 'FROM alpine:3.20 AS context', lines: [1] },
    { code: 'FROM alpine:3.20 as scratch\nRUN true', lines: [1] },
    { code: 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS context\nFROM alpine:3.20 AS scratch', lines: [2, 3] },
    { code: 'ARG V=3.20\nFROM --platform=linux/amd64 alpine:${V} AS context', lines: [2] }
  ]
})
