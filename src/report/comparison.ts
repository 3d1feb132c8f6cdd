// The parts of every report about the baseline: what the pull request introduced, and the image's size change.
import type { GateRun } from '../types.js'
import { escapeMarkdown, truncate } from './escape.js'
import { humanSize, plural } from './format.js'

/** The word every renderer puts on what the pull request introduced. */
export const NEW_MARK = '🆕 new'

const NOTE_MAX = 500
const SOURCE_MAX = 200

export interface NewCounts {
  vulnerabilities: number
  lint: number
}

export function newCounts(run: GateRun): NewCounts {
  return {
    vulnerabilities: (run.scan.report?.vulnerabilities ?? []).filter((v) => v.introduced === true).length,
    lint: run.lint.filter((f) => f.introduced === true).length
  }
}

/** "+12.3 MB (+8%)": the change from `before` to `bytes`, in decimal units as `humanSize`. */
export function sizeChange(bytes: number, before: number): string {
  const diff = bytes - before
  const sign = diff > 0 ? '+' : diff < 0 ? '-' : '±'
  const percent = before > 0 ? ` (${diff === 0 ? '' : sign}${Math.round((Math.abs(diff) / before) * 100)}%)` : ''
  return `${sign}${humanSize(Math.abs(diff))}${percent}`
}

/** The image's size change against the baseline's, when both are known. */
export function baselineSizeChange(run: GateRun): string | undefined {
  const before = run.comparison?.baseline?.imageSize
  const now = run.build.imageSize
  return before !== undefined && now !== undefined ? sizeChange(now, before) : undefined
}

/** In plain text, for the terminal and the Markdown alike: what it was compared with and what is new. */
export function comparisonSentence(run: GateRun): string | undefined {
  const baseline = run.comparison?.baseline
  if (!baseline) return undefined
  const counts = newCounts(run)
  const commit = baseline.commit ? ` (commit ${baseline.commit.slice(0, 7)})` : ''
  const found = [
    ...(baseline.vulnerabilities !== undefined ? [plural(baseline.vulnerabilities, 'vulnerability', 'vulnerabilities')] : []),
    plural(baseline.lintFindings, 'lint finding', 'lint findings')
  ].join(' and ')
  return `Compared with the baseline from ${truncate(baseline.source, SOURCE_MAX)}${commit}, which had ${found}: this pull request brings ${plural(counts.vulnerabilities, 'new vulnerability', 'new vulnerabilities')} and ${plural(counts.lint, 'new lint finding', 'new lint findings')}.`
}

/** The Markdown paragraph under the counts: the comparison, then its notes (no baseline, no diff). */
export function comparisonLines(run: GateRun): string[] {
  const comparison = run.comparison
  if (!comparison) return []
  const sentence = comparisonSentence(run)
  return [
    ...(sentence !== undefined ? [`🆕 ${escapeMarkdown(sentence)}`] : []),
    ...comparison.notes.map((note) => `> ℹ️ ${truncate(escapeMarkdown(note), NOTE_MAX)}`)
  ].flatMap((line, i) => (i === 0 ? [line] : ['', line]))
}

/** The cell text for a finding's level or severity, marked when the pull request introduced it. */
export function markNew(text: string, introduced: boolean | undefined): string {
  return introduced === true ? `${NEW_MARK} ${text}` : text
}

