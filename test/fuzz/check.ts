// The properties every linted Dockerfile must have, shared by the fuzz run and the regression tests.
import { withConfig } from '../../src/lint/config.js'
import { lintText } from '../../src/lint/engine.js'
import type { LintFinding } from '../../src/types.js'
import { lineCount } from './dockerfiles.js'

/**
 * Under `npm run fuzz` (which sets FUZZ_LINT_BUDGET_MS), each file must also lint within that budget. `npm test` never
 * times anything: on a shared machine a wall clock fails good code, and a runaway case still meets the test timeout.
 */
const LINT_BUDGET_MS = Number(process.env.FUZZ_LINT_BUDGET_MS) || undefined
const config = withConfig({})

/** What is wrong with linting `text`, or undefined when nothing is. */
export function lintProblems(text: string): string | undefined {
  const started = performance.now()
  let findings: LintFinding[]
  try {
    findings = lintText(text, 'Dockerfile', config)
  } catch (error) {
    return `lintText threw ${String(error)}`
  }
  const elapsed = performance.now() - started
  const lines = lineCount(text)
  for (const f of findings) {
    if (!Number.isInteger(f.line) || f.line < 1 || f.line > lines) return `${f.code} on line ${f.line} of a ${lines}-line file`
    if (/internal error/.test(f.message)) return `${f.code} reports ${f.message}`
    if (f.fix && !(f.fix.line >= 1 && f.fix.line <= f.fix.endLine && f.fix.endLine <= lines)) return `${f.code}'s fix spans ${f.fix.line}-${f.fix.endLine} of ${lines} lines`
  }
  if (LINT_BUDGET_MS !== undefined && elapsed > LINT_BUDGET_MS) return `took ${Math.round(elapsed)} ms (budget ${LINT_BUDGET_MS} ms) for ${text.length} characters`
  return undefined
}

