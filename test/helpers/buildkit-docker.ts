// A Docker client that can build with BuildKit: the one on PATH when buildx is installed, else a client older than 23
// (Debian's docker.io), which runs BuildKit itself with DOCKER_BUILDKIT=1. Newer clients without buildx cannot.
import path from 'node:path'
import { Exec, findExecutable } from '../../src/exec.js'

/** `path`: the folders to put first on PATH (none when the docker already there will do). */
export type BuildkitDocker = { ok: true; buildx: boolean; path: string[] } | { ok: false; reason: string }

/** Where such a client is, or why there is none. */
export async function buildkitDocker(): Promise<BuildkitDocker> {
  if ((await Exec.run('docker', ['buildx', 'version'])).exitCode === 0) return { ok: true, buildx: true, path: [] }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter((d) => d !== '')) {
    const client = await findExecutable('docker', dir)
    if (client === undefined) continue
    const version = await Exec.run(client, ['version', '--format', '{{.Client.Version}}'])
    const major = Number(/^(\d+)\./.exec(version.stdout.trim())?.[1])
    if (Number.isInteger(major) && major < 23) return { ok: true, buildx: false, path: [dir] }
  }
  return { ok: false, reason: 'no docker client here builds with BuildKit: install buildx, or Debian\'s docker.io (a client before 23)' }
}
