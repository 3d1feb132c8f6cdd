import { dropQuotes, fromFlag } from '../copy-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { isFrom } from '../model.js'

export const DL3022: Rule = {
  meta: {
    code: 'DL3022',
    name: 'CopyFromKnownStage',
    severity: 'warning',
    title: 'COPY --from should reference a previously defined FROM alias',
    why: 'A --from that names no earlier stage is pulled as an image from a registry, which is rarely what was meant and fails or copies the wrong files.',
    docsUrl: hadolintDocs('DL3022'),
    fixable: false
  },
  check(model) {
    const hits: RuleHit[] = []
    const aliases = new Set<string>()
    let stages = 0
    for (const instruction of model.instructions) {
      if (isFrom(instruction)) {
        stages++
        if (instruction.alias !== undefined) aliases.add(instruction.alias)
      }
      const from = instruction.keyword === 'COPY' ? fromFlag(instruction) : undefined
      if (from === undefined || dropQuotes(from).includes(':') || aliases.has(from)) continue
      // hadolint reads the leading digits as a stage number: `--from=0` is the first stage.
      const digits = /^[0-9]+/.exec(from)
      if (digits && Number(digits[0]) < stages) continue
      hits.push({ line: instruction.line, message: `COPY --from=${from} names no earlier stage: use the alias or number of a stage defined above, or a tagged image` })
    }
    return hits
  }
}
