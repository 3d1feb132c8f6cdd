import type { DockerfileModel, Instruction, Stage } from '../lint/model.js'
import { ancestry, builtStage } from '../lint/stages.js'
import type { ImageHistoryStep, ImageLayer } from '../types.js'
import { instructionText, LAYER_KEYWORDS, readCreatedBy, stepMatches } from './created-by.js'

/** One image-config history entry, oldest first, with the builder's `empty_layer` flag and, when known, its bytes. */
export interface LayerHistoryEntry {
  createdBy: string
  emptyLayer: boolean
  size?: number
}

/**
 * Each of the image's layers (`diffIds`, oldest first) with the Dockerfile line that made it, from the image config's
 * history and its exact `empty_layer` flags: the entries that are not `emptyLayer` own the layers, in order.
 */
export function attributeLayers(history: readonly LayerHistoryEntry[], diffIds: readonly string[], model: DockerfileModel, target?: string): ImageLayer[] {
  const steps = traceHistory(history.map((h) => h.createdBy), model, target)
  const owners = ownersByFlags(history.map((h) => h.emptyLayer), diffIds.length)
  // A config that contradicts itself proves nothing about any layer.
  return layersOf(steps, owners ?? diffIds.map(() => []), diffIds, history.map((h) => h.size))
}

/**
 * For each layer, its owner: the history entries that are not `emptyLayer`, in order. Undefined when the flags and
 * the layers disagree in number.
 */
export function ownersByFlags(emptyLayer: readonly boolean[], layerCount: number): number[][] | undefined {
  const owners = emptyLayer.flatMap((empty, index) => (empty ? [] : [[index]]))
  return owners.length === layerCount ? owners : undefined
}

/**
 * The layers with their lines. `owners[k]` lists the history entries that may have made layer `k` (one when that is
 * known, none when nothing is); the layer gets a line only when every one of them was traced to that same line.
 */
export function layersOf(
  steps: readonly ImageHistoryStep[],
  owners: readonly (readonly number[])[],
  diffIds: readonly string[],
  sizes: readonly (number | undefined)[] = []
): ImageLayer[] {
  return diffIds.map((diffId, k) => {
    const candidates = owners[k] ?? []
    const sole = candidates.length === 1 ? candidates[0]! : undefined
    const size = sole === undefined ? undefined : sizes[sole]
    const layer: ImageLayer = { diffId, origin: 'unknown', createdBy: sole === undefined ? '' : (steps[sole]?.createdBy ?? ''), ...(size !== undefined && { size }) }
    const places = candidates.map((h) => steps[h])
    const first = places[0]
    if (!first || first.origin === 'unknown' || places.some((p) => p?.origin !== first.origin || p.line !== first.line)) return layer
    return { ...layer, origin: first.origin, ...(first.line !== undefined && { line: first.line }), ...(first.instruction !== undefined && { instruction: first.instruction }) }
  })
}

/** The stage `--target` names (stage names are case-insensitive), or the last one. */
/**
 * Each history entry (`created_by`, oldest first) with the Dockerfile line that wrote it; no layer flags needed.
 *
 * The image's own instructions are those of the built stage and of the stages it is built FROM by name; they wrote
 * the last history entries. So both lists are walked back from the end, each entry paired with the instruction whose
 * keyword and text it repeats. Whatever comes before the first instruction belongs to the base image. Where an entry
 * cannot be paired (another tool built the image, a heredoc, a builder wrote the text its own way), every earlier
 * entry stays `unknown`: an entry is placed on a line only when the whole walk to it agrees. Only RUN, COPY, ADD and
 * WORKDIR, the instructions that can own a layer, are placed; the others stay `unknown`.
 */
export function traceHistory(createdBy: readonly string[], model: DockerfileModel, target?: string): ImageHistoryStep[] {
  const stage = builtStage(model, target)
  const places = stage ? placeHistory(createdBy, model, stage) : createdBy.map(() => undefined)
  return createdBy.map((text, h) => ({ createdBy: text, ...(places[h] ?? { origin: 'unknown' }) }))
}

type Place = Pick<ImageHistoryStep, 'origin' | 'line' | 'instruction'>

function placeHistory(history: readonly string[], model: DockerfileModel, stage: Stage): Array<Place | undefined> {
  const chain = ancestry(model, stage).reverse()
  const instructions: Instruction[] = chain.flatMap((s) => s.instructions)
  const places: Array<Place | undefined> = history.map(() => undefined)
  let i = instructions.length - 1
  let h = history.length - 1
  while (i >= 0 && h >= 0) {
    const instruction = instructions[i]!
    if (stepMatches(readCreatedBy(history[h]!), instruction)) {
      if (LAYER_KEYWORDS.has(instruction.keyword)) places[h] = { origin: 'instruction', line: instruction.line, instruction: instructionText(instruction) }
      i--
      h--
    } else if (!LAYER_KEYWORDS.has(instruction.keyword)) {
      // A builder may record no entry for an instruction that only sets config; nothing of it can be lost.
      i--
    } else {
      return places
    }
  }
  if (i >= 0) return places
  const from = chain[0]!.from
  for (let k = 0; k <= h; k++) places[k] = { origin: 'base', line: from.line, instruction: instructionText(from) }
  return places
}
