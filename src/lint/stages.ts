// Questions about stages that several rules ask: which stage is built, what it is built on, who it runs as.

import type { BaseImageConfig } from '../types.js'
import { memoizePair } from './memo.js'
import type { FromInstruction, DockerfileModel, Instruction, Stage } from './model.js'

export function finalStage(model: DockerfileModel): Stage | undefined {
  return model.stages.at(-1)
}

/**
 * The stage the image is built from: the one `--target` names (stage names are case-insensitive, as in BuildKit),
 * else the last. Undefined when no stage has that name; see missingTarget.
 */
export function builtStage(model: DockerfileModel, target?: string): Stage | undefined {
  if (!target) return finalStage(model)
  return model.stages.find((s) => s.from.alias?.toLowerCase() === target.toLowerCase())
}

/** What is wrong with `target` for this file, if anything: the build would fail, so the user must fix it. */
export function missingTarget(model: DockerfileModel, target: string | undefined): string | undefined {
  if (!target || model.stages.length === 0 || builtStage(model, target)) return undefined
  const names = model.stages.flatMap((s) => (s.from.alias ? [s.from.alias] : []))
  return `no stage is named "${target}" (the target to build); ${names.length > 0 ? `the named stages are ${names.join(', ')}` : 'no stage has a name (FROM … AS name)'}`
}

/** The stage, then the stage it is built FROM, and so on up to the one built on an external image. */
export function ancestry(model: DockerfileModel, stage: Stage): Stage[] {
  const chain = [stage]
  for (let parent = stage.parent; parent !== undefined; parent = model.stages[parent].parent) chain.push(model.stages[parent])
  return chain
}

/** The FROM that names the external image a stage ultimately builds on. */
export function externalBase(model: DockerfileModel, stage: Stage): FromInstruction {
  return ancestry(model, stage).at(-1)!.from
}

/** The config of the external image the stage builds on, when it is at hand. */
export function baseConfig(model: DockerfileModel, stage: Stage, bases: ReadonlyMap<string, BaseImageConfig> | undefined): BaseImageConfig | undefined {
  return bases?.get(externalBase(model, stage).image.text)
}

export function lastOf(stage: Stage, keyword: string): Instruction | undefined {
  return [...stage.instructions].reverse().find((i) => i.keyword === keyword)
}

// Several rules ask for the built stage's start-up and ENV: each is worked out once per stage, and shared (read-only).
/**
 * The ENTRYPOINT and CMD the stage's image starts with, in line order: the last of each along the `FROM <stage>` chain. Like
 * BuildKit, an ENTRYPOINT drops the CMD inherited from an earlier stage unless its own stage set a CMD.
 */
export const effectiveStartup: (model: DockerfileModel, stage: Stage) => readonly Instruction[] = memoizePair(readStartup, 'file')

function readStartup(model: DockerfileModel, stage: Stage): Instruction[] {
  let entrypoint: Instruction | undefined
  let cmd: Instruction | undefined
  const chain = ancestry(model, stage)
  for (let a = chain.length - 1; a >= 0; a--) {
    const { instructions } = chain[a]
    let cmdInStage = false
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i]
      if (instruction.keyword === 'CMD') {
        cmd = instruction
        cmdInStage = true
      } else if (instruction.keyword === 'ENTRYPOINT') {
        entrypoint = instruction
        if (!cmdInStage) cmd = undefined
      }
    }
  }
  if (entrypoint === undefined) return cmd === undefined ? [] : [cmd]
  if (cmd === undefined) return [entrypoint]
  return entrypoint.line <= cmd.line ? [entrypoint, cmd] : [cmd, entrypoint]
}

/** The ENV variables the stage's image ends up with (inherited through `FROM <stage>`), each from its last ENV. */
export const effectiveEnv: (model: DockerfileModel, stage: Stage) => ReadonlyArray<{ instruction: Instruction; key: string; value: string }> = memoizePair(readEnv, 'file')

function readEnv(model: DockerfileModel, stage: Stage): Array<{ instruction: Instruction; key: string; value: string }> {
  const env = new Map<string, { instruction: Instruction; key: string; value: string }>()
  const chain = ancestry(model, stage)
  for (let a = chain.length - 1; a >= 0; a--) {
    for (const instruction of chain[a].instructions) {
      if (instruction.keyword !== 'ENV') continue
      for (const p of instruction.properties) env.set(p.key, { instruction, key: p.key, value: p.value ?? '' })
    }
  }
  return [...env.values()]
}

/**
 * True when the image starts nothing: built on scratch with no ENTRYPOINT or CMD, it only carries files (a stage
 * exported with `docker build --output`, a data image), so who would run it as root does not arise.
 */
export function runsNothing(model: DockerfileModel, stage: Stage): boolean {
  return externalBase(model, stage).image.text.toLowerCase() === 'scratch' && effectiveStartup(model, stage).length === 0
}

/** `root`, `0`, `root:group` or `0:group`. */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0]
  return name === 'root' || name === '0'
}
