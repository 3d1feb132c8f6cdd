import { DL3026 } from '../../../src/lint/rules/DL3026.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const trusted = (...trustedRegistries: string[]) => ({ config: { trustedRegistries } })

ruleTester(DL3026, {
  valid: [
    'FROM random.example.com/debian:12',
    { code: 'FROM ghcr.io/org/app:1', ...trusted('ghcr.io') },
    { code: 'FROM scratch', ...trusted('ghcr.io') },
    { code: 'FROM ubuntu:24.04\nFROM org/ubuntu:24.04\nFROM docker.io/org/ubuntu:24.04', ...trusted('docker.io') },
    { code: 'FROM ghcr.io/org/base:1 AS base\nFROM base AS test', ...trusted('ghcr.io') },
    { code: 'FROM eu.mirror.example.com/debian:12', ...trusted('*.example.com') },
    { code: 'FROM registry-eu.example.com/debian:12', ...trusted('registry-*') },
    { code: 'FROM anything.io/x:1\nFROM nginx:1', ...trusted('*') },
    { code: 'FROM ghcr.io/org/build:1 AS build\nFROM ghcr.io/org/run:1\nCOPY --from=build /out /out', ...trusted('ghcr.io') },
    { code: 'FROM ghcr.io/org/run:1\nRUN --mount=type=bind,target=/src make', ...trusted('ghcr.io') },
    { code: 'FROM ghcr.io/org/run:1\nRUN --mount=type=secret,id=npm,from=evil.io/x npm ci', ...trusted('ghcr.io') }
  ],
  invalid: [
    { code: 'FROM random.example.com/debian:12', lines: [1], message: /not come from a trusted registry/, ...trusted('docker.io') },
    { code: 'FROM ubuntu:24.04 AS a\nFROM org/ubuntu:24.04 AS b\nFROM docker.io/org/ubuntu:24.04 AS c', lines: [1, 2, 3], ...trusted('ghcr.io') },
    { code: 'FROM x.example.com/debian:12', lines: [1], ...trusted('*.random.com') },
    { code: 'FROM ghcr.io/org/run:1\nCOPY --from=untrusted.io/repo/image:tag /a /b', lines: [2], ...trusted('ghcr.io') },
    { code: 'FROM ghcr.io/org/run:1\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx', lines: [2], ...trusted('ghcr.io') },
    { code: 'FROM ghcr.io/org/run:1\nRUN --mount=type=cache,from=untrusted.io/cache:1,target=/c \\\n  make', lines: [2], ...trusted('ghcr.io') },
    { code: 'FROM ghcr.io/org/run:1\nRUN --mount=from=untrusted.io/src:1,target=/src make', lines: [2], ...trusted('ghcr.io') },
    // hadolint reads a registry only when the first part has a dot: localhost:5000 is read as Docker Hub.
    { code: 'FROM localhost:5000/app:1', lines: [1], ...trusted('localhost:5000') }
  ]
})
