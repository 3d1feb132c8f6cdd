import { isGitHash } from '../label-values.js'
import { labelValueRule } from '../labels.js'
import type { Rule } from '../rule.js'

export const DL3055: Rule = labelValueRule({
  meta: {
    code: 'DL3055',
    name: 'LabelIsGitHash',
    severity: 'warning',
    title: 'Label is not a valid git hash.',
    why: 'A revision label ties a running image to the exact commit it was built from. A branch name, an upper-case or a truncated hash cannot be resolved reliably.'
  },
  type: 'hash',
  isValid: isGitHash,
  message: (label) => `Label \`${label}\` is not a valid git hash.`
})
