import { memoize } from '../lint/memo.js'
import { LINT_LEVELS, VULN_SEVERITIES } from '../types.js'
import type { GateRun, LintFinding, SecretFinding, Vulnerability, VulnSeverity } from '../types.js'

/** Severities every report lists in full, whatever the `severities` input says. */
const URGENT_SEVERITIES: readonly VulnSeverity[] = ['CRITICAL', 'HIGH']

export interface Listing {
  /** Every CRITICAL and HIGH vulnerability, those the pull request introduced first, then worst first. */
  urgent: Vulnerability[]
  /** The lower severities the policy asks to show, in the same order. */
  lower: Vulnerability[]
  /** Lower severities that have vulnerabilities but are not listed, by policy. */
  unlisted: VulnSeverity[]
  /** Lint findings, those the pull request introduced first, then in file order. */
  lint: LintFinding[]
  secrets: SecretFinding[]
}

/** What the reports list and in which order: the same for every renderer, so they never disagree. */
export function listFindings(run: GateRun): Listing {
  const worstFirst = byWorst(run.scan.report?.vulnerabilities ?? [])
  // What sorting by newFirst(compareVulnerabilities) gives, without sorting again: both sorts keep the order of ties.
  const vulns = [...worstFirst.filter((v) => v.introduced === true), ...worstFirst.filter((v) => v.introduced !== true)]
  const urgent = vulns.filter((v) => URGENT_SEVERITIES.includes(v.severity))
  const lowerAll = vulns.filter((v) => !URGENT_SEVERITIES.includes(v.severity))
  const lower = lowerAll.filter((v) => run.policy.severities.includes(v.severity))
  const unlisted = VULN_SEVERITIES.filter(
    (s) => !run.policy.severities.includes(s) && lowerAll.some((v) => v.severity === s)
  )
  return {
    urgent,
    lower,
    unlisted,
    lint: [...run.lint].sort(newFirst(compareLintByLine)),
    secrets: [...(run.scan.report?.secrets ?? [])].sort(compareSecrets)
  }
}

/** What the pull request introduced comes first, so that a cut for size drops the rest; without a baseline nothing is new. */
export function newFirst<T extends { introduced?: boolean }>(compare: (a: T, b: T) => number): (a: T, b: T) => number {
  return (a, b) => Number(b.introduced === true) - Number(a.introduced === true) || compare(a, b)
}

/**
 * A report's vulnerabilities sorted by compareVulnerabilities, once for every renderer that lists them (the reports,
 * SARIF). Kept with the list itself, which no one changes once it is reported on.
 */
export const byWorst = memoize((vulnerabilities: readonly Vulnerability[]): readonly Vulnerability[] => [...vulnerabilities].sort(compareVulnerabilities))

/** Severity, then ID, then package; the remaining fields only make the order total. */
export function compareVulnerabilities(a: Vulnerability, b: Vulnerability): number {
  return (
    VULN_SEVERITIES.indexOf(a.severity) - VULN_SEVERITIES.indexOf(b.severity) ||
    compareText(a.id, b.id) ||
    compareText(a.pkgName, b.pkgName) ||
    compareText(a.installedVersion, b.installedVersion) ||
    compareText(a.target, b.target) ||
    compareText(a.pkgPath ?? '', b.pkgPath ?? '') ||
    compareText(a.fixedVersion ?? '', b.fixedVersion ?? '')
  )
}

export function compareLintByLine(a: LintFinding, b: LintFinding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    LINT_LEVELS.indexOf(a.level) - LINT_LEVELS.indexOf(b.level) ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  )
}

function compareSecrets(a: SecretFinding, b: SecretFinding): number {
  return (
    VULN_SEVERITIES.indexOf(a.severity) - VULN_SEVERITIES.indexOf(b.severity) ||
    compareText(a.target, b.target) ||
    (a.startLine ?? 0) - (b.startLine ?? 0) ||
    compareText(a.ruleId, b.ruleId)
  )
}

// Code-unit order, not localeCompare: the output must not depend on the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
