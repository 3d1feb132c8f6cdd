import { DL3007 } from '../../../src/lint/rules/DL3007.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3007, {
  valid: [
    'FROM alpine:3.20',
    'FROM alpine:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'FROM alpine',
    'ARG TAG=latest\nFROM alpine:$TAG',
    'FROM alpine:latest-slim'
  ],
  invalid: [
    { code: 'FROM alpine:latest', lines: [1] },
    { code: 'FROM ghcr.io/org/app:latest AS app', lines: [1] },
    { code: 'FROM --platform=$BUILDPLATFORM golang:latest AS b\nFROM alpine:latest', lines: [1, 2] },
    { code: 'FROM localhost:5000/app:latest', lines: [1] }
  ]
})
