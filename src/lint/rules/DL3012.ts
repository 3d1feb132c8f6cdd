import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { instructionsOf } from '../walk.js'

export const DL3012: Rule = {
  meta: {
    code: 'DL3012',
    name: 'SingleHealthcheck',
    severity: 'error',
    title: 'Multiple HEALTHCHECK instructions',
    why: 'Only the last HEALTHCHECK of a stage takes effect, so an earlier one is dead text that a reader may believe is the probe in force.',
    docsUrl: hadolintDocs('DL3012'),
    fixable: false,
    // BuildKit's one check for repeated CMD, ENTRYPOINT and HEALTHCHECK; DL4003 and DL4004 carry it too.
    aliases: ['MultipleInstructionsDisallowed']
  },
  check(model) {
    const seen = new Set<number>()
    const hits: Array<{ line: number; message: string }> = []
    // Per stage, HEALTHCHECK NONE included; an ONBUILD HEALTHCHECK is not the stage's own.
    for (const instruction of instructionsOf(model, ['HEALTHCHECK'])) {
      if (seen.has(instruction.stageIndex)) hits.push({ line: instruction.line, message: 'Multiple HEALTHCHECK instructions in this stage: only the last one takes effect' })
      seen.add(instruction.stageIndex)
    }
    return hits
  }
}
