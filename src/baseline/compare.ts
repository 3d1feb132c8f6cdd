// New versus existing: marks what a pull request introduced against a baseline. Pure.
import type { BaselineInfo, Comparison, LintFinding, ScanOutcome } from '../types.js'
import { overlaps } from './diff.js'
import type { LineRange } from './diff.js'
import { identityKey, vulnerabilityIdentity } from './keys.js'
import type { VulnerabilityIdentity } from './keys.js'
import type { BaselineResults } from './results.js'

export interface Baseline {
  results: BaselineResults
  /** In words, for the reports: "the Actions cache", "a rebuild of the base commit", a file name. */
  source: string
}

/** Why a run has no baseline, in words that end the sentence "No baseline: …". */
export interface MissingBaseline {
  missing: string
}

export interface CompareInput {
  lint: readonly LintFinding[]
  scan: ScanOutcome
  /** Each instruction's first and last line: a finding is new when any line of its instruction changed. */
  instructions: readonly LineRange[]
  baseline: Baseline | MissingBaseline
  /** The Dockerfile's changed lines, or why they are unknown (then every line counts as changed); unused without a baseline. */
  changed: readonly LineRange[] | { unknown: string }
}

export interface Compared {
  lint: LintFinding[]
  scan: ScanOutcome
  comparison: Comparison
}

export function compareWithBaseline(input: CompareInput): Compared {
  const { baseline } = input
  if ('missing' in baseline) {
    // Without a baseline nothing can be called new: marking everything would block every pull request under fail-scope new.
    return { lint: [...input.lint], scan: input.scan, comparison: { notes: [`No baseline: ${baseline.missing}. Nothing is marked new.`] } }
  }
  const notes: string[] = []
  const known = baseline.results.vulnerabilities
  if (known === undefined) notes.push("The baseline's run did not scan its image, so no vulnerability is marked new.")
  const scan = known === undefined ? input.scan : markVulnerabilities(input.scan, known)

  const changed = input.changed
  if ('unknown' in changed) notes.push(`Could not diff the Dockerfile (${changed.unknown}): every lint finding counts as new.`)
  const lint = input.lint.map((f) => ({ ...f, introduced: 'unknown' in changed || touched(spanOf(f.line, input.instructions), changed) }))

  const results = baseline.results
  const info: BaselineInfo = {
    source: baseline.source,
    ...(results.commit !== undefined && { commit: results.commit }),
    ...(results.imageSize !== undefined && { imageSize: results.imageSize }),
    ...(known !== undefined && { vulnerabilities: known.length }),
    lintFindings: results.lint.length
  }
  return { lint, scan, comparison: { baseline: info, notes } }
}

/** Each vulnerability is new unless the baseline had the same one (ID, package, installed version, target). */
function markVulnerabilities(scan: ScanOutcome, known: readonly VulnerabilityIdentity[]): ScanOutcome {
  const report = scan.report
  if (!report) return scan
  const keys = new Set(known.map(identityKey))
  const vulnerabilities = report.vulnerabilities.map((v) => ({ ...v, introduced: !keys.has(identityKey(vulnerabilityIdentity(v, report.artifactName))) }))
  return { ...scan, report: { ...report, vulnerabilities } }
}

/** The instruction the line belongs to, or the line alone (a parse error, a comment). */
function spanOf(line: number, instructions: readonly LineRange[]): LineRange {
  return instructions.find((i) => i.start <= line && line <= i.end) ?? { start: line, end: line }
}

function touched(span: LineRange, changed: readonly LineRange[]): boolean {
  return changed.some((c) => overlaps(span, c))
}
