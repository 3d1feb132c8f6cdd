import { DL3006 } from '../../../src/lint/rules/DL3006.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3006, {
  valid: [
    'FROM alpine:3.20',
    'FROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'FROM scratch',
    'FROM golang:1.22 AS build\nFROM build',
    'ARG IMAGE=alpine\nFROM $IMAGE',
    'ARG IMAGE=alpine\nFROM ${IMAGE}',
    'FROM localhost:5000/app:1',
    'FROM --platform=$BUILDPLATFORM alpine:3.20'
  ],
  invalid: [
    { code: 'FROM alpine', lines: [1], message: /alpine has no tag/ },
    { code: 'FROM localhost:5000/app', lines: [1] },
    { code: 'FROM --platform=linux/amd64 debian', lines: [1] },
    { code: 'FROM golang:1.22 AS build\nFROM Build2', lines: [2] },
    { code: 'FROM build\nFROM alpine:3.20 AS build', lines: [1] },
    { code: 'ARG SUFFIX=-slim\nFROM debian${SUFFIX}', lines: [2] }
  ]
})
