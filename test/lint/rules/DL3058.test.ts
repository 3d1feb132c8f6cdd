import type { LintConfig } from '../../../src/lint/config.js'
import { DL3058 } from '../../../src/lint/rules/DL3058.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const config: Partial<LintConfig> = { labelSchema: { 'org.opencontainers.image.authors': 'email', maintainer: 'text' } }

ruleTester(DL3058, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="ops at example.com"',
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="ops@example.com"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="first.last+tag@mail.example.co.uk"', config },
    { code: 'FROM alpine:3.20\nLABEL maintainer="ops at example.com" other="ops at example.com"', config },
    { code: 'FROM alpine:3.20\nONBUILD LABEL org.opencontainers.image.authors="ops at example.com"', config },
    { code: 'FROM alpine:3.20\nENV org.opencontainers.image.authors="ops at example.com"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="ops at example.com"', config: { labelSchema: { 'org.opencontainers.image.authors': 'text' } } }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="ops at example.com"', config, lines: [2], message: /is not a valid email format - must be conform to RFC5322\.$/ },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="ops@"', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors=""', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL maintainer=ops org.opencontainers.image.authors="ops at example.com"', config, lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nLABEL org.opencontainers.image.authors="ops at example.com"\nFROM alpine:3.20\nLABEL org.opencontainers.image.authors="ops@example.com"\nLABEL \\\n  maintainer=ops \\\n  org.opencontainers.image.authors="ops@"', config, lines: [2, 5] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="ops at example.com"', config: { labelSchema: { 'org.opencontainers.image.authors': 'email', other: 'email' } }, lines: [2] }
  ]
})
