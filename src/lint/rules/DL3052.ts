import { isUrl } from '../label-values.js'
import { labelValueRule } from '../labels.js'
import type { Rule } from '../rule.js'

export const DL3052: Rule = labelValueRule({
  meta: {
    code: 'DL3052',
    name: 'LabelIsUrl',
    severity: 'warning',
    title: 'Label is not a valid URL.',
    why: 'Tools follow URL labels such as org.opencontainers.image.source to find the code and documentation behind an image. A relative path or a bare host name leads nowhere.'
  },
  type: 'url',
  isValid: isUrl,
  message: (label) => `Label \`${label}\` is not a valid URL.`
})
