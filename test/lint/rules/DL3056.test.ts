import type { LintConfig } from '../../../src/lint/config.js'
import { DL3056 } from '../../../src/lint/rules/DL3056.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const config: Partial<LintConfig> = { labelSchema: { 'org.opencontainers.image.version': 'semver', maintainer: 'text' } }

ruleTester(DL3056, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.version="v1.2.3"',
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.2.3"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="2.0.0-rc.1+build.7"', config },
    { code: 'FROM alpine:3.20\nLABEL maintainer="v1.2.3" other="v1.2.3"', config },
    { code: 'FROM alpine:3.20\nONBUILD LABEL org.opencontainers.image.version="v1.2.3"', config },
    { code: 'FROM alpine:3.20\nENV org.opencontainers.image.version="v1.2.3"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="v1.2.3"', config: { labelSchema: { 'org.opencontainers.image.version': 'text' } } }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="v1.2.3"', config, lines: [2], message: /does not conform to semantic versioning\.$/ },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.2"', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=""', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL maintainer=ops org.opencontainers.image.version="v1.2.3"', config, lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nLABEL org.opencontainers.image.version="v1.2.3"\nFROM alpine:3.20\nLABEL org.opencontainers.image.version="1.2.3"\nLABEL \\\n  maintainer=ops \\\n  org.opencontainers.image.version="1.2"', config, lines: [2, 5] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="v1.2.3"', config: { labelSchema: { 'org.opencontainers.image.version': 'semver', other: 'semver' } }, lines: [2] }
  ]
})
