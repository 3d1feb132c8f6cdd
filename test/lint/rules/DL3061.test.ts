import { DL3061 } from '../../../src/lint/rules/DL3061.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3061, {
  valid: [
    'FROM alpine:3.20\nRUN true',
    'ARG VERSION=3.20\nFROM alpine:${VERSION}',
    '# syntax=docker/dockerfile:1\n# a comment\nFROM alpine:3.20',
    'ARG A\nARG B=1\nFROM alpine:3.20\nLABEL a=b',
    'FROM alpine:3.20 AS a\nWORKDIR /x\nFROM a\nUSER 1000'
  ],
  invalid: [
    { code: 'LABEL a=b\nFROM alpine:3.20', lines: [1], message: /before the first FROM/ },
    { code: 'ARG A\nENV B=1\nFROM alpine:3.20', lines: [2] },
    { code: 'RUN true\nWORKDIR /app\nFROM alpine:3.20', lines: [1, 2] },
    { code: 'ONBUILD RUN make\nFROM alpine:3.20', lines: [1] },
    { code: 'RUN apk add \\\n    curl\nFROM alpine:3.20\nRUN true', lines: [1] },
    { code: 'MAINTAINER me\nARG X\nFROM alpine:3.20', lines: [1] }
  ]
})
