import type { DockerfileModel, Stage } from '../model.js'
import { isFrom } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { imageNameOf, stageNameOf } from '../stage-names.js'

export const DL3057: Rule = {
  meta: {
    code: 'DL3057',
    name: 'DeclareHealthcheck',
    severity: 'ignore',
    title: '`HEALTHCHECK` instruction missing.',
    why: 'Without a health check, Docker and Swarm keep routing traffic to a container whose process hangs. Off by default, as in hadolint, because it also reports builder stages.',
    docsUrl: hadolintDocs('DL3057'),
    fixable: false
  },
  check(model) {
    return stagesWithoutHealthcheck(model).map((stage) => ({ line: stage.from.line }))
  }
}

/**
 * hadolint's walk, comparing names as text: a stage is covered when it has a HEALTHCHECK (NONE too), when it
 * is built FROM the name of a covered stage, or when a stage built on it, directly or through a chain of
 * uncovered stages, gets one.
 */
function stagesWithoutHealthcheck(model: DockerfileModel): Stage[] {
  // Looked up by name rather than by searching every stage, which was quadratic in the number of stages.
  const coveredNames = new Set<string>()
  const missing = new Set<Stage>()
  const missingByName = new Map<string, Set<Stage>>()
  const cover = (stage: Stage): void => {
    missing.delete(stage)
    missingByName.get(stageNameOf(stage.from))?.delete(stage)
    coveredNames.add(stageNameOf(stage.from))
  }
  let current: Stage | undefined
  for (let i = 0; i < model.instructions.length; i++) {
    const instruction = model.instructions[i]
    if (isFrom(instruction)) {
      current = model.stages[instruction.stageIndex]
      if (coveredNames.has(imageNameOf(current.from))) {
        cover(current)
      } else {
        missing.add(current)
        const name = stageNameOf(current.from)
        missingByName.set(name, (missingByName.get(name) ?? new Set()).add(current))
      }
    } else if (current && instruction.keyword === 'HEALTHCHECK') {
      for (let built: Stage[] = [current]; built.length > 0; ) {
        for (const stage of built) cover(stage)
        const bases = new Set(built.map((stage) => imageNameOf(stage.from)))
        built = [...bases].flatMap((base) => [...(missingByName.get(base) ?? [])])
      }
    }
  }
  return [...missing]
}
