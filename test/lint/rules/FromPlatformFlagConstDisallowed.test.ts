import { FromPlatformFlagConstDisallowed } from '../../../src/lint/rules/FromPlatformFlagConstDisallowed.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(FromPlatformFlagConstDisallowed, {
  valid: [
    'FROM --platform=$BUILDPLATFORM golang:1.22',
    'FROM --platform=linux/$TARGETARCH alpine:3.20',
    'ARG P=linux/amd64\nFROM --platform=$P alpine:3.20',
    'FROM --platform=linux/amd64 alpine:3.20 AS tools-amd64',
    'FROM --platform=linux/arm64 alpine:3.20 AS linux-base',
    'FROM --platform=linux/x86_64 alpine:3.20 AS build-AMD64',
    'FROM alpine:3.20',
    'FROM --platform=not/a/real/platform alpine:3.20'
  ],
  invalid: [
    { code: 'FROM --platform=linux/amd64 alpine:3.20', lines: [1], message: 'FROM --platform flag should not use constant value "linux/amd64"' },
    { code: 'FROM --platform=linux/arm64 alpine:3.20 AS build-arm', lines: [1] },
    { code: 'FROM --platform=linux/arm/v7 alpine:3.20 AS app', lines: [1] },
    { code: 'FROM --platform=arm64 alpine:3.20', lines: [1] },
    { code: 'FROM golang:1.22 AS build\nFROM --platform=linux/amd64 build', lines: [2] },
    { code: '# escape=`\nFROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022', lines: [2] }
  ]
})
