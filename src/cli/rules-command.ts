// `container-gate rules`: the rule catalogue, as an aligned table or as JSON for tooling.

import { rules } from '../lint/index.js'
import { parseChoice, UsageError } from '../options.js'
import { RULES_FORMATS } from './formats.js'
import { parseCliArgs } from './io.js'
import type { CliIo } from './io.js'

export const RULES_USAGE = `Usage: container-gate rules [--format ${RULES_FORMATS.join('|')}]

List every rule Container Gate runs: its code (hadolint's DL codes, BuildKit's check names, CG codes), default
severity, title and docs link; --format json adds whether it can suggest a fix.

Options:
  -f, --format FORMAT            tty (an aligned table, the default) or json
`

export function runRulesCommand(args: string[], io: Pick<CliIo, 'stdout' | 'stderr'>): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(RULES_USAGE)
    return 0
  }
  let format: (typeof RULES_FORMATS)[number]
  try {
    const { values, positionals } = parseCliArgs(args, { format: { type: 'string', short: 'f' } }, 'rules')
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}". Run container-gate rules --help.`)
    format = values.format === undefined ? 'tty' : parseChoice('--format', values.format, RULES_FORMATS)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`container-gate rules: ${error.message}\n`)
    return 2
  }
  const rows = rules.map(({ meta }) => ({ code: meta.code, severity: meta.severity, title: meta.title, docsUrl: meta.docsUrl, fixable: meta.fixable }))
  if (format === 'json') {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`)
    return 0
  }
  const table = [['CODE', 'SEVERITY', 'TITLE', 'DOCS'], ...rows.map((r) => [r.code, r.severity, r.title, r.docsUrl])]
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)))
  io.stdout(table.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ')).join('\n') + '\n')
  return 0
}
