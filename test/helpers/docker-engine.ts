import { fileURLToPath } from 'node:url'
import { Exec, findExecutable, lastNonBlankLine } from '../../src/exec.js'

export type DockerEngine = { ok: true; baseImage: string } | { ok: false; reason: string }

const script = fileURLToPath(new URL('../../.ci/docker.sh', import.meta.url))
let engine: Promise<DockerEngine> | undefined

/**
 * A running Docker engine with the busybox base image imported, starting and importing them through
 * .ci/docker.sh when this process may (root, dockerd installed). Resolved once per test file.
 */
export function dockerEngine(): Promise<DockerEngine> {
  engine ??= prepare()
  return engine
}

async function prepare(): Promise<DockerEngine> {
  const info = await Exec.run('docker', ['info'])
  if (info.startError !== undefined) return { ok: false, reason: 'docker is not on PATH (apt-get install docker.io busybox-static)' }
  const steps = ['make_base_image']
  if (info.exitCode !== 0) {
    const why = lastNonBlankLine(info.stderr) ?? 'docker info failed'
    if (process.getuid?.() !== 0) return { ok: false, reason: `the Docker daemon is not running (${why}), and only root can start it here (sudo dockerd)` }
    if ((await findExecutable('dockerd')) === undefined) return { ok: false, reason: `the Docker daemon is not running (${why}), and dockerd is not installed (apt-get install docker.io busybox-static)` }
    steps.unshift('start_dockerd')
  }
  const run = await Exec.run('bash', [script, ...steps])
  if (run.exitCode !== 0) return { ok: false, reason: `bash .ci/docker.sh ${steps.join(' ')} failed:\n${run.stderr || run.stdout}` }
  const baseImage = lastNonBlankLine(run.stdout)
  return baseImage ? { ok: true, baseImage } : { ok: false, reason: 'bash .ci/docker.sh make_base_image printed no image name' }
}
