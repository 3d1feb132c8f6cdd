import type { LintConfig } from '../../../src/lint/config.js'
import { DL3054 } from '../../../src/lint/rules/DL3054.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const config: Partial<LintConfig> = { labelSchema: { 'org.opencontainers.image.licenses': 'spdx', maintainer: 'text' } }

ruleTester(DL3054, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"',
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache-2.0"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="GPL-3.0-or-later"', config },
    // Listed since SPDX 3.2x: missing from the hand-kept list this package replaced.
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="BSD-3-Clause-OpenWebUI"', config },
    // Deprecated, and still accepted by hadolint.
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="wxWindows"', config },
    { code: 'FROM alpine:3.20\nLABEL maintainer="MIT OR Apache-2.0" other="MIT OR Apache-2.0"', config },
    { code: 'FROM alpine:3.20\nONBUILD LABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"', config },
    { code: 'FROM alpine:3.20\nENV org.opencontainers.image.licenses="MIT OR Apache-2.0"', config },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"', config: { labelSchema: { 'org.opencontainers.image.licenses': 'text' } } }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"', config, lines: [2], message: /^Label `org.opencontainers.image.licenses` is not a valid SPDX identifier\.$/ },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="mit"', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=""', config, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL maintainer=ops org.opencontainers.image.licenses="MIT OR Apache-2.0"', config, lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nLABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"\nFROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache-2.0"\nLABEL \\\n  maintainer=ops \\\n  org.opencontainers.image.licenses="mit"', config, lines: [2, 5] },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"', config: { labelSchema: { 'org.opencontainers.image.licenses': 'spdx', other: 'spdx' } }, lines: [2] }
  ]
})
