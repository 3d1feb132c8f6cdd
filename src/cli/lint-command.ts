// `container-gate lint`: hadolint's command line over our engine, for many files at once.

import { availableParallelism, homedir } from 'node:os'
import { join } from 'node:path'
import {
  FAILURE_THRESHOLDS, failsThreshold, formatFindings, LABEL_TYPES, LintConfigError, loadLintSettings, OUTPUT_FORMATS,
  parseLabelRequirement, PROFILES, resolveCodes, rules
} from '../lint/index.js'
import type { ConfigLayer, OutputFormat } from '../lint/index.js'
import { externalBase } from '../lint/stages.js'
import { parseChoice, UsageError } from '../options.js'
import { describeFsError } from '../real-paths.js'
import { LINT_LEVELS } from '../types.js'
import type { BaseImageConfig } from '../types.js'
import { TOOL_VERSION } from '../version.js'
import { parseCliArgs } from './io.js'
import type { CliIo } from './io.js'
import { lintFiles } from './lint-files.js'
import type { BaseConfigReader, FileOutcome, LintSource } from './lint-files.js'
import { lintInParallel, planThreads } from './lint-pool.js'
import { openShellcheckResults } from './shellcheck-results.js'

export type LintCommandIo = Pick<CliIo, 'stdout' | 'stderr' | 'readStdin' | 'cwd' | 'color' | 'startLintWorker' | 'cacheDir' | 'tuneForLint'>

/** What hadolint reads from the user's session: HADOLINT_* variables and the home directory's config files. */
export interface LintHost {
  env: Readonly<Record<string, string | undefined>>
  home: string
}

export const LINT_USAGE = `Usage: container-gate lint [options] DOCKERFILE...

Lint Dockerfiles with hadolint's rules, options, .hadolint.yaml and pragmas; - reads stdin.
Exit status: 0 below the failure threshold, 1 at or above it, 2 for a usage error or an unreadable file.

Options (repeatable ones take one value per use):
  -c, --config FILE              configuration (default: hadolint's search, from ./.hadolint.yaml)
  -f, --format FORMAT            ${OUTPUT_FORMATS.join(', ')} (repeatable)
  -t, --failure-threshold LEVEL  ${FAILURE_THRESHOLDS.join(', ')}
                                 (default: warning; info, as in hadolint, with the hadolint profile)
      --no-fail                  always exit 0 once the files are linted
      --ignore CODE              never report CODE (repeatable)
      --error/--warning/--info/--style CODE
                                 report CODE at that level (repeatable)
      --trusted-registry REG     allow FROM images only from REG (repeatable; turns on DL3026)
      --require-label NAME:TYPE  require a label of a type: ${LABEL_TYPES.join(', ')} (repeatable)
      --strict-labels            report labels that are not required
      --disable-ignore-pragma    comments in the Dockerfile cannot silence findings
      --profile PROFILE          ${PROFILES.join(', ')} (default: production; hadolint when a hadolint config file is in use;
                                 hadolint runs hadolint's rules only)
      --target STAGE             the stage that is built (docker build --target); the final-image rules judge it
      --docker                   read the base images' user and ENV from the local Docker engine (nothing is pulled;
                                 lints on one thread)
      --file-path-in-report PATH the file name checkstyle and codeclimate reports show
      --no-color                 no colours in tty output
      --jobs N                   lint on N threads (default: one per core but one, for five hundred files each)
      --no-shellcheck-cache      check every script with ShellCheck again: by default, the findings of scripts it
                                 checked before (same script, same shellcheck binary) are kept in the cache folder
                                 ($XDG_CACHE_HOME/container-gate, else the temp folder) and reused
  -V, --verbose                  say which configuration file is used
`

const defaultHost = (): LintHost => ({ env: process.env, home: homedir() })

/**
 * hadolint's exit code: 0 below the failure threshold, with --no-fail, or when a codeclimate stream is written
 * (its consumer decides); 1 at or above the threshold; 2 for usage errors or unreadable files.
 */
