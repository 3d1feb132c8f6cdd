// lint → build → scan → gate, the one engine behind the action and `container-gate check`.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { buildImage, detectDocker, inspectImage, parseBuildArgs } from './docker/index.js'
import { decide } from './gate.js'
import { finalFromLine, findLintConfig, lintText, loadLintConfig } from './lint/index.js'
import type { StepLog } from './log.js'
import { UsageError } from './options.js'
import { findTrivy, missingTrivyReason, scanImage } from './trivy/index.js'
import type { BuildOutcome, GateRun, LintFinding, Policy, RunContext, ScanOutcome } from './types.js'

/** What the user chose, from the action's inputs or the CLI's flags. */
export interface GateSettings {
  /** Relative to the workspace: the path the reports show and link to. */
  dockerfile: string
  context: string
  /** Tag for the built image, or the image to scan when `build` is off. */
  image: string
  build: boolean
  /** One `KEY=VALUE` per line. */
  buildArgs: string
  target: string
  scan: boolean
  trivyVersion: string
  /** Lint configuration file; empty looks for .hadolint.yaml / .hadolint.yml in the workspace. */
  config: string
  policy: Policy
}

export interface PipelineOptions extends GateSettings {
  /** The folder the settings' paths are relative to. */
  workspace: string
  tempDir: string
  runContext: RunContext
  /**
   * What a missing Docker engine or Trivy means. In the action the user asked for a build and a scan, so a
   * missing tool fails the gate; on a laptop the CLI says what it skipped and still lints.
   */
  missingTool: 'fail' | 'skip'
}

export async function runPipeline(opts: PipelineOptions, log: StepLog): Promise<GateRun> {
  const dockerfilePath = resolve(opts.workspace, opts.dockerfile)
  const text = await readDockerfile(dockerfilePath, opts.dockerfile)

  const lint = await log.step('lint', async () => lintDockerfile(text, opts))
  const build = await log.step('build', () => buildStep(opts, dockerfilePath, text, log))
  const scan = await log.step('scan', () => scanStep(opts, build, log))
  const verdict = decide(lint, build, scan, opts.policy)
  return { dockerfile: opts.dockerfile, fromLine: finalFromLine(text), lint, build, scan, policy: opts.policy, verdict, context: opts.runContext }
}

async function readDockerfile(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'is a directory' : (e as Error).message
    throw new UsageError(`${shown}: cannot read the Dockerfile (${why}). Check the dockerfile setting, relative to ${dirOf(path, shown)}.`)
  }
}

function dirOf(path: string, shown: string): string {
  return path.slice(0, path.length - shown.length) || '.'
}

function lintDockerfile(text: string, opts: PipelineOptions): LintFinding[] {
  const configPath = opts.config ? resolve(opts.workspace, opts.config) : findLintConfig(opts.workspace)
  const config = loadLintConfig(configPath)
  return lintText(text, opts.dockerfile, config)
}

async function buildStep(opts: PipelineOptions, dockerfilePath: string, text: string, log: StepLog): Promise<BuildOutcome> {
  if (!opts.build) {
    if (!opts.scan) return { status: 'skipped', reason: 'build is off' }
    return existingImage(opts.image)
  }
  const buildArgs = parseBuildArgs(opts.buildArgs)
  const docker = await detectDocker()
  if (!docker.available) return { status: opts.missingTool === 'fail' ? 'failed' : 'skipped', reason: docker.reason }
  return log.tool(`docker ${docker.buildx ? 'buildx build' : 'build'} ${opts.context}`, (onLine) =>
    buildImage(
      {
        dockerfile: dockerfilePath,
        dockerfileText: text,
        context: resolve(opts.workspace, opts.context),
        tag: opts.image,
        buildArgs,
        target: opts.target,
        buildx: docker.buildx,
        tempDir: opts.tempDir
      },
      onLine
    )
  )
}

async function existingImage(image: string): Promise<BuildOutcome> {
  try {
    const found = await inspectImage(image)
    return { status: 'skipped', reason: 'build is off; scanning the given image', image, imageId: found.id, imageSize: found.size }
  } catch (e) {
    return { status: 'failed', reason: (e as Error).message, image }
  }
}

async function scanStep(opts: PipelineOptions, build: BuildOutcome, log: StepLog): Promise<ScanOutcome> {
  if (!opts.scan) return { status: 'skipped', reason: 'scan is off' }
  if (!build.imageId || !build.image) {
    return { status: 'skipped', reason: build.status === 'failed' ? 'there is no image to scan: the build failed' : 'there is no image to scan: the build was skipped' }
  }
  const trivy = await findTrivy()
  if (!trivy) {
    return { status: opts.missingTool === 'fail' ? 'failed' : 'skipped', reason: missingTrivyReason(opts.trivyVersion) }
  }
  const image = build.image
  return log.tool(`trivy image ${image}`, (onLine) =>
    scanImage({ trivy, image, trivyVersion: opts.trivyVersion, tempDir: opts.tempDir }, onLine)
  )
}
