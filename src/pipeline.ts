// lint → build → scan → gate, the one engine behind the action and `container-gate check`.
import { homedir } from 'node:os'
import { resolve } from 'node:path'
import { attributeVulnerabilities } from './attribution/vulnerabilities.js'
import { scopedPolicy } from './baseline/index.js'
import type { Comparer } from './baseline/index.js'
import { buildImage, chooseBuilder, DockerError, detectDocker, inspectImage, NO_BUILD_INPUTS, parseBuildArgs, readImageFacts } from './docker/index.js'
import type { BuilderKind, BuildInputs } from './docker/index.js'
import { decide } from './gate.js'
import { hadolintActionLayer, lintGateFromConfig, lintModel, loadLintSettings, rules, safeParse, sortFindings } from './lint/index.js'
import { builtStage, missingTarget } from './lint/stages.js'
import type { DockerfileModel } from './lint/model.js'
import type { HadolintActionInputs, LintConfig, LintSettings, Profile } from './lint/index.js'
import { IMAGE_RULES } from './lint/rules/index.js'
import type { StepLog } from './log.js'
import { UsageError } from './options.js'
import { readTextFile } from './real-paths.js'
import { prepareScanner, scanWith } from './scanner.js'
import type { Scanner, ScannerSettings, ScannerSource } from './scanner.js'
import { shellcheckDockerfile } from './shellcheck/index.js'
import type { TrivyScanSettings } from './trivy/index.js'
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
  /** docker/build-push-action's inputs (the action); none in the CLI. */
  buildInputs?: BuildInputs
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
  /** trivy-action's `trivyignores`: more ignore files relative to the workspace, joined with `trivyignore`. */
  trivyignores?: readonly string[]
  /** trivy-action's scanners, skip-dirs, skip-files, pkg-types and vex (the action). */
  trivyScan?: TrivyScanSettings
  ignoreUnfixed: boolean
  /** trivy-timeout in milliseconds: each Trivy call that runs longer is stopped, and the scan fails. */
  trivyTimeoutMs: number
  /** build-timeout in milliseconds: a build that runs longer is stopped, and the build fails. */
  buildTimeoutMs: number
  /** Lint configuration file; empty searches where hadolint does, starting with .hadolint.yaml in the workspace. */
  config: string
  /** The lint profile; unset leaves it to the config file (`profile:`), else production. */
  profile?: Profile
  /** hadolint/hadolint-action's inputs (the action). */
  hadolint?: HadolintActionInputs
  policy: Policy
  /**
   * fail-on-lint was not given: the lint gate takes hadolint's failure-threshold or no-fail from the config file,
   * the environment or hadolint-action's inputs when one sets it, and policy.failOnLint otherwise.
   */
  failOnLintFromConfig?: boolean
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
  /** How the user turns the build and the scan off, where they run us: `build: false` in a workflow, `--no-build` in a shell. */
  switches: { build: string; scan: string }
  /** Compares the scanned run with a baseline before the gate decides (a pull request); absent: no comparison. */
  compare?: Comparer
  /** Where Trivy comes from: `sharedScanner()` when several Dockerfiles share one; prepared for this run alone otherwise. */
  scanner?: ScannerSource
}

export async function runPipeline(opts: PipelineOptions, log: StepLog): Promise<GateRun> {
  const dockerfilePath = resolve(opts.workspace, opts.dockerfile)
  const text = readDockerfile(dockerfilePath, opts.dockerfile)
  const settings = lintSettings(opts)
  const config = settings.config

  // Parsed once: the rules, ShellCheck and the image check (CG008) read the same model.
  const model = safeParse(text)
  const wrongTarget = missingTarget(model, opts.target)
  if (wrongTarget) throw new UsageError(`${opts.dockerfile}: ${wrongTarget}. Set target to one of them, or leave it empty to build the last stage.`)
  const linted = await log.step('lint', () => lintDockerfile(model, config, opts, log))
  // Before Trivy's DB download starts: a build setting the engine here cannot honour stops the run with nothing left running.
  const plan = opts.build ? await planBuild(opts) : undefined
  // Before the build, so that Trivy's DB downloads while the image builds.
  const prepare = opts.scanner ?? prepareScanner
  const scanner = opts.scan ? await log.step('prepare scan', () => prepare(scannerSettings(opts), log)) : undefined
  const build = await log.step('build', () => buildStep(opts, plan, dockerfilePath, text, log))
  const lint = build.facts ? withImageFacts(linted, model, config, opts.dockerfile, build.facts) : linted
  const scanned = await log.step('scan', () => scanStep(opts, build, scanner, log))
  // Not a step of its own: a rebuilt baseline runs the pipeline's steps again, and the runner's log groups do not nest.
  const compared = opts.compare ? await opts.compare({ model, lint, scan: scanned }, log) : undefined
  const findings = compared?.lint ?? lint
  const scan = compared?.scan ?? scanned
  // fail-scope new without a baseline fails closed: every finding is judged.
  const { policy, comparison } = scopedPolicy(lintPolicy(opts, settings), compared?.comparison)
  const verdict = decide(findings, build, scan, policy)
  return {
    dockerfile: opts.dockerfile,
    fromLine: builtStage(model, opts.target)?.from.line,
    lint: sortFindings(findings),
    build,
    scan,
    policy,
    verdict,
    context: opts.runContext,
    ...(comparison && { comparison })
  }
}

