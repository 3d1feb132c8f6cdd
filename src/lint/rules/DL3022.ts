import { dropQuotes, fromFlag } from '../copy-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { isFrom } from '../model.js'
import type { DockerfileModel } from '../model.js'

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
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i]
      if (isFrom(instruction)) {
        stages++
        if (instruction.alias !== undefined) aliases.add(instruction.alias)
      }
      const from = instruction.keyword === 'COPY' ? fromFlag(instruction) : undefined
      if (from === undefined || dropQuotes(from).includes(':') || aliases.has(from)) continue
      // hadolint reads the leading digits as a stage number: `--from=0` is the first stage.
      const digits = /^[0-9]+/.exec(from)
      if (digits && Number(digits[0]) < stages) continue
      hits.push({ line: instruction.line, message: misreference(from, laterAliases(model, instruction.line)) })
    }
    return hits
  }
}

/** What a `--from` that hadolint rejects most likely is: a stage defined too late, an image without a tag, or a typo. */
function misreference(from: string, later: ReadonlySet<string>): string {
  if (later.has(from)) return `COPY --from=${from} names a stage defined further down: a COPY can only read stages above it, so move that stage up`
  // A registry path or a `/` is no stage name: BuildKit pulls it as an image.
  if (from.includes('/') || from.includes('.')) return `COPY --from=${from} names an image, not a stage: give it a tag or digest (${from}:<version>) so the copy cannot change under you`
  return `COPY --from=${from} names no stage defined above: use a stage's alias or number, or, if ${from} is an image, give it a tag (${from}:<version>)`
}

function laterAliases(model: DockerfileModel, line: number): Set<string> {
  return new Set(model.stages.filter((s) => s.from.line > line && s.from.alias !== undefined).map((s) => s.from.alias!))
}
