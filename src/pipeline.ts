// lint → build → scan → gate, the one engine behind the action and `container-gate check`.
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { resolve } from 'node:path'
import { attributeVulnerabilities } from './attribution/vulnerabilities.js'
import type { Comparer } from './baseline/index.js'
import { buildImage, DockerError, detectDocker, inspectImage, parseBuildArgs, readImageFacts } from './docker/index.js'
import { decide } from './gate.js'
import { lintModel, loadLintSettings, rules, safeParse, sortFindings } from './lint/index.js'
import { builtStage, missingTarget } from './lint/stages.js'
import type { DockerfileModel } from './lint/model.js'
import type { LintConfig, Profile } from './lint/index.js'
import { IMAGE_RULES } from './lint/rules/index.js'
import type { StepLog } from './log.js'
import { UsageError } from './options.js'
import { prepareScanner, scanWith } from './scanner.js'
import type { Scanner, ScannerSettings, ScannerSource } from './scanner.js'
import { shellcheckDockerfile } from './shellcheck/index.js'
import type { BuildOutcome, GateRun, ImageFacts, LintFinding, Policy, RunContext, ScanOutcome } from './types.js'

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
  /** SHA-256 of the Trivy archive, for a version the shipped checksum table does not know. */
  trivyChecksum?: string
  /** Where Trivy releases are downloaded from (a mirror); GitHub's releases when empty. */
  trivyDownloadUrl?: string
  /** Trivy DB mirrors, tried in order. */
  dbRepositories: readonly string[]
  javaDbRepositories: readonly string[]
  /** Restore and save Trivy's DB with the Actions cache. */
  cacheDb: boolean
  /** A Trivy ignore file relative to the workspace; empty uses .trivyignore or .trivyignore.yaml when present. */
  trivyignore: string
  ignoreUnfixed: boolean
  /** trivy-timeout in milliseconds: each Trivy call that runs longer is stopped, and the scan fails. */
  trivyTimeoutMs: number
  /** Lint configuration file; empty searches where hadolint does, starting with .hadolint.yaml in the workspace. */
  config: string
  /** The lint profile; unset leaves it to the config file (`profile:`), else production. */
  profile?: Profile
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
  /** Compares the scanned run with a baseline before the gate decides (a pull request); absent: no comparison. */
  compare?: Comparer
  /** Where Trivy comes from: `sharedScanner()` when several Dockerfiles share one; prepared for this run alone otherwise. */
  scanner?: ScannerSource
}

