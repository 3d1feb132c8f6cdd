import { atOrAbove } from '../counts.js'
import { memoize } from '../lint/memo.js'
import { LINT_LEVELS, VULN_SEVERITIES } from '../types.js'
import type { GateRun, LicenseFinding, LintFinding, MisconfigFinding, Policy, SecretFinding, Vulnerability, VulnSeverity } from '../types.js'
import type { Priority } from './fit.js'

/** Severities every report lists in full, whatever the `severities` input says. */
const URGENT_SEVERITIES: readonly VulnSeverity[] = ['CRITICAL', 'HIGH']

export interface Listing {
  /** Every CRITICAL and HIGH vulnerability: those that decide the verdict first, then those the pull request introduced, then worst first. */
  urgent: Vulnerability[]
  /** The lower severities the policy asks to show, in the same order. */
  lower: Vulnerability[]
  /** Lower severities that have vulnerabilities but are not listed, by policy. */
  unlisted: VulnSeverity[]
  /** Lint findings: those that decide the verdict first, then those the pull request introduced, then in file order. */
  lint: LintFinding[]
  secrets: SecretFinding[]
  /** scanners: misconfig and license; worst first. */
  misconfigurations: MisconfigFinding[]
  licenses: LicenseFinding[]
}

/**
 * What decides the verdict comes before anything a report may cut for size: every finding at or above the gate's
 * thresholds, every CRITICAL, and with fail-scope new every new finding. Then HIGH; then the rest. Misconfigurations
 * and licences are gated by fail-on-vuln on their severity too, so this places them as well.
 */
export function vulnerabilityPriority(v: Pick<Vulnerability, 'severity' | 'introduced'>, policy: Policy): Priority {
  const gated = policy.failOnVuln !== 'none' && atOrAbove(VULN_SEVERITIES, v.severity, policy.failOnVuln)
  if (v.severity === 'CRITICAL' || gated || (policy.failScope === 'new' && v.introduced === true)) return 0
  return v.severity === 'HIGH' ? 1 : 2
}

export function lintPriority(f: LintFinding, policy: Policy): Priority {
  const gated = policy.failOnLint !== 'none' && atOrAbove(LINT_LEVELS, f.level, policy.failOnLint)
  return gated || (policy.failScope === 'new' && f.introduced === true) ? 0 : 2
}

/** The gate does not count secrets; their severity alone places them. */
export function secretPriority(s: SecretFinding): Priority {
  return s.severity === 'CRITICAL' ? 0 : s.severity === 'HIGH' ? 1 : 2
}

/** What the reports list and in which order: the same for every renderer, so they never disagree. */
export function listFindings(run: GateRun): Listing {
  const byPriority = <T>(priority: (item: T) => Priority, then: (a: T, b: T) => number) => (a: T, b: T) => priority(a) - priority(b) || then(a, b)
  // Sorted once by compareVulnerabilities for every renderer, then placed by priority and newness into one bucket per
  // rank, in that order: a stable sort on the rank, each vulnerability ranked once rather than at every comparison.
  const ranks: Vulnerability[][] = [[], [], [], [], [], []]
  for (const v of byWorst(run.scan.report?.vulnerabilities ?? [])) ranks[vulnerabilityPriority(v, run.policy) * 2 + (v.introduced === true ? 0 : 1)]!.push(v)
  const vulns = ranks.flat()
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
    lint: [...run.lint].sort(byPriority((f) => lintPriority(f, run.policy), newFirst(compareLintByLine))),
    secrets: [...(run.scan.report?.secrets ?? [])].sort(byPriority(secretPriority, compareSecrets)),
    misconfigurations: [...(run.scan.report?.misconfigurations ?? [])].sort((a, b) => bySeverity(a, b) || compareText(a.id, b.id) || compareText(a.target, b.target)),
    licenses: [...(run.scan.report?.licenses ?? [])].sort(
      (a, b) => bySeverity(a, b) || compareText(a.name, b.name) || compareText(a.pkgName ?? a.filePath ?? '', b.pkgName ?? b.filePath ?? '')
    )
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

function bySeverity(a: { severity: VulnSeverity }, b: { severity: VulnSeverity }): number {
  return VULN_SEVERITIES.indexOf(a.severity) - VULN_SEVERITIES.indexOf(b.severity)
}

function compareSecrets(a: SecretFinding, b: SecretFinding): number {
  return (
    bySeverity(a, b) ||
    compareText(a.target, b.target) ||
    (a.startLine ?? 0) - (b.startLine ?? 0) ||
    compareText(a.ruleId, b.ruleId)
  )
}

// Code-unit order, not localeCompare: the output must not depend on the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
