import { buildCheckDocs } from '../build-checks.js'
import type { DockerfileModel, FromInstruction } from '../model.js'
import type { Rule, RuleHit } from '../rule.js'
import { singleLine } from '../source-fix.js'

export const FromAsCasing: Rule = {
  meta: {
    code: 'FromAsCasing',
    name: 'MatchFromAsCasing',
    severity: 'warning',
    title: "The 'as' keyword should match the case of the 'from' keyword",
    why: 'Mixed `FROM … as` casing is a sign of copy-pasted stages; one casing per line keeps the file consistent and greppable.',
    docsUrl: buildCheckDocs('FromAsCasing'),
    fixable: true
  },
  check(model) {
    const hits: RuleHit[] = []
    for (const stage of model.stages) {
      const from = stage.from.keywordAsWritten
      const as = stage.from.asKeyword
      if (as === undefined) continue
      // A mixed-case `From` is left to ConsistentInstructionCasing, as BuildKit does.
      const wanted = from === from.toLowerCase() ? as.toLowerCase() : from === from.toUpperCase() ? as.toUpperCase() : as
      if (as !== wanted) hits.push({ line: stage.from.line, message: `'${as}' and '${from}' keywords' casing do not match`, fix: fix(model, stage.from, as, wanted) })
    }
    return hits
  }
}

function fix(model: DockerfileModel, from: FromInstruction, as: string, wanted: string): RuleHit['fix'] {
  const line = singleLine(model, from)
  const pattern = new RegExp(`(\\s)${as}(\\s+\\S+\\s*)$`)
  return line !== undefined && pattern.test(line) ? { line: from.line, endLine: from.line, text: line.replace(pattern, `$1${wanted}$2`) } : undefined
}
