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

/** `root`, `0`, `root:group` or `0:group`. */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0]
  return name === 'root' || name === '0'
}
