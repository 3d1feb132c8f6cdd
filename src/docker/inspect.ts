import { Exec, lastNonBlankLine } from '../exec.js'

export interface ImageInfo {
  id: string
  /** Bytes. */
  size: number
  tags: string[]
}

/** The image cannot be inspected; the message says what to do. */
export class DockerError extends Error {
  override name = 'DockerError'
}

/** Reads `docker image inspect` output: a JSON array with one object per image asked for. */
export function parseImageInspect(text: string): ImageInfo {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new DockerError('docker image inspect printed something other than JSON')
  }
  const image: unknown = Array.isArray(parsed) ? parsed[0] : undefined
  if (typeof image !== 'object' || image === null) throw new DockerError('docker image inspect printed no image')
  const { Id, Size, RepoTags } = image as { Id?: unknown; Size?: unknown; RepoTags?: unknown }
  if (typeof Id !== 'string' || typeof Size !== 'number') throw new DockerError('docker image inspect printed no image id or size')
  return { id: Id, size: Size, tags: Array.isArray(RepoTags) ? RepoTags.filter((t): t is string => typeof t === 'string') : [] }
}

export async function inspectImage(ref: string, env?: Record<string, string>): Promise<ImageInfo> {
  const result = await Exec.run('docker', ['image', 'inspect', ref], { env })
  if (result.startError !== undefined) throw new DockerError('docker is not on PATH: install Docker to scan a local image')
  if (result.exitCode !== 0) {
    const why = lastNonBlankLine(result.stderr) ?? `docker image inspect exited with code ${result.exitCode}`
    if (/no such image/i.test(why)) throw new DockerError(`image not found: ${ref}: build it first or set build: true`)
    throw new DockerError(`cannot inspect image ${ref}: ${why}`)
  }
  return parseImageInspect(result.stdout)
}
