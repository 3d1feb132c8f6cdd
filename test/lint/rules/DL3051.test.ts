import type { LintConfig } from '../../../src/lint/config.js'
import { DL3051 } from '../../../src/lint/rules/DL3051.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const config: Partial<LintConfig> = { labelSchema: { maintainer: 'text', 'org.opencontainers.image.source': 'url' } }

ruleTester(DL3051, {
  valid: [
    'FROM alpine:3.20\nLABEL maintainer=""',
    { code: 'FROM alpine:3.20\nLABEL maintainer="ops"', config },
    { code: 'FROM alpine:3.20\nLABEL other=""', config },
    { code: 'FROM alpine:3.20\nLABEL maintainer=" "', config },
    { code: 'FROM alpine:3.20\nONBUILD LABEL maintainer=""', config },
    { code: 'FROM alpine:3.20\nENV maintainer=""', config }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL maintainer=""', config, lines: [2], message: 'label `maintainer` is empty.' },
    { code: 'FROM alpine:3.20\nLABEL maintainer=', config, lines: [2] },
    { code: "FROM alpine:3.20\nLABEL org.opencontainers.image.source=''", config, lines: [2], message: 'label `org.opencontainers.image.source` is empty.' },
    { code: 'FROM alpine:3.20\nLABEL maintainer="" org.opencontainers.image.source=""', config, lines: [2, 2] },
    { code: 'FROM alpine:3.20 AS build\nLABEL maintainer=""\nFROM alpine:3.20\nLABEL maintainer=ops\nLABEL \\\n  maintainer=""', config, lines: [2, 5] }
  ]
})
