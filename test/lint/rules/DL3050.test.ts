import type { LintConfig } from '../../../src/lint/config.js'
import { DL3050 } from '../../../src/lint/rules/DL3050.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const strict: Partial<LintConfig> = { labelSchema: { maintainer: 'text', version: 'semver' }, strictLabels: true }

ruleTester(DL3050, {
  valid: [
    'FROM alpine:3.20\nLABEL anything=1',
    { code: 'FROM alpine:3.20\nLABEL extra=1', config: { labelSchema: { maintainer: 'text' } } },
    { code: 'FROM alpine:3.20\nLABEL maintainer=ops version=1.0.0', config: strict },
    { code: 'FROM alpine:3.20\nLABEL maintainer=ops\nLABEL version=1.0.0', config: strict },
    { code: 'FROM alpine:3.20\nONBUILD LABEL extra=1', config: strict },
    { code: 'FROM alpine:3.20\nENV extra=1', config: strict },
    { code: 'FROM alpine:3.20', config: { strictLabels: true } }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL extra=1', config: strict, lines: [2], message: 'Superfluous label(s) present.' },
    { code: 'FROM alpine:3.20\nLABEL maintainer=ops extra=1 more=2', config: strict, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL Maintainer=ops', config: strict, lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL maintainer=ops', config: { strictLabels: true }, lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nLABEL stage=build\nFROM alpine:3.20\nLABEL maintainer=ops\nLABEL \\\n  version=1.0.0 \\\n  team=x', config: strict, lines: [2, 5] }
  ]
})
