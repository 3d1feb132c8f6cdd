import type { Fix } from '../../types.js'
import { buildCheckDocs } from '../build-checks.js'
import { fromFlag } from '../copy-args.js'
import { isFrom } from '../model.js'
import type { DockerfileModel, Instruction, Stage } from '../model.js'
import type { Rule } from '../rule.js'
import { escapeRegExp, singleLine } from '../source-fix.js'

export const StageNameCasing: Rule = {
  meta: {
    code: 'StageNameCasing',
    name: 'LowercaseStageNames',
    severity: 'warning',
    title: 'Stage names should be lowercase',
    why: 'Docker lowercases stage names before it looks them up, so `Build`, `BUILD` and `build` are one stage; a name written in one case everywhere keeps `--target` and `COPY --from` readable and greppable.',
    docsUrl: buildCheckDocs('StageNameCasing'),
    fixable: true
  },
  check(model) {
    return model.stages
      .filter((s) => s.from.alias !== undefined && s.from.alias !== s.from.alias.toLowerCase())
      .map((s) => ({ line: s.from.line, message: `Stage name '${s.from.alias!}' should be lowercase`, fix: renameFix(model, s) }))
  }
}

/**
 * Lower-cases the stage name where it is defined and where FROM and COPY --from use it, in one rewrite of the
 * lines from the definition to the last use. Offered only when every use is one of those, each on a line of its
 * own, and the lowercase name is not taken by another stage.
 */
function renameFix(model: DockerfileModel, stage: Stage): Fix | undefined {
  const { lines } = model
  const alias = stage.from.alias!
  const name = alias.toLowerCase()
  if (model.stages.some((s) => s !== stage && s.from.alias?.toLowerCase() === name)) return undefined
  const rewrites = new Map<number, string>()
  const definition = singleLine(model, stage.from)?.replace(new RegExp(`(\\s)${escapeRegExp(alias)}(\\s*)$`), `$1${name}$2`)
  if (definition === undefined || definition === lines[stage.from.line - 1]) return undefined
  rewrites.set(stage.from.line, definition)
  for (const instruction of model.instructions.slice(model.instructions.indexOf(stage.from) + 1)) {
    const rewritten = rewriteUse(model, instruction, name)
    if (rewritten === null) return undefined
    if (rewritten !== undefined) rewrites.set(instruction.line, rewritten)
  }
  const last = Math.max(...rewrites.keys())
  const text = lines.slice(stage.from.line - 1, last).map((line, i) => rewrites.get(stage.from.line + i) ?? line)
  return { line: stage.from.line, endLine: last, text: text.join('\n') }
}

/** The instruction's line with its use of the stage lowercased; undefined when it does not use it, null when it cannot be rewritten. */
function rewriteUse(model: DockerfileModel, instruction: Instruction, name: string): string | null | undefined {
  const from = isFrom(instruction) ? instruction.imageAsWritten.text : undefined
  const copyFrom = instruction.keyword === 'COPY' ? fromFlag(instruction) : undefined
  const used = [from, copyFrom].find((v) => v?.toLowerCase() === name)
  if (used === undefined) return usesElsewhere(instruction, name) ? null : undefined
  if (used === name) return undefined
  const line = singleLine(model, instruction)
  if (line === undefined) return null
  const pattern = from !== undefined ? new RegExp(`^(\\s*\\S+\\s+(?:--\\S+\\s+)*)${escapeRegExp(used)}(?=\\s|$)`) : new RegExp(`(--from=)${escapeRegExp(used)}(?=\\s|$)`)
  return pattern.test(line) ? line.replace(pattern, `$1${name}`) : null
}

/** Other places a stage name can appear: `RUN --mount=from=<stage>`, and ONBUILD's wrapped FROM or COPY. */
function usesElsewhere(instruction: Instruction, name: string): boolean {
  const mountsFrom = instruction.flags.some((f) => f.name === 'mount' && (f.value ?? '').toLowerCase().split(',').includes(`from=${name}`))
  const trigger = instruction.trigger
  return mountsFrom || (trigger !== undefined && (trigger.args.toLowerCase().split(/\s+/).includes(name) || trigger.flags.some((f) => f.value?.toLowerCase() === name)))
}
