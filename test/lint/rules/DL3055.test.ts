import type { LintConfig } from '../../../src/lint/config.js'
import { DL3055 } from '../../../src/lint/rules/DL3055.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const config: Partial<LintConfig> = { labelSchema: { 'org.opencontainers.image.revision': 'hash', maintainer: 'text' } }

ruleTester(DL3055, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="ABC1234"',
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="0123456789abcdef0123456789abcdef01234567"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="abc1234"', config },
    { code: 'FROM alpine:3.20\nLABEL maintainer="ABC1234" other="ABC1234"', config },
    { code: 'FROM alpine:3.20\nONBUILD LABEL org.opencontainers.image.revision="ABC1234"', config },
    { code: 'FROM alpine:3.20\nENV org.opencontainers.image.revision="ABC1234"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="ABC1234"', config: { labelSchema: { 'org.opencontainers.image.revision': 'text' } } }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="ABC1234"', config, lines: [2], message: /^Label `org.opencontainers.image.revision` is not a valid git hash\.$/ },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="main"', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=""', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL maintainer=ops org.opencontainers.image.revision="ABC1234"', config, lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nLABEL org.opencontainers.image.revision="ABC1234"\nFROM alpine:3.20\nLABEL org.opencontainers.image.revision="0123456789abcdef0123456789abcdef01234567"\nLABEL \\\n  maintainer=ops \\\n  org.opencontainers.image.revision="main"', config, lines: [2, 5] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="ABC1234"', config: { labelSchema: { 'org.opencontainers.image.revision': 'hash', other: 'hash' } }, lines: [2] }
  ]
})
