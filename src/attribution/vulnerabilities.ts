import type { ImageFacts, ImageLayer, ScannedImage, ScanReport, Vulnerability } from '../types.js'
import { layersOf, ownersByFlags } from './layers.js'

/**
 * The report with each vulnerability's `line` set to the line that made its layer.
 *
 * When the report carries the image config (Trivy reads it from the engine with the image: the history with its exact
 * `empty_layer` flags, and the DiffIDs), its history is matched entry by entry to the facts' traced history and the
 * layers are placed from the flags. Otherwise the facts' own layers are used, which the engine's history alone could
 * place only where nothing else fitted. A vulnerability keeps no line when its layer is unknown, is not among the
 * image's layers, or shares its DiffID with layers made on different lines (two instructions that wrote identical
 * bytes): the reports then place it on the FROM line, with a note.
 *
 * A bare list of layers is still taken in place of the facts (test/report/lines.test.ts passes one); it has no history
 * to match the report's config against, so its layers are used as they are.
 */
export function attributeVulnerabilities(report: ScanReport, facts: ImageFacts | readonly ImageLayer[] | undefined): ScanReport {
  const layers = isLayerList(facts) ? facts : ((facts && report.image && exactLayers(report.image, facts)) ?? facts?.layers ?? [])
  const lineOf = layerLines(layers)
  return {
    ...report,
    vulnerabilities: report.vulnerabilities.map((v): Vulnerability => {
      const { line: _stale, ...rest } = v
      const line = v.layerDiffId === undefined ? undefined : lineOf.get(v.layerDiffId)
      return line === undefined ? rest : { ...rest, line }
    })
  }
}

/**
 * The report's layers placed with the config's flags, or undefined when the report's history is not the one the facts
 * traced (another image, or one Trivy could not read in full) or its flags do not add up to its DiffIDs.
 */
export function exactLayers(image: ScannedImage, facts: ImageFacts): ImageLayer[] | undefined {
  const steps = facts.history
  if (!steps || steps.length !== image.history.length) return undefined
  // `docker history` prints tabs as spaces.
  if (image.history.some((h, i) => untab(h.createdBy) !== untab(steps[i]!.createdBy))) return undefined
  const owners = ownersByFlags(image.history.map((h) => h.emptyLayer), image.diffIds.length)
  return owners && layersOf(steps, owners, image.diffIds)
}

function isLayerList(facts: ImageFacts | readonly ImageLayer[] | undefined): facts is readonly ImageLayer[] {
  return Array.isArray(facts)
}

function untab(text: string): string {
  return text.replace(/\t/g, ' ')
}

function layerLines(layers: readonly ImageLayer[]): Map<string, number | undefined> {
  const lines = new Map<string, number | undefined>()
  for (const layer of layers) {
    const line = layer.origin === 'unknown' ? undefined : layer.line
    lines.set(layer.diffId, lines.has(layer.diffId) && lines.get(layer.diffId) !== line ? undefined : line)
  }
  return lines
}
