// Which history entries own the image's layers, when the config's `empty_layer` flags are out of reach: `docker
// history` prints every entry (created_by, bytes) but not the flag, and `docker image inspect` prints the layers but not
// the history. What is known for certain is put together, and a layer is tied to an entry only when nothing else fits.

import { readCreatedBy } from './created-by.js'

/** One `docker history` entry, oldest first. */
export interface HistoryEntry {
  createdBy: string
  comment?: string
  /** Bytes, as `docker history --human=false` counts them: 0 for every entry that owns no layer. */
  size: number
  /**
   * How many layers the image had once this entry was written: the `RootFS.Layers` of the image `docker history`
   * names for the entry (the classic builder keeps one per step), when the engine still has it.
   */
  layers?: number
}

/** Whether an entry made a layer: `unsure` when its text and size cannot tell. */
export type LayerHint = 'layer' | 'empty' | 'unsure'

/** Instructions that only change the config: no builder gives them a layer. */
const CONFIG_ONLY: ReadonlySet<string> = new Set([
  'ENV', 'LABEL', 'CMD', 'ENTRYPOINT', 'EXPOSE', 'USER', 'ARG', 'HEALTHCHECK', 'STOPSIGNAL', 'VOLUME', 'SHELL', 'ONBUILD', 'MAINTAINER'
])

/**
 * What an entry's text and size say about its layer. Bytes mean a layer; a config-only instruction never has one;
 * COPY and ADD always write. A RUN of 0 bytes is a layer under BuildKit (which keeps empty layers) but not always under
 * the classic builder, which drops a step that changed nothing (`RUN true` is `empty_layer`); a WORKDIR of 0 bytes is a
 * layer under BuildKit and, under the classic builder, only when it made the directory.
 */
export function layerHint(entry: Pick<HistoryEntry, 'createdBy' | 'comment' | 'size'>): LayerHint {
  if (entry.size > 0) return 'layer'
  const { keyword, text } = readCreatedBy(entry.createdBy)
  if (CONFIG_ONLY.has(keyword)) return 'empty'
  if (keyword === 'COPY' || keyword === 'ADD') return 'layer'
  const buildkit = entry.comment === 'buildkit.dockerfile.v0' || /# buildkit$/.test(entry.createdBy.trim())
  if (buildkit && keyword === 'RUN') return 'layer'
  if (buildkit && keyword === 'WORKDIR' && text.trim() !== '/') return 'layer'
  return 'unsure'
}

/**
 * For each of the image's `layerCount` layers, the history entries that may have made it (`layersOf` places a layer
 * only when all of them agree on a line).
 *
 * The layer counts known along the way (`HistoryEntry.layers`, and `layerCount` at the end) cut the history into
 * spans, each owning a known number of layers. In a span the `layer` entries own one each, the `empty` ones none, and
 * the `unsure` ones the rest: the k-th layer of a span may be any entry that can be the k-th owner in some choice of
 * them (when the count settles every `unsure` entry, that is one entry per layer). A span whose hints contradict its
 * count offers all its entries for each of its layers. Counts that contradict each other prove nothing: every layer
 * then gets no candidate.
 */
export function inferOwners(history: readonly HistoryEntry[], layerCount: number): number[][] {
  const anchors: Array<{ index: number; layers: number }> = [{ index: -1, layers: 0 }]
  history.forEach((entry, index) => {
    if (entry.layers !== undefined) anchors.push({ index, layers: entry.layers })
  })
  anchors.push({ index: history.length - 1, layers: layerCount })
  const owners: number[][] = []
  for (let a = 1; a < anchors.length; a++) {
    const start = anchors[a - 1]!.index + 1
    const end = anchors[a]!.index
    const delta = anchors[a]!.layers - anchors[a - 1]!.layers
    if (delta < 0 || delta > end - start + 1) return Array.from({ length: layerCount }, () => [])
    owners.push(...spanOwners(history, start, end, delta))
  }
  return owners
}

/** The candidates for each of the `delta` layers that entries `start`..`end` made. */
function spanOwners(history: readonly HistoryEntry[], start: number, end: number, delta: number): number[][] {
  const span = history.slice(start, end + 1).map((entry, i) => ({ index: start + i, sure: layerHint(entry) === 'layer', empty: layerHint(entry) === 'empty' }))
  const possible = span.filter((e) => !e.empty)
  const sure = possible.filter((e) => e.sure).length
  if (sure > delta || possible.length < delta) return Array.from({ length: delta }, () => span.map((e) => e.index))
  // For each possible owner: how many possible and sure owners come before and after it.
  let sureBefore = 0
  const bounds = possible.map((e, p) => {
    const b = { index: e.index, before: p, sureBefore, after: possible.length - p - 1, sureAfter: sure - sureBefore - (e.sure ? 1 : 0) }
    if (e.sure) sureBefore++
    return b
  })
  // Layer k (0-based) can be the entry's when k owners can come before it and delta-k-1 after it.
  return Array.from({ length: delta }, (_, k) =>
    bounds.filter((b) => b.sureBefore <= k && k <= b.before && b.sureAfter <= delta - k - 1 && delta - k - 1 <= b.after).map((b) => b.index)
  )
}
