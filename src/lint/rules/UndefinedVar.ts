import { buildCheckDocs } from '../build-checks.js'
import type { Instruction } from '../model.js'
import type { Rule, RuleHit } from '../rule.js'
import { baseConfig, externalBase } from '../stages.js'
import { closestName, scopedInstructions, variableUses } from '../variables.js'
import type { ReadonlyScope } from '../variables.js'

// Always defined: BuildKit adds PATH to an image that has none, and reads the SBOM switches itself.
const ALWAYS_DEFINED = new Set(['PATH', 'BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE'])
// Instructions whose arguments BuildKit expands as a whole. RUN, CMD, ENTRYPOINT, HEALTHCHECK, SHELL and EXPOSE
// are not checked: the shell or the runtime expands their text, not BuildKit.
const EXPANDED = new Set(['ENV', 'LABEL', 'WORKDIR', 'USER', 'VOLUME', 'STOPSIGNAL'])
const COPY_FLAGS = new Set(['chown', 'chmod', 'checksum'])
const NONE: readonly string[] = []
// How many names all of a file's "did you mean" searches may compare: each search reads the whole scope, so a file
// of thousands of ENVs and thousands of undefined uses would take minutes. Past it, the hits carry no suggestion.
const SUGGESTION_BUDGET = 200_000

export const UndefinedVar: Rule = {
  meta: {
    code: 'UndefinedVar',
    name: 'DefineVariablesBeforeUse',
    severity: 'warning',
    title: 'Variables should be defined before their use',
    why: 'BuildKit expands an undefined variable to an empty string without a word, so a typo in `$APP_HOME` or a global ARG that the stage never re-declares quietly produces a wrong path, user or label.',
    docsUrl: buildCheckDocs('UndefinedVar'),
    fixable: false
  },
  check(model, { bases }) {
    const hits: RuleHit[] = []
    let budget = SUGGESTION_BUDGET
    // Every stage is checked, used or not, as `docker build --check` does.
    for (const stage of model.stages) {
      // BuildKit defines the base image's ENV first. Without its config, a name the Dockerfile never defines may
      // still come from there (.NET's APP_UID), so such a finding is only a hint; a likely typo stays a warning.
      const base = baseConfig(model, stage, bases)
      const from = externalBase(model, stage).image
      const unknownBase = !base && from.text.toLowerCase() !== 'scratch'
      const scoped = scopedInstructions(model, stage, base?.env)
      for (let i = 0; i < scoped.length; i++) {
        const { instruction, scope } = scoped[i]
        const names = undefinedUses(instruction, scope, model.escape)
        for (let n = 0; n < names.length; n++) {
          const name = names[n]
          budget -= scope.size + 1
          const suggestion = budget >= 0 ? closestName(name, [...scope.keys(), 'PATH']) : undefined
          const message = `Usage of undefined variable '$${name}'${suggestion ? ` (did you mean $${suggestion}?)` : ''}`
          if (suggestion || !unknownBase) hits.push({ line: instruction.line, message })
          else hits.push({ line: instruction.line, message: `${message}: nothing in the Dockerfile defines it, so it is defined only if the base image ${from.text} sets it (lint with --docker to read its ENV)`, atMost: 'info' })
        }
      }
    }
    return hits
  }
}

/** The names the instruction uses that nothing defines at that point, each once. */
function undefinedUses(instruction: Instruction, scope: ReadonlyScope, escape: string): readonly string[] {
  // Most instructions use no variable at all: no need to gather their texts.
  if (!mentionsVariable(instruction)) return NONE
  const names: string[] = []
  if (instruction.keyword === 'ARG') {
    // Each default sees the ARGs declared before it in the same instruction.
    const declared = new Set<string>()
    for (const { key, valueAsWritten } of instruction.properties) {
      addUndefined(names, valueAsWritten ?? '', escape, scope, declared)
      declared.add(key)
    }
  } else {
    const texts = expandedTexts(instruction)
    for (let t = 0; t < texts.length; t++) addUndefined(names, texts[t], escape, scope)
  }
  return names.length < 2 ? names : [...new Set(names)]
}

/** Whether the instruction's text, a flag or a heredoc body holds a `$`: every text BuildKit expands is among them. */
function mentionsVariable(instruction: Instruction): boolean {
  if (instruction.args.includes('$')) return true
  for (let f = 0; f < instruction.flags.length; f++) if (instruction.flags[f].value?.includes('$')) return true
  for (let h = 0; h < instruction.heredocs.length; h++) if (instruction.heredocs[h].content.includes('$')) return true
  return false
}

/** Adds to `names` the names `text` uses that nothing defines at that point. */
function addUndefined(names: string[], text: string, escape: string, scope: ReadonlyScope, declared?: ReadonlySet<string>): void {
  // Most texts use no variable at all: no need to lex them.
  if (!text.includes('$')) return
  for (const name of variableUses(text, escape)) if (!scope.has(name) && !declared?.has(name) && !ALWAYS_DEFINED.has(name)) names.push(name)
}

/** The parts of an instruction that BuildKit expands itself. */
function expandedTexts(instruction: Instruction): readonly string[] {
  const { keyword } = instruction
  if (EXPANDED.has(keyword)) return [instruction.args]
  if (keyword === 'COPY' || keyword === 'ADD') {
    if (instruction.flags.length === 0 && instruction.heredocs.length === 0) return [instruction.args]
    const flags = instruction.flags.filter((f) => COPY_FLAGS.has(f.name)).map((f) => f.value ?? '')
    // A heredoc body is expanded unless its delimiter is quoted (`<<'EOF'`, `<<"EOF"`).
    const bodies = instruction.heredocs.filter((h) => !new RegExp(`<<-?\\s*["']${h.delimiter}["']`).test(instruction.args)).map((h) => h.content)
    return [instruction.args, ...flags, ...bodies]
  }
  if (keyword === 'RUN' && instruction.flags.length > 0) return instruction.flags.filter((f) => f.name === 'mount').map((f) => f.value ?? '')
  return NONE
}
