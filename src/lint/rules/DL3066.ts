import type { BaseImageConfig } from '../../types.js'
import type { DockerfileModel, Instruction } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { baseConfig } from '../stages.js'
import { expandDefaults, scopedInstructions } from '../variables.js'

export const DL3066: Rule = {
  meta: {
    code: 'DL3066',
    name: 'UseNumericUser',
    severity: 'info',
    title: 'Non-numeric user id may not be resolvable by the host system',
    why: 'A user name is only known inside the image; the kubelet cannot prove a name is not root for runAsNonRoot, and host tools see a bare number anyway. A numeric UID means the same thing everywhere.',
    docsUrl: hadolintDocs('DL3066'),
    fixable: false
  },
  check(model, { bases }) {
    const declared = new Set<string>()
    const hits: Array<{ line: number; message: string }> = []
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i]
      if (instruction.keyword === 'ARG') instruction.properties.forEach((p) => declared.add(p.key))
      if (instruction.keyword !== 'USER') continue
      const user = userPart(instruction)
      if (/^[0-9]*$/.test(user) || referencesArg(user, declared) || numericInBase(model, instruction, user, bases)) continue
      hits.push({ line: instruction.line, message: `USER ${user} is a name, not a numeric UID; use the UID (e.g. USER 10001)` })
    }
    return hits
  }
}

function userPart(instruction: Instruction): string {
  return instruction.args.trim().split(':')[0]
}

/** A `$NAME` or `${NAME…}` of a declared ARG: the value is supplied at build time, so it may well be numeric. */
function referencesArg(user: string, declared: ReadonlySet<string>): boolean {
  return [...user.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].some((m) => declared.has(m[1]))
}

/**
 * True when the user expands to a number with the base image's ENV, whose config is at hand: `USER $APP_UID` on
 * .NET's images, which define APP_UID. Without the config the user stays a name, as hadolint reads it.
 */
function numericInBase(model: DockerfileModel, instruction: Instruction, user: string, bases: ReadonlyMap<string, BaseImageConfig> | undefined): boolean {
  const stage = model.stages[instruction.stageIndex]
  const base = stage && user.includes('$') ? baseConfig(model, stage, bases) : undefined
  const scope = base && scopedInstructions(model, stage, base.env).find((s) => s.instruction === instruction)?.scope
  return scope !== undefined && /^[0-9]+$/.test(expandDefaults(user, scope))
}