export async function runLintCommand(args: string[], io: LintCommandIo, host: LintHost = defaultHost()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(LINT_USAGE)
    return 0
  }
  let options: ReturnType<typeof readOptions>
  try {
    options = readOptions(args, io.cwd, host)
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof LintConfigError)) throw error
    io.stderr(`container-gate lint: ${error.message}\n`)
    return 2
  }
  const { settings, files } = options
  if (settings.verbose) {
    io.stderr(settings.configFile === undefined ? 'No configuration was specified. Using default configuration\n' : `Configuration file used: ${settings.configFile}\n`)
  }
  const sources = await readStdinOnce(files, io)
  // --docker asks the engine from this thread, so the files are linted here too.
  const plan = options.docker ? planThreads(sources.length, 1, 1) : planThreads(sources.length, options.jobs, availableParallelism())
  const shellcheckResults = io.cacheDir === undefined || options.noShellcheckCache ? undefined : openShellcheckResults(join(io.cacheDir, 'shellcheck'))
  const restoreCompilers = io.tuneForLint?.(Math.ceil(sources.length / (plan.workers + 1)))
  try {
    const outcomes =
      plan.workers === 0 || !io.startLintWorker
        ? await lintFiles(sources, settings.config, io.cwd, { readBases: options.docker ? baseConfigReader(io) : undefined, shellcheckResults })
        : await lintInParallel(sources, { config: settings.config, cwd: io.cwd, shellcheckResults }, plan, io.startLintWorker)
    shellcheckResults?.save()
    return await report(outcomes, options, io)
  } finally {
    // Once the output is written too: its loops over thousands of findings would otherwise be compiled again, by the
    // optimizing compilers, just before the run ends (a 463-file lint: 3.6% less CPU, 60 fewer memory pages).
    restoreCompilers?.()
  }
}

/** What the outcomes say on stderr, the findings in each format asked for, and hadolint's exit code. */
async function report(outcomes: readonly FileOutcome[], { settings, filePathInReport }: ReturnType<typeof readOptions>, io: LintCommandIo): Promise<number> {
  let shellcheckSkipped = false
  for (const { file, unreadable, shellcheckSkipped: skipped, tooLarge } of outcomes) {
    if (unreadable !== undefined) io.stderr(`container-gate lint: ${file}: ${unreadable}\n`)
    // One note for the run, not one per file: the reason is the same for every file.
    if (skipped !== undefined && !shellcheckSkipped) io.stderr(`container-gate lint: ${skipped}\n`)
    shellcheckSkipped ||= skipped !== undefined
    if (tooLarge !== undefined) io.stderr(`container-gate lint: ${file}: ${tooLarge}\n`)
  }
  const results = outcomes.filter((o) => o.unreadable === undefined)
  const color = io.color && !settings.noColor
  for (const format of settings.formats) {
    for (const piece of await render(results, format, { color, filePathInReport, cwd: io.cwd })) io.stdout(piece)
  }
  if (results.length < outcomes.length) return 2
  if (settings.config.noFail || settings.formats.includes('codeclimate')) return 0
  return failsThreshold(results.flatMap((r) => r.findings), settings.config.failureThreshold) ? 1 : 0
}

