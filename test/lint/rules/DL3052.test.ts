import type { LintConfig } from '../../../src/lint/config.js'
import { DL3052 } from '../../../src/lint/rules/DL3052.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const config: Partial<LintConfig> = { labelSchema: { 'org.opencontainers.image.source': 'url', maintainer: 'text' } }

ruleTester(DL3052, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/acme/app"',
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/app"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="git+ssh://git@github.com/acme/app.git"', config },
    { code: 'FROM alpine:3.20\nLABEL maintainer="github.com/acme/app" other="github.com/acme/app"', config },
    { code: 'FROM alpine:3.20\nONBUILD LABEL org.opencontainers.image.source="github.com/acme/app"', config },
    { code: 'FROM alpine:3.20\nENV org.opencontainers.image.source="github.com/acme/app"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/acme/app"', config: { labelSchema: { 'org.opencontainers.image.source': 'text' } } }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/acme/app"', config, lines: [2], message: /^Label `org.opencontainers.image.source` is not a valid URL\.$/ },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="/srv/app"', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=""', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL maintainer=ops org.opencontainers.image.source="github.com/acme/app"', config, lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nLABEL org.opencontainers.image.source="github.com/acme/app"\nFROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/app"\nLABEL \\\n  maintainer=ops \\\n  org.opencontainers.image.source="/srv/app"', config, lines: [2, 5] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/acme/app"', config: { labelSchema: { 'org.opencontainers.image.source': 'url', other: 'url' } }, lines: [2] }
  ]
})
