// Questions about stages that several rules ask: which stage is final, what it is built on, who it runs as.

import type { FromInstruction, DockerfileModel, Instruction, Stage } from './model.js'

export function finalStage(model: DockerfileModel): Stage | undefined {
  return model.stages.at(-1)
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

export function lastOf(stage: Stage, keyword: string): Instruction | undefined {
  return [...stage.instructions].reverse().find((i) => i.keyword === keyword)
}

/**
 * The ENTRYPOINT and CMD the stage's image starts with, in line order: the last of each along the `FROM <stage>` chain. Like
 * BuildKit, an ENTRYPOINT drops the CMD inherited from an earlier stage unless its own stage set a CMD.
 */
export function effectiveStartup(model: DockerfileModel, stage: Stage): Instruction[] {
  let entrypoint: Instruction | undefined
  let cmd: Instruction | undefined
  for (const ancestor of ancestry(model, stage).reverse()) {
    let cmdInStage = false
    for (const instruction of ancestor.instructions) {
      if (instruction.keyword === 'CMD') {
        cmd = instruction
        cmdInStage = true
      } else if (instruction.keyword === 'ENTRYPOINT') {
        entrypoint = instruction
        if (!cmdInStage) cmd = undefined
      }
    }
  }
  return [entrypoint, cmd].filter((i) => i !== undefined).sort((a, b) => a.line - b.line)
}

/** `root`, `0`, `root:group` or `0:group`. */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0]
  return name === 'root' || name === '0'
}
