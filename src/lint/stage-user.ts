// Who the built stage's process runs as, as far as the Dockerfile says: CG001 reports a root user it names, and CG008
// leaves that cause to CG001 when the built image confirms it, so one problem gives one finding.
import type { BaseImageConfig } from '../types.js'
import type { DockerfileModel, Instruction, Stage } from './model.js'
import { ancestry, baseConfig, isRootUser } from './stages.js'
import { expandDefaults, scopedInstructions } from './variables.js'
import type { ReadonlyScope } from './variables.js'

export interface StageUser {
  instruction: Instruction
  /** The user with its variables filled in, when they are known. */
  name: string
  /** False when a variable has no known value: the user is then unknown and not reported. */
  root: boolean
}

/**
 * The last USER of the stage, or else of the nearest stage it is built FROM, with its variables filled in from the
 * ARG defaults and ENVs in scope, and from the base image's ENV when its config is at hand.
 */
export function stageUser(model: DockerfileModel, stage: Stage, bases?: ReadonlyMap<string, BaseImageConfig>): StageUser | undefined {
  for (const ancestor of ancestry(model, stage)) {
    const users = scopedInstructions(model, ancestor, baseConfig(model, ancestor, bases)?.env).filter((s) => s.instruction.keyword === 'USER')
    const last = users.at(-1)
    if (!last) continue
    const text = last.instruction.args
    const known = !unknownVariable(text, last.scope)
    const name = known ? expandDefaults(text, last.scope) : text
    return { instruction: last.instruction, name, root: known && isRootUser(name) }
  }
  return undefined
}

/** True when a variable of `text` is not defined or has no default, so the user is not known before the build. */
export function unknownVariable(text: string, scope: ReadonlyScope): boolean {
  return [...text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(:?-)?/g)].some((m) => m[2] === undefined && scope.get(m[1]) === undefined)
}
