import { atOrAbove, countByLevel, countBySeverity } from './counts.js'
import { LINT_LEVELS, VULN_SEVERITIES } from './types.js'
import type { BuildOutcome, GateReport, GateRun, LintFinding, Policy, ScanOutcome, Verdict, VulnSeverity } from './types.js'

/**
 * The gate: a pure decision over what the steps found. A step that failed to run fails the gate too,
 * because a scan that did not happen must never read as "no vulnerabilities".
 */
export function decide(lint: readonly LintFinding[], build: BuildOutcome, scan: ScanOutcome, policy: Policy): Verdict {
  const reasons: string[] = []
  // With fail-scope new only what the pull request introduced counts, and every reason says so.
  const scoped = policy.failScope === 'new'
  const label = scoped ? 'new ' : ''
  const setting = (name: string, value: string): string => `(${name}: ${value}${scoped ? ', fail-scope: new' : ''})`

  if (build.status === 'failed') reasons.push(`the image build failed: ${build.reason ?? 'see the build log'}`)
  if (scan.status === 'failed') reasons.push(`the vulnerability scan failed: ${scan.reason ?? 'see the scan log'}`)

  const failOnVuln = policy.failOnVuln
  if (failOnVuln !== 'none' && scan.report) {
    // Misconfigurations and licences (scanners: misconfig, license) carry Trivy's severities too, and are gated alike.
    const kinds: [readonly { severity: VulnSeverity; introduced?: boolean }[], string, string][] = [
      [scan.report.vulnerabilities, 'vulnerability', 'vulnerabilities'],
      [scan.report.misconfigurations ?? [], 'misconfiguration', 'misconfigurations'],
      [scan.report.licenses ?? [], 'licence', 'licences']
    ]
    for (const [findings, one, many] of kinds) {
      const counts = countBySeverity(inScope(findings, policy))
      const hits = VULN_SEVERITIES.filter((s) => counts[s] > 0 && atOrAbove(VULN_SEVERITIES, s, failOnVuln))
      if (hits.length === 0) continue
      const list = hits.map((s) => `${counts[s]} ${label}${s}`).join(', ')
      reasons.push(`${list} ${plural(hits.reduce((n, s) => n + counts[s], 0), one, many)} ${setting('fail-on-vuln', failOnVuln.toLowerCase())}`)
    }
  }

  const failOnLint = policy.failOnLint
  if (failOnLint !== 'none') {
    const counts = countByLevel(inScope(lint, policy))
    const hits = LINT_LEVELS.filter((l) => counts[l] > 0 && atOrAbove(LINT_LEVELS, l, failOnLint))
    if (hits.length > 0) {
      const list = hits.map((l) => `${counts[l]} ${label}${l}`).join(', ')
      reasons.push(`${list} lint ${plural(hits.reduce((n, l) => n + counts[l], 0), 'finding', 'findings')} ${setting('fail-on-lint', failOnLint)}`)
    }
  }

  return { pass: reasons.length === 0, reasons }
}

/**
 * The verdict over several Dockerfiles: each one's own policy decided it, and any failure fails the whole. With
 * more than one, every reason names its Dockerfile.
 */
export function combineRuns(runs: readonly GateRun[]): GateReport {
  // Nothing gated is no pass (results files with no run in them, say): like a scan that did not happen.
  if (runs.length === 0) return { runs: [], verdict: { pass: false, reasons: ['no Dockerfile was gated'] } }
  const named = runs.length > 1
  const reasons = runs.flatMap((r) => r.verdict.reasons.map((reason) => (named ? `${r.dockerfile}: ${reason}` : reason)))
  return { runs: [...runs], verdict: { pass: runs.every((r) => r.verdict.pass), reasons } }
}

/** A report's runs; a single run stands for a report of one. */
export function runsOf(report: GateRun | GateReport): readonly GateRun[] {
  return 'runs' in report ? report.runs : [report]
}

/** The findings the gate counts: all of them, or with fail-scope new those the pull request introduced. */
export function inScope<T extends { introduced?: boolean }>(findings: readonly T[], policy: Policy): readonly T[] {
  return policy.failScope === 'new' ? findings.filter((f) => f.introduced === true) : findings
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many
}
