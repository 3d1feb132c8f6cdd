import { CG002 } from '../../../src/lint/rules/CG002.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(CG002, {
  valid: [
    'FROM alpine:3.20\nHEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1',
    'FROM alpine:3.20\nHEALTHCHECK NONE',
    'FROM alpine:3.20\nHEALTHCHECK --interval=30s --timeout=3s \\\n  CMD ["/app", "health"]',
    'FROM alpine:3.20 AS base\nHEALTHCHECK CMD true\nFROM base',
    'FROM alpine:3.20 AS base\nHEALTHCHECK CMD true\nFROM base AS mid\nFROM mid\nUSER app',
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nHEALTHCHECK NONE',
    'FROM alpine:3.20 AS Base\nHEALTHCHECK CMD true\nFROM BASE',
    'ARG BASE\nFROM ${BASE}\nHEALTHCHECK CMD true',
    'FROM --platform=$BUILDPLATFORM alpine:3.20 AS base\nHEALTHCHECK NONE\nFROM --platform=linux/amd64 base',
    '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nHEALTHCHECK CMD `\n  ping -n 1 localhost',
    'FROM alpine:3.20\nRUN true',
    'FROM mcr.microsoft.com/dotnet/runtime:8.0\nCOPY app /app\nENTRYPOINT ["./ConsoleApp"]',
    'FROM alpine:3.20\nCOPY trivy /usr/local/bin/trivy\nENTRYPOINT ["trivy"]',
    'FROM golang:1.22 AS build\nEXPOSE 8080\nFROM scratch\nCOPY --from=build /out /',
    { code: 'FROM alpine:3.20 AS app\nHEALTHCHECK NONE\nEXPOSE 80\nFROM alpine:3.20 AS dev-envs\nEXPOSE 80', config: { target: 'app' } }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nEXPOSE 8080\nRUN true', lines: [1], message: 'The final image has no HEALTHCHECK' },
    { code: 'FROM alpine:3.20 AS build\nHEALTHCHECK CMD true\nFROM alpine:3.20\nEXPOSE 80', lines: [3] },
    { code: 'FROM alpine:3.20 AS base\nEXPOSE 80\nFROM base\nHEALTHCHECK CMD true\nFROM base', lines: [5] },
    { code: 'ARG V=3.20\nFROM alpine:${V}\nCOPY . .\nEXPOSE 8080/tcp', lines: [2] },
    { code: 'FROM alpine:3.20\nEXPOSE 80\nRUN cat << EOF > /etc/h\nHEALTHCHECK CMD true\nEOF', lines: [1] },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nEXPOSE 80\nCMD ["cmd"]', lines: [2] },
    { code: 'ARG BASE\nFROM $BASE AS App\nHEALTHCHECK CMD true\nFROM alpine:3.20\nEXPOSE 80', lines: [4] },
    { code: 'FROM --platform=linux/arm64 alpine:3.20 AS Base\nEXPOSE 80\nFROM base', lines: [3] },
    { code: 'FROM alpine:3.20 AS app\nEXPOSE 80\nFROM alpine:3.20 AS dev-envs\nHEALTHCHECK NONE', config: { target: 'app' }, lines: [1] }
  ]
})
