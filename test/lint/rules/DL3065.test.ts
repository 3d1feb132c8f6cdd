import { DL3065 } from '../../../src/lint/rules/DL3065.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3065, {
  valid: [
    'FROM alpine:3.20',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
    'FROM --platform=linux/amd64 alpine:3.20',
    'FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20',
    'FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20'
  ],
  invalid: [
    { code: 'FROM --platform=$TARGETPLATFORM alpine:3.20', lines: [1], message: /redundant/ },
    { code: 'FROM --platform=${TARGETPLATFORM} alpine:3.20', lines: [1] },
    { code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=$TARGETPLATFORM alpine:3.20', lines: [2] },
    { code: 'ARG V=3.20\nFROM --platform=$TARGETPLATFORM alpine:${V} AS a\nFROM --platform=$TARGETPLATFORM a', lines: [2, 3] },
    { code: 'FROM --platform=$TARGETPLATFORM \\\n    alpine:3.20', lines: [1] }
  ]
})
