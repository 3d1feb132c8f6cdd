import { fromFlag } from '../copy-args.js'
import { labelPairs, schemaLabels } from '../labels.js'
import type { DockerfileModel, Stage } from '../model.js'
import { isFrom } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { imageNameOf, stageNameOf } from '../stage-names.js'

export const DL3049: Rule = {
  meta: {
    code: 'DL3049',
    name: 'RequiredLabelPresent',
    severity: 'info',
    title: 'Label is missing.',
    why: 'Registries, scanners and on-call engineers rely on the labels your team agreed on (owner, source, version) to trace an image back to its code. An image without them is anonymous in production.',
    docsUrl: hadolintDocs('DL3049'),
    fixable: false
  },
  check(model, { config }) {
    return schemaLabels(config.labelSchema).flatMap((label) =>
      stagesMissing(model, label).map((stage): RuleHit => ({ line: stage.from.line, message: `Label \`${label}\` is missing.` }))
    )
  }
}

/**
 * hadolint's walk for one label. A stage is covered when it sets the label, or when it is built FROM (by
 * exact name) a covered stage. A stage that stays uncovered is excused when a later `COPY --from` reads it
 * by alias, or when an unaliased stage built on it (the name compared is the image name) sets the label.
 */
function stagesMissing(model: DockerfileModel, label: string): Stage[] {
  const covered = new Set<Stage>()
  const missing = new Set<Stage>()
  const excuse = (name: string): void => {
    for (const stage of missing) {
      if (stage.from.alias === name) missing.delete(stage)
    }
  }
  let current: Stage | undefined
  for (let i = 0; i < model.instructions.length; i++) {
    const instruction = model.instructions[i]
    if (isFrom(instruction)) {
      current = model.stages[instruction.stageIndex]
      const image = imageNameOf(current.from)
      const inherits = [...covered].some((stage) => stage.from.alias === image)
      ;(inherits ? covered : missing).add(current)
    } else if (!current) {
      continue
    } else if (instruction.keyword === 'COPY') {
      const source = fromFlag(instruction)
      if (source !== undefined) excuse(source)
    } else if (instruction.keyword === 'LABEL' && labelPairs(instruction).some((p) => p.key === label)) {
      excuse(stageNameOf(current.from))
      missing.delete(current)
      covered.add(current)
    }
  }
  return [...missing]
}
