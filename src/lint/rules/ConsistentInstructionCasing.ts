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
    // Only instructions inside stages count: ARGs before the first FROM are not part of BuildKit's tally. Counted in
    // place, with no list of them: most files write every keyword in one case and get no hit.
    const { instructions } = model
    let counted = 0
    let lower = 0
    let upper = 0
    for (let i = 0; i < instructions.length; i++) {
      const { stageIndex, keywordAsWritten: keyword } = instructions[i]
      if (stageIndex < 0) continue
      counted++
      if (keyword === keyword.toLowerCase()) lower++
      if (keyword === keyword.toUpperCase()) upper++
    }
    // A tie goes to upper case.
    const majority = lower > upper ? 'lowercase' : 'uppercase'
    const hits: RuleHit[] = []
    if ((majority === 'lowercase' ? lower : upper) === counted) return hits
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i]
      const keyword = instruction.keywordAsWritten
      if (instruction.stageIndex < 0) continue
      const wanted = majority === 'lowercase' ? keyword.toLowerCase() : keyword.toUpperCase()
      if (keyword === wanted) continue
      const fix = replaceKeyword(model, instruction, wanted)
      hits.push({ line: instruction.line, message: `Command '${keyword}' should match the case of the command majority (${majority})`, ...(fix && { fix }) })
    }
    return hits
  }
}
