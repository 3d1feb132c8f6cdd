// hadolint's text outputs for lint findings: tty lines and the flat JSON array.

import type { LintFinding, LintLevel } from '../types.js'

export type OutputFormat = 'tty' | 'json'

const COLOURS: Record<LintLevel, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', style: '\u001b[2m' }
const RESET = '\u001b[0m'

export function formatFindings(findings: readonly LintFinding[], format: OutputFormat, color: boolean): string {
  if (format === 'json') {
    // Exactly hadolint's keys, in its (alphabetical) order, so existing consumers of its JSON keep working.
    const shaped = findings.map(({ code, column, file, level, line, message }) => ({ code, column, file, level, line, message }))
    return `${JSON.stringify(shaped)}\n`
  }
  return findings.map((f) => `${f.file}:${f.line} ${f.code} ${color ? `${COLOURS[f.level]}${f.level}${RESET}` : f.level}: ${f.message}\n`).join('')
}
