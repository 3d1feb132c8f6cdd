// Which stages a cleanup rule reports in, following hadolint's DL3009/DL3060: leftovers matter only in what ends
// up in the image, meaning the final stage or a stage that a later FROM builds on. A stage read only through
// `COPY --from` leaves its caches behind.
import type { DockerfileModel, FromInstruction } from './model.js'

/** True when leftovers of the stage with this index (-1: before any FROM) reach an image. */
export function reachesImage(model: DockerfileModel, stageIndex: number): boolean {
  const final = model.stages.at(-1)
  if (!final) return true
  // hadolint tells stages apart by their FROM, not their position: one written exactly like the final FROM counts as final.
  if (stageIndex === -1) return sameFrom(final.from, undefined)
  const { from } = model.stages[stageIndex]
  if (sameFrom(from, final.from)) return true
  return from.alias !== undefined && model.stages.some((s) => s.from.imageAsWritten.name === from.alias)
}

/** `undefined` stands for hadolint's placeholder before any FROM: a bare `scratch`. */
function sameFrom(a: FromInstruction, b: FromInstruction | undefined): boolean {
  const key = (f: FromInstruction | undefined): string =>
    f ? JSON.stringify([f.imageAsWritten.text, f.alias ?? null, f.platform ?? null]) : JSON.stringify(['scratch', null, null])
  return key(a) === key(b)
}