function readDockerfile(path: string, shown: string): string {
  const text = readTextFile(path)
  if (typeof text === 'string') return text
  throw new UsageError(`${shown}: cannot read the Dockerfile (${text.reason}). Check the dockerfile setting, relative to ${dirOf(path, shown)}.`)
}

function dirOf(path: string, shown: string): string {
  return path.slice(0, path.length - shown.length) || '.'
}

/** hadolint's layers: HADOLINT_* variables and hadolint-action's inputs, then the config file, then what the user set for this run. */
function lintSettings(opts: PipelineOptions): LintSettings {
  const catalog = rules.map((r) => r.meta)
  return loadLintSettings({
    cwd: opts.workspace,
    home: homedir(),
    env: process.env,
    configPath: opts.config || undefined,
    cli: { profile: opts.profile, target: opts.target },
    ...(opts.hadolint && { actionInputs: hadolintActionLayer(opts.hadolint, catalog) }),
    catalog
  })
}

/** The policy this run is gated by: fail-on-lint when given, else hadolint's own threshold when a source sets one. */
function lintPolicy(opts: PipelineOptions, settings: LintSettings): Policy {
  const fromConfig = opts.failOnLintFromConfig ? lintGateFromConfig(settings) : undefined
  return fromConfig === undefined ? opts.policy : { ...opts.policy, failOnLint: fromConfig }
}

async function lintDockerfile(model: DockerfileModel, config: LintSettings['config'], opts: PipelineOptions, log: StepLog): Promise<LintFinding[]> {
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
    ...(opts.trivyignores && { ignoreFiles: opts.trivyignores }),
    ...(opts.trivyScan && { scanSettings: opts.trivyScan }),
    ignoreUnfixed: opts.ignoreUnfixed,
    timeoutMs: opts.trivyTimeoutMs,
    scanSwitch: opts.switches.scan,
    workspace: opts.workspace,
    tempDir: opts.tempDir
  }
}

/** How the image will be built, or the outcome when it cannot be (no engine). Throws UsageError for settings it cannot honour. */
type BuildPlan = { builder: BuilderKind; buildArgs: [string, string][] } | { outcome: BuildOutcome }

async function planBuild(opts: PipelineOptions): Promise<BuildPlan> {
  const buildArgs = parseBuildArgs(opts.buildArgs)
  const docker = await detectDocker(undefined, opts.switches.build)
  if (!docker.available) return { outcome: { status: opts.missingTool === 'fail' ? 'failed' : 'skipped', reason: docker.reason } }
  return { builder: chooseBuilder(opts.buildInputs ?? NO_BUILD_INPUTS, { buildx: docker.buildx, clientVersion: docker.clientVersion }), buildArgs }
}

async function buildStep(opts: PipelineOptions, plan: BuildPlan | undefined, dockerfilePath: string, text: string, log: StepLog): Promise<BuildOutcome> {
  if (!plan) {
    if (!opts.scan) return { status: 'skipped', reason: 'build is off' }
    return existingImage(opts.image, text, log)
  }
  if ('outcome' in plan) return plan.outcome
  const { builder, buildArgs } = plan
  const inputs = opts.buildInputs ?? NO_BUILD_INPUTS
  const built = await log.tool(`docker ${builder === 'buildx' ? 'buildx build' : 'build'} ${opts.context}`, (onLine) =>
    buildImage(
      {
        dockerfile: dockerfilePath,
        dockerfileText: text,
        context: resolve(opts.workspace, opts.context),
        tag: opts.image,
        buildArgs,
        target: opts.target,
        buildx: builder === 'buildx',
        buildkit: builder === 'buildkit',
        inputs: { ...inputs, secretFiles: inputs.secretFiles.map(({ id, src }) => ({ id, src: resolve(opts.workspace, src) })) },
        tempDir: opts.tempDir,
        timeoutMs: opts.buildTimeoutMs
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
  // Without a build or a named image there is nothing to scan, whether or not the scan was turned off too.
  if (!scanner) return { status: 'skipped', reason: !opts.build && !opts.image ? 'there is no image to scan: the build is off and no image was named' : 'scan is off' }
  if (!scanner.ready) return { status: scanner.missing && opts.missingTool === 'skip' ? 'skipped' : 'failed', reason: scanner.reason }
  if (!build.imageId || !build.image) {
    // The background DB download still runs: wait for it rather than leave it behind.
    await scanner.db
    return { status: 'skipped', reason: build.status === 'failed' ? 'there is no image to scan: the build failed' : 'there is no image to scan: the build was skipped' }
  }
  const scan = await scanWith(scanner, build.image, log)
  return scan.report && build.facts ? { ...scan, report: attributeVulnerabilities(scan.report, build.facts) } : scan
}
