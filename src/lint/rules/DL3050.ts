import { labelInstructions, labelPairs } from '../labels.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL3050: Rule = {
  meta: {
    code: 'DL3050',
    name: 'AvoidSuperfluousLabels',
    severity: 'info',
    title: 'Superfluous label(s) present.',
    why: 'With strict labels the schema is the whole contract: a key outside it is usually a typo of a required label or metadata nobody maintains. Add it to the schema or drop it.',
    docsUrl: hadolintDocs('DL3050'),
    fixable: false
  },
  check(model, { config }) {
    if (!config.strictLabels) return []
    const known = new Set(Object.keys(config.labelSchema))
    return labelInstructions(model)
      .filter((instruction) => labelPairs(instruction).some((pair) => !known.has(pair.key)))
      .map((instruction) => ({ line: instruction.line }))
  }
}
