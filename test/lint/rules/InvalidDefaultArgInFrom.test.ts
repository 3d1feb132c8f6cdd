import { InvalidDefaultArgInFrom } from '../../../src/lint/rules/InvalidDefaultArgInFrom.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(InvalidDefaultArgInFrom, {
  valid: [
    'ARG BASE=alpine:3.20\nFROM ${BASE}',
    'ARG SUFFIX\nFROM python:3.12${SUFFIX}',
    'ARG TAG\nFROM alpine:${TAG:-3.20}',
    'ARG DIGEST=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM alpine@${DIGEST}',
    'ARG STAGE=build\nFROM alpine:3.20 AS Build\nFROM ${STAGE}',
    'FROM Alpine:3.20',
    'ARG REGISTRY=ghcr.io\nFROM ${REGISTRY}/org/app:1'
  ],
  invalid: [
    { code: 'ARG BASE\nFROM ${BASE}', lines: [2], message: 'Default value for ARG ${BASE} results in empty or invalid base image name' },
    { code: 'ARG TAG\nFROM alpine:${TAG}', lines: [2] },
    { code: 'ARG REGISTRY=""\nFROM ${REGISTRY}/library/python:3.12', lines: [2] },
    { code: 'ARG VERSION=1.0+build\nFROM app:${VERSION}', lines: [2] },
    { code: 'ARG IMAGE=MyApp\nFROM $IMAGE', lines: [2] },
    { code: 'ARG TAG\nFROM alpine:3.20 AS a\nFROM golang:${TAG} AS b', lines: [3] },
    { code: '# escape=`\nARG WINVER\nFROM mcr.microsoft.com/windows/nanoserver:${WINVER}', lines: [3] }
  ]
})
