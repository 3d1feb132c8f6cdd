import { isSemver } from '../label-values.js'
import { labelValueRule } from '../labels.js'
import type { Rule } from '../rule.js'

export const DL3056: Rule = labelValueRule({
  meta: {
    code: 'DL3056',
    name: 'LabelIsSemver',
    severity: 'warning',
    title: 'Label does not conform to semantic versioning.',
    why: 'Deployment tooling orders and compares version labels; a value that is not semantic versioning sorts wrongly and breaks upgrade and rollback decisions.'
  },
  type: 'semver',
  isValid: isSemver,
  message: (label) => `Label \`${label}\` does not conform to semantic versioning.`
})
