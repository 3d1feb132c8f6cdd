import type { LintConfig } from '../../../src/lint/config.js'
import { DL3057 } from '../../../src/lint/rules/DL3057.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const config: Partial<LintConfig> = { override: { error: [], warning: ['DL3057'], info: [], style: [] } }

ruleTester(DL3057, {
  valid: [
    'FROM alpine:3.20',
    { code: 'FROM alpine:3.20\nHEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1', config },
    { code: 'FROM alpine:3.20\nHEALTHCHECK NONE', config },
    { code: 'FROM alpine:3.20 AS base\nHEALTHCHECK CMD ["/bin/probe"]\nFROM base\nRUN true', config },
    { code: 'FROM alpine:3.20 AS base\nFROM base AS app\nHEALTHCHECK NONE', config },
    { code: 'FROM alpine:3.20 AS base\nFROM base AS mid\nFROM mid\nHEALTHCHECK CMD ["/bin/probe"]', config },
    { code: 'FROM alpine:3.20 AS base\nHEALTHCHECK NONE\nFROM base AS mid\nFROM mid', config },
    { code: 'FROM alpine:3.20\nFROM alpine:3.20\nHEALTHCHECK NONE', config },
    { code: 'FROM alpine:3.20 AS base\nFROM base AS app\nHEALTHCHECK NONE\nFROM base', config }
  ],
  invalid: [
    { code: 'FROM alpine:3.20', config, lines: [1], message: '`HEALTHCHECK` instruction missing.' },
    { code: 'FROM scratch AS base\nHEALTHCHECK CMD ["/bin/probe"]\nFROM scratch', config, lines: [3] },
    { code: 'FROM golang:1.22 AS build\nRUN go build\nFROM alpine:3.20\nCOPY --from=build /app /app\nHEALTHCHECK CMD ["/app", "-ping"]', config, lines: [1] },
    { code: 'FROM golang:1.22 AS build\nFROM alpine:3.20 AS test\nFROM alpine:3.20 AS final', config, lines: [1, 2, 3] },
    { code: 'FROM alpine:3.20\nONBUILD HEALTHCHECK CMD ["/bin/probe"]', config, lines: [1] },
    { code: 'FROM alpine:3.20 AS base\nFROM Base\nHEALTHCHECK NONE', config, lines: [1] },
    { code: 'FROM alpine:3.20\nRUN <<EOF\nHEALTHCHECK NONE\nEOF\n', config, lines: [1] }
  ]
})
