import type { BaseImageConfig } from '../types.js'
import { inspect } from './image-facts.js'

/**
 * The user and ENV of each base image the engine already has, by the reference asked for. Nothing is pulled: an
 * image the engine lacks (or an engine that is not there) lands in `missing`, and the rules treat it as unknown.
 */
export async function readBaseConfigs(refs: readonly string[], env?: Record<string, string>): Promise<{ configs: Map<string, BaseImageConfig>; missing: string[] }> {
  const configs = new Map<string, BaseImageConfig>()
  const missing: string[] = []
  // One image per call: `docker image inspect a b` fails as a whole when one of them is missing.
  for (const ref of refs) {
    const [image] = await inspect([ref], env).catch(() => [])
    if (image) configs.set(ref, { user: image.user, env: image.env })
    else missing.push(ref)
  }
  return { configs, missing }
}
