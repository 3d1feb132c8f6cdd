import { DockerError } from './inspect.js'

/** What `docker image inspect` tells about one image: its size, its layers, and the config it runs with. */
export interface InspectedImage {
  id: string
  /** Bytes. */
  size: number
  /** `RootFS.Layers`: the DiffIDs, oldest first. */
  layers: string[]
  repoDigests: string[]
  /** `Config.User`; empty means root. */
  user: string
  /** `Config.Healthcheck.Test`: `["CMD-SHELL", "…"]`, `["CMD", …]` or `["NONE"]`. */
  healthcheck?: string[]
  /** `Config.ExposedPorts`, sorted. */
  exposedPorts: string[]
  /** `Config.Env`, name → value. */
  env: Record<string, string>
}

type Json = Record<string, unknown>

/** `docker image inspect a b …`: a JSON array with one object per image, in the order asked. */
export function parseInspectedImages(text: string): InspectedImage[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new DockerError('docker image inspect printed something other than JSON')
  }
  if (!Array.isArray(parsed)) throw new DockerError('docker image inspect printed no list of images')
  return parsed.map((image) => {
    if (!isObject(image) || typeof image.Size !== 'number') throw new DockerError('docker image inspect printed no image size')
    const config = isObject(image.Config) ? image.Config : {}
    const rootfs = isObject(image.RootFS) ? image.RootFS : {}
    const healthcheck = isObject(config.Healthcheck) ? strings(config.Healthcheck.Test) : []
    return {
      id: typeof image.Id === 'string' ? image.Id : '',
      size: image.Size,
      layers: strings(rootfs.Layers),
      repoDigests: strings(image.RepoDigests),
      user: typeof config.User === 'string' ? config.User : '',
      ...(healthcheck.length > 0 && { healthcheck }),
      exposedPorts: isObject(config.ExposedPorts) ? Object.keys(config.ExposedPorts).sort() : [],
      env: environment(strings(config.Env))
    }
  })
}

/** `NAME=value` entries; an entry without `=` defines the name as empty, as Docker reads it. */
function environment(entries: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {}
  for (const entry of entries) {
    const eq = entry.indexOf('=')
    env[eq === -1 ? entry : entry.slice(0, eq)] = eq === -1 ? '' : entry.slice(eq + 1)
  }
  return env
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
