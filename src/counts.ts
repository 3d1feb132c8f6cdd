import { LINT_LEVELS, VULN_SEVERITIES } from './types.js'
import type { LintFinding, LintLevel, Vulnerability, VulnSeverity } from './types.js'

export function countBySeverity(vulns: readonly Pick<Vulnerability, 'severity'>[]): Record<VulnSeverity, number> {
  const counts = Object.fromEntries(VULN_SEVERITIES.map((s) => [s, 0])) as Record<VulnSeverity, number>
  for (const v of vulns) counts[v.severity]++
  return counts
}

export function countByLevel(findings: readonly LintFinding[]): Record<LintLevel, number> {
  const counts = Object.fromEntries(LINT_LEVELS.map((l) => [l, 0])) as Record<LintLevel, number>
  for (const f of findings) counts[f.level]++
  return counts
}

/** True when `severity` is as bad as `threshold` or worse. */
export function atOrAbove<T extends string>(order: readonly T[], value: T, threshold: T): boolean {
  return order.indexOf(value) <= order.indexOf(threshold)
}
