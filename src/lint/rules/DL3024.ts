import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'

export const DL3024: Rule = {
  meta: {
    code: 'DL3024',
    name: 'UniqueStageNames',
    severity: 'error',
    title: 'FROM aliases (stage names) must be unique',
    why: 'With two stages of the same name, FROM and COPY --from silently pick one of them, so the image is built from a stage other than the one you read.',
    docsUrl: hadolintDocs('DL3024'),
    fixable: false,
    aliases: ['DuplicateStageName']
  },
  check(model) {
    const hits: RuleHit[] = []
    const seen = new Set<string>()
    // Exact, case-sensitive comparison as in hadolint (BuildKit's DuplicateStageName ignores case).
    for (const { from } of model.stages) {
      if (from.alias === undefined) continue
      if (seen.has(from.alias)) hits.push({ line: from.line, message: `The stage name ${from.alias} is already used by an earlier FROM; give each stage its own name` })
      seen.add(from.alias)
    }
    return hits
  }
}
