// `container-gate lint`: hadolint's command line over our engine, for many files at once.

import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { resolve } from 'node:path'
import {
  describeFsError, FAILURE_THRESHOLDS, failsThreshold, formatFindings, LABEL_TYPES, LintConfigError, lintModel, loadLintSettings,
  OUTPUT_FORMATS, parseLabelRequirement, PROFILES, resolveCodes, rules, safeParse
} from '../lint/index.js'
import type { ConfigLayer, LintSettings, OutputFormat } from '../lint/index.js'
import type { DockerfileModel } from '../lint/model.js'
import { externalBase, missingTarget } from '../lint/stages.js'
import { parseChoice, UsageError } from '../options.js'
import { shellcheckDockerfiles } from '../shellcheck/index.js'
import { LINT_LEVELS } from '../types.js'
import type { BaseImageConfig, LintFinding } from '../types.js'
import { TOOL_VERSION } from '../version.js'
import { parseCliArgs } from './io.js'
import type { CliIo } from './io.js'

export type LintCommandIo = Pick<CliIo, 'stdout' | 'stderr' | 'readStdin' | 'cwd' | 'color'>

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
      --docker                   read the base images' user and ENV from the local Docker engine (nothing is pulled)
      --file-path-in-report PATH the file name checkstyle and codeclimate reports show
      --no-color                 no colours in tty output
  -V, --verbose                  say which configuration file is used
`

interface FileResult {
  file: string
  findings: LintFinding[]
}

// Files per ShellCheck batch: enough to share a process's start-up among many files, few enough to keep parsing and
// ShellCheck going side by side.
const GROUP_SIZE = 50

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
  let options: { settings: LintSettings & { configFile?: string }; files: string[]; filePathInReport?: string; docker: boolean }
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
  const results: FileResult[] = []
  // Base image configs read so far, shared by every file that builds on the same image.
  const bases: BaseCache = { configs: new Map(), asked: new Set() }
  let unreadable = false
  let shellcheckSkipped = false
  // In groups: ShellCheck checks a group's scripts in a few processes, and while it does, this process lints the group
  // before and parses the group after.
  const groups = Array.from({ length: Math.ceil(files.length / GROUP_SIZE) }, (_, g) => files.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE))
  let next = parseGroup(groups[0], io)
  for (let g = 0; g < groups.length; g++) {
    const group = await next
    if (g + 1 < groups.length) next = parseGroup(groups[g + 1], io)
    unreadable ||= group.unreadable
    const shellcheck = await group.shellcheck
    const known = options.docker ? await baseConfigs(group.parsed.map((p) => p.model), bases, io) : undefined
    group.parsed.forEach(({ file, model }, i) => {
      const { hits, skipped, tooLarge } = shellcheck[i]
      // One note for the run, not one per file: the reason is the same for every file.
      if (skipped && !shellcheckSkipped) io.stderr(`container-gate lint: ${skipped}\n`)
      shellcheckSkipped ||= skipped !== undefined
      if (tooLarge) io.stderr(`container-gate lint: ${file}: ${tooLarge}\n`)
      const wrongTarget = missingTarget(model, settings.config.target)
      if (wrongTarget) {
        // The build would fail, so the final-image rules would judge nothing: say so rather than pass the file.
        io.stderr(`container-gate lint: ${file}: ${wrongTarget}; fix --target\n`)
        unreadable = true
        return
      }
      results.push({ file, findings: lintModel(rules, model, file, settings.config, hits, known && { bases: known }) })
    })
  }
  const color = io.color && !settings.noColor
  for (const format of settings.formats) io.stdout(await render(results, format, { color, filePathInReport: options.filePathInReport }))
  if (unreadable) return 2
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
      'file-path-in-report': { type: 'string' }
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
  return { settings, files: positionals, filePathInReport: values['file-path-in-report'], docker: values.docker ?? false }
}

/** The configs of the images the models build on, from the local engine, each image asked for once per run. */
async function baseConfigs(models: readonly DockerfileModel[], cache: BaseCache, io: LintCommandIo): Promise<ReadonlyMap<string, BaseImageConfig>> {
  const refs = models.flatMap((m) => m.stages.map((s) => externalBase(m, s).image).filter((i) => !i.unresolved && i.text.toLowerCase() !== 'scratch'))
  const asked = [...new Set(refs.map((i) => i.text))].filter((r) => !cache.asked.has(r))
  if (asked.length === 0) return cache.configs
  asked.forEach((r) => cache.asked.add(r))
  // Loaded for --docker only, like SARIF's code below: most lint runs never talk to an engine.
  const { readBaseConfigs } = await import('../docker/base-configs.js')
  const { configs, missing } = await readBaseConfigs(asked)
  for (const [ref, config] of configs) cache.configs.set(ref, config)
  if (missing.length > 0) io.stderr(`container-gate lint: --docker: the Docker engine has no image ${missing.join(', ')}; pull it to have its user and ENV read\n`)
  return cache.configs
}

interface BaseCache {
  configs: Map<string, BaseImageConfig>
  asked: Set<string>
}

/**
 * Reads and parses a group of files, reporting those it cannot read (one bad file must not hide the others' findings:
 * the rest are linted, and the run exits 2 at the end), and starts ShellCheck on the ones it parsed.
 */
async function parseGroup(files: readonly string[], io: LintCommandIo) {
  const parsed: Array<{ file: string; model: DockerfileModel }> = []
  let unreadable = false
  for (const file of files) {
    const text = await readSource(file, io)
    if (typeof text !== 'string') {
      io.stderr(`container-gate lint: ${file}: ${text.reason}\n`)
      unreadable = true
    } else {
      parsed.push({ file, model: safeParse(text) })
    }
  }
  return { parsed, unreadable, shellcheck: shellcheckDockerfiles(parsed.map((p) => p.model)) }
}

// Synchronous: a read through the thread pool per file left this process idle for most of a run over many small files.
async function readSource(file: string, io: LintCommandIo): Promise<string | { reason: string }> {
  try {
    return file === '-' ? await io.readStdin() : readFileSync(resolve(io.cwd, file), 'utf8')
  } catch (error) {
    return { reason: describeFsError(error) }
  }
}

async function render(results: readonly FileResult[], format: OutputFormat, options: { color: boolean; filePathInReport?: string }): Promise<string> {
  if (format !== 'sarif') return formatFindings(results.flatMap((r) => r.findings), format, options)
  // Loaded for SARIF only: its gzip (node:zlib) would cost every lint run's start-up.
  const { toSarifLog } = await import('../report/sarif.js')
  const catalog = rules.map((r) => r.meta)
  if (results.length === 0) return ''
  return `${JSON.stringify(toSarifLog(results.map((r) => ({ dockerfile: r.file, lint: r.findings, toolVersion: TOOL_VERSION, rules: catalog }))), null, 2)}\n`
}
