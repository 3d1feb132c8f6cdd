import { isEmail } from '../label-values.js'
import { labelValueRule } from '../labels.js'
import type { Rule } from '../rule.js'

export const DL3058: Rule = labelValueRule({
  meta: {
    code: 'DL3058',
    name: 'LabelIsEmail',
    severity: 'warning',
    title: 'Label is not a valid email format - must be conform to RFC5322.',
    why: 'The contact label is how someone reaches the owners of an image during an incident; a malformed address makes it useless when it matters.'
  },
  type: 'email',
  isValid: isEmail,
  message: (label) => `Label \`${label}\` is not a valid email format - must be conform to RFC5322.`
})
