import type { LintConfig } from '../../../src/lint/config.js'
import { DL3053 } from '../../../src/lint/rules/DL3053.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const config: Partial<LintConfig> = { labelSchema: { 'org.opencontainers.image.created': 'rfc3339', maintainer: 'text' } }

ruleTester(DL3053, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01 12:30"',
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:30:00Z"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:30:00.25+02:00"', config },
    { code: 'FROM alpine:3.20\nLABEL maintainer="2024-05-01 12:30" other="2024-05-01 12:30"', config },
    { code: 'FROM alpine:3.20\nONBUILD LABEL org.opencontainers.image.created="2024-05-01 12:30"', config },
    { code: 'FROM alpine:3.20\nENV org.opencontainers.image.created="2024-05-01 12:30"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01 12:30"', config: { labelSchema: { 'org.opencontainers.image.created': 'text' } } }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01 12:30"', config, lines: [2], message: /is not a valid time format - must be conform to RFC3339\.$/ },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-02-30T00:00:00Z"', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created=""', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL maintainer=ops org.opencontainers.image.created="2024-05-01 12:30"', config, lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nLABEL org.opencontainers.image.created="2024-05-01 12:30"\nFROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:30:00Z"\nLABEL \\\n  maintainer=ops \\\n  org.opencontainers.image.created="2024-02-30T00:00:00Z"', config, lines: [2, 5] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01 12:30"', config: { labelSchema: { 'org.opencontainers.image.created': 'rfc3339', other: 'rfc3339' } }, lines: [2] }
  ]
})
