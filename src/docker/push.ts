import { Exec, lastNonBlankLine } from '../exec.js'
import { DockerError } from './inspect.js'

/**
 * Pushes the gated image under each tag and returns the registry's manifest digest. The image is named by its id,
 * which the gate saw, and tagged only now: whatever else was built meanwhile under the same names, the image that
 * ships is the image that was gated.
 */
export async function pushImage(imageId: string, tags: readonly string[], env?: Record<string, string>): Promise<string> {
  let digest: string | undefined
  for (const tag of tags) {
    await docker(['tag', imageId, tag], env)
    const pushed = parsePushDigest(await docker(['push', tag], env))
    if (pushed === undefined) throw new DockerError(`docker push ${tag} printed no digest, so it cannot be told what the registry received`)
    digest ??= pushed
  }
  if (digest === undefined) throw new DockerError('there is no tag to push the image as')
  return digest
}

/** `docker push` ends with `<tag>: digest: sha256:… size: N`, the manifest digest the registry stored. */
export function parsePushDigest(output: string): string | undefined {
  return [...output.matchAll(/\bdigest: (sha256:[0-9a-f]{64})\b/g)].at(-1)?.[1]
}

async function docker(args: string[], env?: Record<string, string>): Promise<string> {
  const result = await Exec.run('docker', args, { env })
  if (result.startError !== undefined) throw new DockerError(result.startError)
  if (result.exitCode !== 0) {
    throw new DockerError(`docker ${args.join(' ')} failed: ${lastNonBlankLine(result.stderr) ?? `exit code ${result.exitCode}`}`)
  }
  return result.stdout
}
