// `container-gate lint`: hadolint's command line over our engine, for many files at once.

import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describeFsError, FAILURE_THRESHOLDS, failsThreshold, findLintConfig, formatFindings, LintConfigError, lintText, loadLintConfig, rules } from '../lint/index.js'
import type { LintConfig } from '../lint/index.js'
import { parseChoice, UsageError } from '../options.js'
import { toSarif } from '../report/sarif.js'
import type { LintFinding } from '../types.js'
import { TOOL_VERSION } from '../version.js'
import { parseCliArgs } from './io.js'
import type { CliIo } from './io.js'

export type LintCommandIo = Pick<CliIo, 'stdout' | 'stderr' | 'readStdin' | 'cwd' | 'color'>

const FORMATS = ['tty', 'json', 'sarif'] as const
type Format = (typeof FORMATS)[number]

interface LintOptions {
  format: Format
  config: LintConfig
  files: string[]
}

interface FileResult {
  file: string
  findings: LintFinding[]
}

/** Exit code: 0 below the failure threshold (or with --no-fail), 1 at or above it, 2 for usage or unreadable files. */
export async function runLintCommand(args: string[], io: LintCommandIo): Promise<number> {
  let options: LintOptions
  try {
    options = readOptions(args, io.cwd)
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof LintConfigError)) throw error
    io.stderr(`container-gate lint: ${error.message}\n`)
    return 2
  }
  const results: FileResult[] = []
  let unreadable = false
  // One bad file must not hide the others' findings: report it, lint the rest, exit 2 at the end.
  for (const file of options.files) {
    const text = await readSource(file, io)
    if (typeof text !== 'string') {
      io.stderr(`container-gate lint: ${file}: ${text.reason}\n`)
      unreadable = true
      continue
    }
    results.push({ file, findings: lintText(text, file, options.config) })
  }
  io.stdout(render(results, options.format, io.color))
  if (unreadable) return 2
  if (options.config.noFail) return 0
  return failsThreshold(results.flatMap((r) => r.findings), options.config.failureThreshold) ? 1 : 0
}

function readOptions(args: string[], cwd: string): LintOptions {
  const { values, positionals } = parseCliArgs(
    args,
    {
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      'failure-threshold': { type: 'string', short: 't' },
      'no-fail': { type: 'boolean' }
    },
    'lint'
  )
  if (positionals.length === 0) throw new UsageError('give at least one Dockerfile to lint, or - to read one from stdin')
  const format = values.format === undefined ? 'tty' : parseChoice('--format', values.format, FORMATS)
  const threshold = values['failure-threshold']
  // Without --config, hadolint's discovery: .hadolint.yaml or .hadolint.yml in the working directory.
  const fileConfig = loadLintConfig(values.config === undefined ? findLintConfig(cwd) : resolve(cwd, values.config))
  const config: LintConfig = {
    ...fileConfig,
    failureThreshold: threshold === undefined ? fileConfig.failureThreshold : parseChoice('--failure-threshold', threshold, FAILURE_THRESHOLDS),
    noFail: values['no-fail'] === true || fileConfig.noFail
  }
  return { format, config, files: positionals }
}

async function readSource(file: string, io: LintCommandIo): Promise<string | { reason: string }> {
  try {
    return file === '-' ? await io.readStdin() : await readFile(resolve(io.cwd, file), 'utf8')
  } catch (error) {
    return { reason: describeFsError(error) }
  }
}

function render(results: readonly FileResult[], format: Format, color: boolean): string {
  if (format !== 'sarif') return formatFindings(results.flatMap((r) => r.findings), format, color)
  const catalog = rules.map((r) => r.meta)
  const documents = results.map((r) => toSarif({ dockerfile: r.file, lint: r.findings, toolVersion: TOOL_VERSION, rules: catalog }))
  // One SARIF document with a run per file: each run keeps its own automation id (the file), as code scanning wants.
  const [first] = documents
  if (!first) return ''
  return `${JSON.stringify({ ...first, runs: documents.flatMap((d) => d.runs) }, null, 2)}\n`
}
