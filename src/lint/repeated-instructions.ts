// Instructions of which a stage keeps only the last one (CMD, ENTRYPOINT): every earlier one is dead code.
import type { DockerfileModel, Instruction } from './model.js'

/** The second and later instructions with `keyword` in each stage (instructions before the first FROM count as one). */
export function repeatedInStage(model: DockerfileModel, keyword: string): Instruction[] {
  const seen = new Set<number>()
  return model.instructions.filter((i) => {
    if (i.keyword !== keyword) return false
    if (!seen.has(i.stageIndex)) {
      seen.add(i.stageIndex)
      return false
    }
    return true
  })
}
