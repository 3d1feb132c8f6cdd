// A results file is data written by another job, possibly a fork's pull request: its verdict, its policy and its
// links are claims. `mode: report` keeps only the findings and decides again under the report step's own inputs.
import { decide } from '../gate.js'
import { rules } from '../lint/index.js'
import { shellcheckDocs } from '../shellcheck/report.js'
import type { GateRun, LintFinding, Policy } from '../types.js'

const RULE_DOCS = new Map(rules.map(({ meta }) => [meta.code, meta.docsUrl]))

/**
 * The run judged again: the verdict recomputed from its findings and outcomes under `policy` (the report step's
 * fail-on-* inputs, not the file's), and each finding's link the one this project gives its code, or none.
 */
export function judgedAgain(run: GateRun, policy: Policy): GateRun {
  const lint = run.lint.map(withOwnDocs)
  return { ...run, lint, policy, verdict: decide(lint, run.build, run.scan, policy) }
}

function withOwnDocs(finding: LintFinding): LintFinding {
  const { docsUrl: _claimed, ...rest } = finding
  const own = RULE_DOCS.get(finding.code) ?? (/^SC\d+$/.test(finding.code) ? shellcheckDocs(finding.code) : undefined)
  return own === undefined ? rest : { ...rest, docsUrl: own }
}
