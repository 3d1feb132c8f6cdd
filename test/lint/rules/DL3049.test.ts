import type { LintConfig } from '../../../src/lint/config.js'
import { DL3049 } from '../../../src/lint/rules/DL3049.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const config: Partial<LintConfig> = { labelSchema: { maintainer: 'text' } }
const two: Partial<LintConfig> = { labelSchema: { maintainer: 'text', 'org.opencontainers.image.source': 'url' } }

ruleTester(DL3049, {
  valid: [
    'FROM alpine:3.20',
    { code: 'FROM alpine:3.20\nLABEL maintainer="ops"', config },
    { code: 'FROM alpine:3.20 AS base\nLABEL maintainer="ops"\nFROM base\nRUN true', config },
    { code: 'FROM alpine:3.20 AS base\nFROM base\nLABEL maintainer="ops"', config },
    { code: 'FROM golang:1.22 AS build\nRUN go build\nFROM alpine:3.20\nLABEL maintainer="ops"\nCOPY --from=build /app /app', config },
    { code: 'FROM alpine:3.20 AS base\nLABEL maintainer="ops"\nFROM base AS mid\nFROM mid\nRUN true', config },
    { code: 'FROM alpine:3.20\nLABEL maintainer="ops" org.opencontainers.image.source="https://example.com"', config: two },
    { code: 'FROM alpine:3.20\nLABEL maintainer=""', config }
  ],
  invalid: [
    { code: 'FROM alpine:3.20', config, lines: [1], message: 'Label `maintainer` is missing.' },
    { code: 'FROM alpine:3.20\nLABEL owner="ops"', config, lines: [1] },
    { code: 'FROM alpine:3.20\nONBUILD LABEL maintainer="ops"', config, lines: [1] },
    { code: 'FROM alpine:3.20 AS one\nFROM alpine:3.20 AS two\nLABEL owner=x', config, lines: [1, 2] },
    { code: 'FROM alpine:3.20\nLABEL maintainer="ops"\nFROM debian:12', config, lines: [3] },
    { code: 'FROM alpine:3.20 AS base\nFROM debian:12\nLABEL maintainer="ops"', config, lines: [1] },
    { code: 'FROM alpine:3.20 AS base\nFROM base AS app\nLABEL maintainer="ops"', config, lines: [1] },
    { code: 'FROM alpine:3.20 AS base\nFROM base\nLABEL maintainer="ops"\n\nFROM base', config, lines: [5] },
    { code: 'FROM alpine:3.20 AS base\nFROM debian:12\nLABEL maintainer="ops"\nCOPY --from=base /a /a\nFROM debian:12\nCOPY --from=base /a /a', config, lines: [5] },
    { code: 'FROM alpine:3.20\nLABEL maintainer="ops"', config: two, lines: [1], message: 'Label `org.opencontainers.image.source` is missing.' },
    { code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20', config: two, lines: [1, 1, 2, 2] }
  ]
})
