import { isRfc3339 } from '../label-values.js'
import { labelValueRule } from '../labels.js'
import type { Rule } from '../rule.js'

export const DL3053: Rule = labelValueRule({
  meta: {
    code: 'DL3053',
    name: 'LabelIsRfc3339Time',
    severity: 'warning',
    title: 'Label is not a valid time format - must be conform to RFC3339.',
    why: 'Build dates are sorted and compared by tools that expect RFC 3339; any other format breaks retention policies and "how old is this image" checks.'
  },
  type: 'rfc3339',
  isValid: isRfc3339,
  message: (label) => `Label \`${label}\` is not a valid time format - must be conform to RFC3339.`
})
