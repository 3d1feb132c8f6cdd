import { buildCheckDocs } from '../build-checks.js'
import type { Rule, RuleHit } from '../rule.js'
import { replaceKeyword } from '../source-fix.js'

export const ConsistentInstructionCasing: Rule = {
  meta: {
    code: 'ConsistentInstructionCasing',
    name: 'UseOneInstructionCasing',
    severity: 'warning',
    title: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
    why: 'Instruction keywords in one case make a Dockerfile easy to scan and to grep; a stray `Run` or `copy` is usually pasted in from elsewhere and deserves a second look.',
    docsUrl: buildCheckDocs('ConsistentInstructionCasing'),
    fixable: true,
    aliases: ['FileConsistentCommandCasing', 'SelfConsistentCommandCasing']
  },
  check(model) {
    // Only instructions inside stages count: ARGs before the first FROM are not part of BuildKit's tally.
    const written = model.instructions.filter((i) => i.stageIndex >= 0).map((instruction) => ({ instruction, keyword: instruction.keywordAsWritten }))
    const lower = written.filter((w) => w.keyword === w.keyword.toLowerCase()).length
    const upper = written.filter((w) => w.keyword === w.keyword.toUpperCase()).length
    // A tie goes to upper case.
    const majority = lower > upper ? 'lowercase' : 'uppercase'
    const hits: RuleHit[] = []
    for (const { instruction, keyword } of written) {
      const wanted = majority === 'lowercase' ? keyword.toLowerCase() : keyword.toUpperCase()
      if (keyword === wanted) continue
      const fix = replaceKeyword(model, instruction, wanted)
      hits.push({ line: instruction.line, message: `Command '${keyword}' should match the case of the command majority (${majority})`, ...(fix && { fix }) })
    }
    return hits
  }
}