export async function runPipeline(opts: PipelineOptions, log: StepLog): Promise<GateRun> {
  const dockerfilePath = resolve(opts.workspace, opts.dockerfile)
  const text = await readDockerfile(dockerfilePath, opts.dockerfile)
  const config = lintConfig(opts)

  // Parsed once: the rules, ShellCheck and the image check (CG008) read the same model.
  const model = safeParse(text)
  const wrongTarget = missingTarget(model, opts.target)
  if (wrongTarget) throw new UsageError(`${opts.dockerfile}: ${wrongTarget}. Set target to one of them, or leave it empty to build the last stage.`)
  const linted = await log.step('lint', () => lintDockerfile(model, config, opts, log))
  // Before the build, so that Trivy's DB downloads while the image builds.
  const prepare = opts.scanner ?? prepareScanner
  const scanner = opts.scan ? await log.step('prepare scan', () => prepare(scannerSettings(opts), log)) : undefined
  const build = await log.step('build', () => buildStep(opts, dockerfilePath, text, log))
  const lint = build.facts ? withImageFacts(linted, model, config, opts.dockerfile, build.facts) : linted
  const scanned = await log.step('scan', () => scanStep(opts, build, scanner, log))
  // Not a step of its own: a rebuilt baseline runs the pipeline's steps again, and the runner's log groups do not nest.
  const compared = opts.compare ? await opts.compare({ model, lint, scan: scanned }, log) : undefined
  const findings = compared?.lint ?? lint
  const scan = compared?.scan ?? scanned
  const verdict = decide(findings, build, scan, opts.policy)
  return {
    dockerfile: opts.dockerfile,
    fromLine: builtStage(model, opts.target)?.from.line,
    lint: sortFindings(findings),
    build,
    scan,
    policy: opts.policy,
    verdict,
    context: opts.runContext,
    ...(compared && { comparison: compared.comparison })
  }
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

/** hadolint's layers: HADOLINT_* variables, then the config file, then what the user set for this run. */
function lintConfig(opts: PipelineOptions): LintConfig {
  return loadLintSettings({
    cwd: opts.workspace,
    home: homedir(),
    env: process.env,
    configPath: opts.config || undefined,
    cli: { profile: opts.profile, target: opts.target },
    catalog: rules.map((r) => r.meta)
  }).config
}

async function lintDockerfile(model: DockerfileModel, config: LintConfig, opts: PipelineOptions, log: StepLog): Promise<LintFinding[]> {
  // ShellCheck's findings pass through the same config and pragmas as the rules' (hadolint's SC codes).
  const shellcheck = await shellcheckDockerfile(model, { tempDir: opts.tempDir })
  for (const note of [shellcheck.skipped, shellcheck.tooLarge]) if (note) log.warn(note)
  return lintModel(rules, model, opts.dockerfile, config, shellcheck.hits)
}

/**
 * The rules that read what was built, run again with the image's config: its facts replace their guesses from the
 * Dockerfile (CG001's user, the variables only the base image could define), so their earlier findings are dropped.
 */
function withImageFacts(linted: readonly LintFinding[], model: DockerfileModel, config: LintConfig, file: string, image: ImageFacts): LintFinding[] {
  const codes = new Set(IMAGE_RULES.map((r) => r.meta.code))
  const bases = image.base?.config ? new Map([[image.base.image, image.base.config]]) : undefined
  return [...linted.filter((f) => !codes.has(f.code)), ...lintModel(IMAGE_RULES, model, file, config, [], { image, ...(bases && { bases }) })]
}

function scannerSettings(opts: PipelineOptions): ScannerSettings {
  return {
    trivyVersion: opts.trivyVersion,
    ...(opts.missingTool === 'fail' && { install: { checksum: opts.trivyChecksum, downloadUrl: opts.trivyDownloadUrl } }),
    cacheDb: opts.cacheDb,
    dbRepositories: opts.dbRepositories,
    javaDbRepositories: opts.javaDbRepositories,
    ignoreFile: opts.trivyignore,
    ignoreUnfixed: opts.ignoreUnfixed,
    timeoutMs: opts.trivyTimeoutMs,
    workspace: opts.workspace,
    tempDir: opts.tempDir
  }
}

async function buildStep(opts: PipelineOptions, dockerfilePath: string, text: string, log: StepLog): Promise<BuildOutcome> {
  if (!opts.build) {
    if (!opts.scan) return { status: 'skipped', reason: 'build is off' }
    return existingImage(opts.image, text, log)
  }
  const buildArgs = parseBuildArgs(opts.buildArgs)
  const docker = await detectDocker()
  if (!docker.available) return { status: opts.missingTool === 'fail' ? 'failed' : 'skipped', reason: docker.reason }
  const built = await log.tool(`docker ${docker.buildx ? 'buildx build' : 'build'} ${opts.context}`, (onLine) =>
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
  return built.status === 'ok' && built.imageId ? withFacts(built, built.imageId, text, opts.target, log) : built
}

/** The image's facts (size per instruction, user, healthcheck, ports): reports only, so a failure is a warning. */
async function withFacts(outcome: BuildOutcome, image: string, text: string, target: string, log: StepLog): Promise<BuildOutcome> {
  try {
    return { ...outcome, facts: await readImageFacts({ image, dockerfileText: text, ...(target && { target }) }) }
  } catch (e) {
    if (!(e instanceof DockerError)) throw e
    log.warn(`Could not read the image's history and config: ${e.message}`)
    return outcome
  }
}

async function existingImage(image: string, text: string, log: StepLog): Promise<BuildOutcome> {
  try {
    const found = await inspectImage(image)
    const outcome: BuildOutcome = { status: 'skipped', reason: 'build is off; scanning the given image', image, imageId: found.id, imageSize: found.size }
    return withFacts(outcome, image, text, '', log)
  } catch (e) {
    return { status: 'failed', reason: (e as Error).message, image }
  }
}

async function scanStep(opts: PipelineOptions, build: BuildOutcome, scanner: Scanner | undefined, log: StepLog): Promise<ScanOutcome> {
  if (!scanner) return { status: 'skipped', reason: 'scan is off' }
  if (!scanner.ready) return { status: scanner.missing && opts.missingTool === 'skip' ? 'skipped' : 'failed', reason: scanner.reason }
  if (!build.imageId || !build.image) {
    // The background DB download still runs: wait for it rather than leave it behind.
    await scanner.db
    return { status: 'skipped', reason: build.status === 'failed' ? 'there is no image to scan: the build failed' : 'there is no image to scan: the build was skipped' }
  }
  const scan = await scanWith(scanner, build.image, log)
  return scan.report && build.facts ? { ...scan, report: attributeVulnerabilities(scan.report, build.facts) } : scan
}
