import { UndefinedArgInFrom } from '../../../src/lint/rules/UndefinedArgInFrom.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(UndefinedArgInFrom, {
  valid: [
    'ARG BASE=alpine:3.20\nFROM ${BASE}',
    'ARG BASE\nFROM $BASE',
    'FROM --platform=$BUILDPLATFORM golang:1.22',
    'FROM alpine:3.20-${TARGETARCH}',
    'ARG REGISTRY=docker.io\nARG TAG=3.20\nFROM $REGISTRY/library/alpine:${TAG}',
    'ARG V=1\nFROM alpine:3.20 AS a\nFROM a'
  ],
  invalid: [
    { code: 'FROM ${BASE}', lines: [1], message: "FROM argument 'BASE' is not declared" },
    { code: 'ARG BASE_IMAGE=alpine\nFROM ${BASE_IMAGES}', lines: [2], message: "FROM argument 'BASE_IMAGES' is not declared (did you mean BASE_IMAGE?)" },
    { code: 'FROM alpine:3.20\nARG TAG=3.20\nFROM alpine:${TAG}', lines: [3] },
    { code: 'FROM alpine:${TAG:-3.20}', lines: [1] },
    { code: 'FROM --platform=$BUILDPLATFROM golang:1.22', lines: [1], message: /did you mean BUILDPLATFORM\?/ },
    { code: 'FROM $REGISTRY/app:$TAG', lines: [1, 1] },
    { code: 'FROM ${BASE} AS a\nFROM ${BASE} AS b', lines: [1, 2] },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:${WINVER}', lines: [2] }
  ]
})
