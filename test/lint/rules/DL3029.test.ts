import { DL3029 } from '../../../src/lint/rules/DL3029.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3029, {
  valid: [
    'FROM alpine:3.20',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
    'FROM --platform=${BUILDPLATFORM} golang:1.22',
    'FROM --platform=$TARGETPLATFORM alpine:3.20',
    'ARG TARGETPLATFORM\nFROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20'
  ],
  invalid: [
    { code: 'FROM --platform=linux/amd64 alpine:3.20', lines: [1], message: /linux\/amd64/ },
    { code: 'FROM --platform=linux/arm64 golang:1.22 AS build\nFROM alpine:3.20', lines: [1] },
    { code: 'FROM golang:1.22 AS build\nFROM --platform=$PLATFORM alpine:3.20', lines: [2] },
    { code: 'FROM --platform=linux/amd64 a:1 AS a\nFROM --platform=linux/arm64 b:1', lines: [1, 2] },
    { code: 'ARG P=linux/amd64\nFROM --platform=$P alpine:3.20', lines: [2] }
  ]
})
