import { labelValueRule } from '../labels.js'
import type { Rule } from '../rule.js'

export const DL3051: Rule = labelValueRule({
  meta: {
    code: 'DL3051',
    name: 'NonEmptyLabel',
    severity: 'warning',
    title: 'Label is empty.',
    why: 'An empty required label passes a presence check yet tells nobody anything; it usually means a build argument was not passed. Give it a value or fail the build.'
  },
  isValid: (value) => value !== '',
  message: (label) => `label \`${label}\` is empty.`
})
