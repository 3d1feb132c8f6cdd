import { CG007 } from '../../../src/lint/rules/CG007.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const DIGEST = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'
const SHA512 = `sha512:${'0123456789abcdef'.repeat(8)}`

ruleTester(CG007, {
  valid: [
    `FROM alpine:3.20@${DIGEST}`,
    `FROM alpine@${DIGEST}`,
    'FROM scratch',
    `FROM golang:1.22@${DIGEST} AS build\nFROM build`,
    `ARG BASE=alpine:3.20@${DIGEST}\nFROM \${BASE}`,
    'ARG BASE\nFROM $BASE',
    `FROM --platform=$BUILDPLATFORM ghcr.io/org/app:1@${DIGEST}`,
    `FROM alpine:3.20@${SHA512}`,
    `FROM ghcr.io/org/app@${SHA512} AS Base\nFROM base`,
    `FROM golang:1.22@${DIGEST} AS Build\nFROM BUILD AS final\nFROM Final`,
    `ARG BASE=alpine:3.20@${SHA512}\nFROM \${BASE:-alpine}`,
    `# escape=\`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022@${DIGEST}\nRUN dir \`\n  /s`
  ],
  invalid: [
    { code: 'FROM alpine:3.20', lines: [1], message: /alpine@sha256/ },
    { code: 'FROM alpine', lines: [1] },
    { code: `FROM golang:1.22 AS build\nFROM alpine:3.20@${DIGEST}\nFROM build`, lines: [1] },
    { code: 'FROM golang:1.22 AS build\nFROM gcr.io/distroless/static:nonroot', lines: [1, 2] },
    { code: 'ARG TAG=3.20\nFROM alpine:${TAG}', lines: [2] },
    { code: 'FROM --platform=linux/arm64 localhost:5000/app:1', lines: [1] },
    { code: 'FROM alpine:3.20@md5:abc', lines: [1] },
    { code: 'FROM alpine:3.20@sha512:abc', lines: [1] },
    { code: `FROM alpine:3.20@${DIGEST.slice(0, 40)}`, lines: [1] },
    { code: 'ARG TAG\nFROM alpine:${TAG:-3.20} AS Base\nFROM base', lines: [2] },
    { code: 'ARG BASE=alpine:3.20\nFROM ${BASE} AS Build\nFROM build', lines: [2] },
    { code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=$TARGETPLATFORM alpine:3.20', lines: [1, 2] },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  /s', lines: [2] }
  ]
})
