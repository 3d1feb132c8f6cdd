import type { HistoryEntry } from '../attribution/empty-layers.js'
import { Exec, lastNonBlankLine } from '../exec.js'
import { baseReference, imageFacts } from '../image/facts.js'
import { parseDockerfile } from '../lint/parse.js'
import type { ImageFacts } from '../types.js'
import { parseInspectedImages } from './image-config.js'
import type { InspectedImage } from './image-config.js'
import { DockerError } from './inspect.js'

export interface ImageFactsOptions {
  /** The built image's id (or any reference the engine resolves). */
  image: string
  dockerfileText: string
  /** The stage built with `--target`; empty for the last. */
  target?: string
  env?: Record<string, string>
}

/**
 * What the built image is, from the engine's metadata alone (the image itself is never exported): `docker history`
 * gives every history entry with its bytes, `docker image inspect` the size, the layers and the runtime config, and,
 * for the base image, its digests.
 *
 * The history carries no `empty_layer` flag, so which entry owns which layer is worked out (`inferOwners`) from the
 * entries' text and bytes and from the layer counts of the intermediate images the classic builder leaves behind;
 * a layer stays unplaced when that does not settle it. A Trivy report's image config has the flags, and
 * `attributeVulnerabilities` prefers them.
 */
export async function readImageFacts(opts: ImageFactsOptions): Promise<ImageFacts> {
  const model = parseDockerfile(opts.dockerfileText)
  const history = parseHistory(await docker(['history', '--no-trunc', '--human=false', '--format', '{{json .}}', opts.image], opts.env))
  const [image] = parseInspectedImages(await docker(['image', 'inspect', opts.image], opts.env))
  if (!image) throw new DockerError(`docker image inspect printed nothing for ${opts.image}`)
  const counts = await layerCounts(history, image, opts.env)
  const base = baseReference(model, opts.target)
  // A base image that is not on the engine (a build arg changed the FROM, or BuildKit kept it in its own store) only
  // costs the pinning advice and the base's ENV.
  const baseImage = base ? await inspect([base.image], opts.env).then((found) => found[0], () => undefined) : undefined
  return imageFacts({
    size: image.size,
    history: history.map(({ id, ...entry }) => ({ ...entry, ...(id !== undefined && counts.has(id) && { layers: counts.get(id)! }) })),
    diffIds: image.layers,
    user: image.user,
    ...(image.healthcheck && { healthcheck: image.healthcheck }),
    exposedPorts: image.exposedPorts,
    model,
    ...(opts.target && { target: opts.target }),
    baseDigests: baseImage?.repoDigests ?? [],
    ...(baseImage && { baseConfig: { user: baseImage.user, env: baseImage.env } })
  })
}

/** A `docker history` entry; `id` is the image the engine keeps for that step, when it keeps one. */
export interface HistoryLine extends HistoryEntry {
  id?: string
}

/** `docker history --no-trunc --human=false --format '{{json .}}'`: one JSON object per line, newest first; returned oldest first. */
export function parseHistory(text: string): HistoryLine[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const entry = parseJsonLine(line) as { CreatedBy?: unknown; Comment?: unknown; Size?: unknown; ID?: unknown }
      const size = Number(entry.Size)
      if (!Number.isSafeInteger(size) || size < 0) throw new DockerError(`docker history printed a size that is not a byte count: ${String(entry.Size)}`)
      return {
        createdBy: typeof entry.CreatedBy === 'string' ? entry.CreatedBy : '',
        ...(typeof entry.Comment === 'string' && entry.Comment !== '' && { comment: entry.Comment }),
        size,
        ...(typeof entry.ID === 'string' && entry.ID.startsWith('sha256:') && { id: entry.ID })
      }
    })
    .reverse()
}

/**
 * How many layers the image had at each history entry the engine names an image for: the classic builder commits
 * one image per instruction and keeps it, BuildKit keeps none. An image whose layers are not where the built image's
 * begin is not its ancestor, and tells nothing. Intermediate images that cannot be read only cost the precision.
 */
export async function layerCounts(history: readonly HistoryLine[], image: InspectedImage, env?: Record<string, string>): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (image.id !== '') counts.set(image.id, image.layers.length)
  const ids = [...new Set(history.flatMap((h) => (h.id !== undefined && !counts.has(h.id) ? [h.id] : [])))]
  if (ids.length === 0) return counts
  const found = await inspect(ids, env).catch(() => [])
  for (const ancestor of found) {
    if (ancestor.id !== '' && ancestor.layers.every((layer, i) => image.layers[i] === layer)) counts.set(ancestor.id, ancestor.layers.length)
  }
  return counts
}

function parseJsonLine(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    throw new DockerError('docker history printed something other than JSON lines')
  }
}

export async function inspect(refs: readonly string[], env?: Record<string, string>): Promise<InspectedImage[]> {
  return parseInspectedImages(await docker(['image', 'inspect', ...refs], env))
}

async function docker(args: string[], env?: Record<string, string>): Promise<string> {
  const result = await Exec.run('docker', args, { env })
  if (result.startError !== undefined) throw new DockerError(result.startError)
  if (result.exitCode !== 0) throw new DockerError(`docker ${args[0]} failed: ${lastNonBlankLine(result.stderr) ?? `exit code ${result.exitCode}`}`)
  return result.stdout
}
