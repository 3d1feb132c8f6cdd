import { repeatedInStage } from '../repeated-instructions.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL4003: Rule = {
  meta: {
    code: 'DL4003',
    name: 'SingleCmd',
    severity: 'warning',
    title: 'Multiple CMD instructions found: only the last CMD takes effect',
    why: 'Only the last CMD of a stage is kept; the earlier ones are dead code that misleads readers about what the container runs.',
    docsUrl: hadolintDocs('DL4003'),
    fixable: false,
    aliases: ['MultipleInstructionsDisallowed']
  },
  check(model) {
    return repeatedInStage(model, 'CMD').map((i) => ({ line: i.line }))
  }
}
