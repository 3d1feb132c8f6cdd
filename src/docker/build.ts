import { mkdtemp, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { goDuration } from '../duration.js'
import { Exec, lastNonBlankLine, timed } from '../exec.js'
import type { BuildOutcome } from '../types.js'
import { buildArgs } from './build-command.js'
import type { BuildCommandOptions } from './build-command.js'
import { LOG_TAIL_LINES, parseBuildFailure } from './build-failure.js'
import { DockerError, inspectImage } from './inspect.js'

/** How long a build may run (input build-timeout): far longer than most builds, far shorter than a job's 6 hours. */
export const DEFAULT_BUILD_TIMEOUT = '1h'

export interface BuildImageOptions extends Omit<BuildCommandOptions, 'iidFile'> {
  /** The Dockerfile's text, to map a failing step back to its line. */
  dockerfileText?: string
  /** RUNNER_TEMP in the action, os.tmpdir() in the CLI: the id file is written and removed under it. */
  tempDir: string
  /** build-timeout: a build still running after this is stopped, with what it started, and fails. */
  timeoutMs?: number
  env?: Record<string, string>
}

export function buildImage(opts: BuildImageOptions, onLine?: (line: string) => void): Promise<BuildOutcome> {
  return timed(async () => ({ image: opts.tag, builder: opts.buildx ? 'buildx' : 'docker', ...(await build(opts, onLine)) }))
}

async function build(opts: BuildImageOptions, onLine?: (line: string) => void): Promise<BuildOutcome> {
  const dir = await mkdtemp(path.join(opts.tempDir, 'container-gate-build-'))
  try {
    const iidFile = path.join(dir, 'iid')
    // Lines in arrival order: the classic builder splits steps (stdout) and errors (stderr) across streams.
    const output: string[] = []
    const result = await Exec.run('docker', buildArgs({ ...opts, iidFile }), {
      ...(opts.timeoutMs !== undefined && { timeoutMs: opts.timeoutMs }),
      // Without buildx, Docker 23+ clients refuse BuildKit ("the buildx component is missing"): ask for the
      // classic builder explicitly so `docker build` works on every engine that has no buildx plugin.
      env: opts.buildx ? opts.env : { DOCKER_BUILDKIT: '0', ...opts.env },
      onLine: (line) => {
        output.push(line)
        onLine?.(line)
      }
    })
    if (result.startError !== undefined) return { status: 'failed', reason: result.startError }
    if (result.timedOut) {
      const last = lastNonBlankLine(output.join('\n'))
      return {
        status: 'failed',
        reason: `the build did not finish within ${goDuration(opts.timeoutMs ?? 0)}, so it was stopped (${last === undefined ? 'it printed nothing' : `its last output: ${last}`}). Raise build-timeout, or look for the step that waits`,
        logTail: output.slice(-LOG_TAIL_LINES).join('\n')
      }
    }
    if (result.exitCode !== 0) return { status: 'failed', ...parseBuildFailure(output.join('\n'), opts.dockerfileText) }

    const imageId = (await readFile(iidFile, 'utf8')).trim()
    const image = await inspectImage(imageId, opts.env)
    return { status: 'ok', imageId, imageSize: image.size }
  } catch (error) {
    if (error instanceof DockerError || isNodeError(error)) {
      return { status: 'failed', reason: `the build ran but its image could not be read: ${error.message}` }
    }
    throw error
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error
}
