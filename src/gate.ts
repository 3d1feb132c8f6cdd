import { atOrAbove, countByLevel, countBySeverity } from './counts.js'
import { LINT_LEVELS, VULN_SEVERITIES } from './types.js'
import type { BuildOutcome, LintFinding, Policy, ScanOutcome, Verdict } from './types.js'

/**
 * The gate: a pure decision over what the steps found. A step that failed to run fails the gate too,
 * because a scan that did not happen must never read as "no vulnerabilities".
 */
export function decide(lint: readonly LintFinding[], build: BuildOutcome, scan: ScanOutcome, policy: Policy): Verdict {
  const reasons: string[] = []

  if (build.status === 'failed') reasons.push(`the image build failed: ${build.reason ?? 'see the build log'}`)
  if (scan.status === 'failed') reasons.push(`the vulnerability scan failed: ${scan.reason ?? 'see the scan log'}`)

  const failOnVuln = policy.failOnVuln
  if (failOnVuln !== 'none' && scan.report) {
    const counts = countBySeverity(scan.report.vulnerabilities)
    const hits = VULN_SEVERITIES.filter((s) => counts[s] > 0 && atOrAbove(VULN_SEVERITIES, s, failOnVuln))
    if (hits.length > 0) {
      const list = hits.map((s) => `${counts[s]} ${s}`).join(', ')
      reasons.push(`${list} ${plural(hits.reduce((n, s) => n + counts[s], 0), 'vulnerability', 'vulnerabilities')} (fail-on-vuln: ${failOnVuln.toLowerCase()})`)
    }
  }

  const failOnLint = policy.failOnLint
  if (failOnLint !== 'none') {
    const counts = countByLevel(lint)
    const hits = LINT_LEVELS.filter((l) => counts[l] > 0 && atOrAbove(LINT_LEVELS, l, failOnLint))
    if (hits.length > 0) {
      const list = hits.map((l) => `${counts[l]} ${l}`).join(', ')
      reasons.push(`${list} lint ${plural(hits.reduce((n, l) => n + counts[l], 0), 'finding', 'findings')} (fail-on-lint: ${failOnLint})`)
    }
  }

  return { pass: reasons.length === 0, reasons }
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many
}
