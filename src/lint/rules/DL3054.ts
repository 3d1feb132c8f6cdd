import { isSpdxId } from '../label-values.js'
import { labelValueRule } from '../labels.js'
import type { Rule } from '../rule.js'

export const DL3054: Rule = labelValueRule({
  meta: {
    code: 'DL3054',
    name: 'LabelIsSpdxId',
    severity: 'warning',
    title: 'Label is not a valid SPDX identifier.',
    why: 'License scanners and compliance reports match the license label against the SPDX list. A free-form name or an expression is not recognised and the image is flagged as unlicensed.'
  },
  type: 'spdx',
  isValid: isSpdxId,
  message: (label) => `Label \`${label}\` is not a valid SPDX identifier.`
})
