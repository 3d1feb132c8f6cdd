import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { goDuration } from '../duration.js'
import { Exec, lastNonBlankLine, timed } from '../exec.js'
import type { BuildOutcome } from '../types.js'
import { buildArgs } from './build-command.js'
import type { BuildCommandOptions } from './build-command.js'
import type { BuildInputs } from './build-inputs.js'
import { LOG_TAIL_LINES, parseBuildFailure } from './build-failure.js'
import { DockerError, inspectImage } from './inspect.js'
import { buildMetadata } from './metadata.js'
import { redactor, writeSecretFiles } from './secrets.js'

/** How long a build may run (input build-timeout): far longer than most builds, far shorter than a job's 6 hours. */
export const DEFAULT_BUILD_TIMEOUT = '1h'

export interface BuildImageOptions extends Omit<BuildCommandOptions, 'iidFile' | 'metadataFile' | 'flags'> {
  /** docker/build-push-action's inputs; `secretFiles` paths absolute. */
  inputs?: BuildInputs
  /** The Dockerfile's text, to map a failing step back to its line. */
  dockerfileText?: string
  /** RUNNER_TEMP in the action, os.tmpdir() in the CLI: the id file and the secrets are written and removed under it. */
  tempDir: string
  /** build-timeout: a build still running after this is stopped, with what it started, and fails. */
  timeoutMs?: number
  env?: Record<string, string>
}

export function buildImage(opts: BuildImageOptions, onLine?: (line: string) => void): Promise<BuildOutcome> {
  return timed(async () => ({ image: opts.tag, builder: opts.buildx ? 'buildx' : 'docker', ...(await build(opts, onLine)) }))
}

async function build(opts: BuildImageOptions, onLine?: (line: string) => void): Promise<BuildOutcome> {
  const missing = await missingSecretFile(opts.inputs)
  if (missing) return { status: 'failed', reason: missing }
  const dir = await mkdtemp(path.join(opts.tempDir, 'container-gate-build-'))
  try {
    const iidFile = path.join(dir, 'iid')
    const metadataFile = path.join(dir, 'metadata.json')
    const secrets = opts.inputs?.secrets ?? []
    const flags = opts.inputs && { ...opts.inputs, secretFiles: [...opts.inputs.secretFiles, ...(await writeSecretFiles(dir, secrets))] }
    // A RUN may print a secret; what is kept of the output goes to the summary and the results file.
    const redact = redactor(secrets)
    // Lines in arrival order: the classic builder splits steps (stdout) and errors (stderr) across streams.
    const output: string[] = []
    const result = await Exec.run('docker', buildArgs({ ...opts, iidFile, metadataFile, ...(flags && { flags }) }), {
      ...(opts.timeoutMs !== undefined && { timeoutMs: opts.timeoutMs }),
      // Without buildx, Docker 23+ clients refuse BuildKit ("the buildx component is missing"): ask for the
      // classic builder explicitly so `docker build` works on every engine that has no buildx plugin, and for
      // BuildKit only where the client has it built in (chooseBuilder).
      env: opts.buildx ? opts.env : { DOCKER_BUILDKIT: opts.buildkit ? '1' : '0', ...opts.env },
      onLine: (raw) => {
        const line = redact(raw)
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
    const metadata = buildMetadata(imageId, opts.tag, opts.buildx ? await readMetadataFile(metadataFile) : undefined)
    return { status: 'ok', imageId, imageSize: image.size, metadata }
  } catch (error) {
    if (error instanceof DockerError || isNodeError(error)) {
      return { status: 'failed', reason: `the build ran but its image could not be read: ${error.message}` }
    }
    throw error
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Checked before the build, so that the message names the input and the path rather than being BuildKit's. */
async function missingSecretFile(inputs: BuildInputs | undefined): Promise<string | undefined> {
  for (const { id, src } of inputs?.secretFiles ?? []) {
    const found = await stat(src).then((s) => s.isFile(), () => false)
    if (!found) return `input secret-files: ${id}=${src}: there is no file at ${src}. Fix the path (relative to the workspace), or create the file in an earlier step.`
  }
  return undefined
}

async function readMetadataFile(file: string): Promise<Record<string, unknown> | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    // buildx before 0.6 writes none; the metadata is then made from the image id alone.
    return undefined
  }
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>
  } catch {
    // fall through
  }
  throw new DockerError(`buildx wrote a metadata file that is not a JSON object (${file})`)
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error
}