function readOptions(args: string[], cwd: string, host: LintHost) {
  const { values, positionals } = parseCliArgs(
    args,
    {
      format: { type: 'string', short: 'f', multiple: true },
      config: { type: 'string', short: 'c' },
      'failure-threshold': { type: 'string', short: 't' },
      'no-fail': { type: 'boolean' },
      'no-color': { type: 'boolean' },
      verbose: { type: 'boolean', short: 'V' },
      ignore: { type: 'string', multiple: true },
      error: { type: 'string', multiple: true },
      warning: { type: 'string', multiple: true },
      info: { type: 'string', multiple: true },
      style: { type: 'string', multiple: true },
      'trusted-registry': { type: 'string', multiple: true },
      'require-label': { type: 'string', multiple: true },
      'strict-labels': { type: 'boolean' },
      'disable-ignore-pragma': { type: 'boolean' },
      profile: { type: 'string' },
      target: { type: 'string' },
      docker: { type: 'boolean' },
      'file-path-in-report': { type: 'string' },
      jobs: { type: 'string' },
      'no-shellcheck-cache': { type: 'boolean' }
    },
    'lint'
  )
  if (positionals.length === 0) throw new UsageError('give at least one Dockerfile to lint, or - to read one from stdin')
  const catalog = rules.map((r) => r.meta)
  const codes = (flag: 'ignore' | 'error' | 'warning' | 'info' | 'style'): string[] | undefined => {
    const given = values[flag]
    return given && resolveCodes(given, `--${flag}`, catalog)
  }
  const [error, warning, info, style] = LINT_LEVELS.map((level) => codes(level))
  const threshold = values['failure-threshold']
  const labels = values['require-label']
  // Only what was given: an absent flag must leave the file's and the environment's value in place.
  const cli: ConfigLayer = {
    ignored: codes('ignore'),
    override: { error, warning, info, style },
    trustedRegistries: values['trusted-registry'],
    labelSchema: labels && Object.fromEntries(labels.map((l) => parseLabelRequirement(l, '--require-label'))),
    strictLabels: values['strict-labels'],
    failureThreshold: threshold === undefined ? undefined : parseChoice('--failure-threshold', threshold, FAILURE_THRESHOLDS),
    noFail: values['no-fail'],
    disableIgnorePragma: values['disable-ignore-pragma'],
    profile: values.profile === undefined ? undefined : parseChoice('--profile', values.profile, PROFILES),
    target: values.target,
    formats: values.format?.map((f) => parseChoice('--format', f, OUTPUT_FORMATS)),
    noColor: values['no-color'],
    verbose: values.verbose
  }
  // Where a hadolint config is in use, lint is a drop-in for hadolint: its rules and its exit status, unless asked otherwise.
  const settings = loadLintSettings({ cwd, home: host.home, env: host.env, configPath: values.config, cli, catalog, withConfigFile: { profile: 'hadolint' } })
  const jobs = values.jobs === undefined ? undefined : parseJobs(values.jobs)
  return {
    settings,
    files: positionals,
    filePathInReport: values['file-path-in-report'],
    jobs,
    docker: values.docker ?? false,
    noShellcheckCache: values['no-shellcheck-cache'] ?? false
  }
}

/**
 * For --docker: the configs of the images a group's models build on, from the local engine, each image asked for
 * once per run.
 */
function baseConfigReader(io: LintCommandIo): BaseConfigReader {
  const configs = new Map<string, BaseImageConfig>()
  const asked = new Set<string>()
  return async (models) => {
    const refs = models.flatMap((m) => m.stages.map((s) => externalBase(m, s).image).filter((i) => !i.unresolved && i.text.toLowerCase() !== 'scratch'))
    const fresh = [...new Set(refs.map((i) => i.text))].filter((r) => !asked.has(r))
    if (fresh.length === 0) return configs
    fresh.forEach((r) => asked.add(r))
    // Loaded for --docker only, like SARIF's code below: most lint runs never talk to an engine.
    const { readBaseConfigs } = await import('../docker/base-configs.js')
    const { configs: found, missing } = await readBaseConfigs(fresh)
    for (const [ref, config] of found) configs.set(ref, config)
    if (missing.length > 0) io.stderr(`container-gate lint: --docker: the Docker engine has no image ${missing.join(', ')}; pull it to have its user and ENV read\n`)
    return configs
  }
}

function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`--jobs: "${value}" is not a number of threads; give a whole number from 1 to 9999, like --jobs 4`)
  return Number(value)
}

/** The files with stdin read, once, here: a worker has no stdin to read. Every - names the same text. */
async function readStdinOnce(files: readonly string[], io: LintCommandIo): Promise<LintSource[]> {
  if (!files.includes('-')) return files.map((file) => ({ file }))
  let stdin: Omit<LintSource, 'file'>
  try {
    stdin = { text: await io.readStdin() }
  } catch (error) {
    stdin = { unreadable: describeFsError(error) }
  }
  return files.map((file) => (file === '-' ? { file, ...stdin } : { file }))
}

async function render(results: readonly FileOutcome[], format: OutputFormat, options: { color: boolean; filePathInReport?: string; cwd: string }): Promise<Iterable<string>> {
  if (format !== 'sarif') return formatFindings(results.flatMap((r) => r.findings), format, options)
  // Loaded for SARIF only: its gzip (node:zlib) would cost every lint run's start-up.
  const { renderSarifLog } = await import('../report/sarif.js')
  const catalog = rules.map((r) => r.meta)
  if (results.length === 0) return []
  // Compact, as hadolint prints it, and as the action writes it.
  return [renderSarifLog(results.map((r) => ({ dockerfile: r.file, root: options.cwd, lint: r.findings, toolVersion: TOOL_VERSION, rules: catalog })))]
}
