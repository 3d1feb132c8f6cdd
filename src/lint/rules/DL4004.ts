import { repeatedInStage } from '../repeated-instructions.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL4004: Rule = {
  meta: {
    code: 'DL4004',
    name: 'SingleEntrypoint',
    severity: 'error',
    title: 'Multiple ENTRYPOINT instructions found: only the last ENTRYPOINT takes effect',
    why: 'Only the last ENTRYPOINT of a stage is kept, so an earlier one (a wrapper, an init) silently never runs.',
    docsUrl: hadolintDocs('DL4004'),
    fixable: false,
    aliases: ['MultipleInstructionsDisallowed']
  },
  check(model) {
    return repeatedInStage(model, 'ENTRYPOINT').map((i) => ({ line: i.line }))
  }
}
