// Which stages a cleanup rule reports in, following hadolint's DL3009/DL3060: leftovers matter only in what ends
// up in the image, meaning the final stage or a stage that a later FROM builds on. A stage read only through
// `COPY --from` leaves its caches behind.
import { memoize } from './memo.js'
import type { DockerfileModel, FromInstruction } from './model.js'

/** True when leftovers of the stage with this index (-1: before any FROM) reach an image. */
export function reachesImage(model: DockerfileModel, stageIndex: number): boolean {
  const reach = reachOf(model)
  return stageIndex === -1 ? reach.beforeFrom : reach.stages[stageIndex]
}

// Worked out for every stage at once: asked per RUN, the search through all stages was quadratic in a long file.
const reachOf = memoize((model: DockerfileModel): { beforeFrom: boolean; stages: boolean[] } => {
  const final = model.stages.at(-1)
  if (!final) return { beforeFrom: true, stages: [] }
  // hadolint tells stages apart by their FROM, not their position: one written exactly like the final FROM counts as final.
  const finalKey = fromKey(final.from)
  const usedAsImage = new Set(model.stages.map((s) => s.from.imageAsWritten.name))
  return {
    beforeFrom: finalKey === fromKey(undefined),
    stages: model.stages.map(({ from }) => fromKey(from) === finalKey || (from.alias !== undefined && usedAsImage.has(from.alias)))
  }
}, 'file')

/** `undefined` stands for hadolint's placeholder before any FROM: a bare `scratch`. */
function fromKey(from: FromInstruction | undefined): string {
  return from ? JSON.stringify([from.imageAsWritten.text, from.alias ?? null, from.platform ?? null]) : JSON.stringify(['scratch', null, null])
}
