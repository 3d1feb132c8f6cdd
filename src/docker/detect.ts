import { Exec, lastNonBlankLine } from '../exec.js'

export type DockerStatus =
  | { available: true; buildx: boolean; version: string; clientVersion: string }
  | { available: false; reason: string }

/**
 * Whether builds can run here: the client on PATH, a daemon that answers, and whether buildx is installed.
 * `buildSwitch`: how the user turns the build off where they run us (`build: false` in a workflow).
 */
export async function detectDocker(env?: Record<string, string>, buildSwitch = 'build: false'): Promise<DockerStatus> {
  const server = await Exec.run('docker', ['version', '--format', '{{.Server.Version}} {{.Client.Version}}'], { env })
  if (server.startError !== undefined) return { available: false, reason: `docker is not on PATH: install Docker or pass ${buildSwitch}` }
  if (server.exitCode !== 0) {
    const why = lastNonBlankLine(server.stderr) ?? `docker version exited with code ${server.exitCode}`
    return { available: false, reason: `the Docker daemon is not running or not reachable (${why}): start it, or pass ${buildSwitch}` }
  }
  const [version = '', clientVersion = ''] = server.stdout.trim().split(' ')
  const buildx = await Exec.run('docker', ['buildx', 'version'], { env })
  return { available: true, buildx: buildx.exitCode === 0, version, clientVersion }
}
