// ESLint-RuleTester-style tables for lint rules: one Vitest test per case, exact lines, the real engine.

import { describe, expect, it } from 'vitest'
import type { LintConfig } from '../../src/lint/config.js'
import { withConfig } from '../../src/lint/config.js'
import { lintWith, PARSE_ERROR } from '../../src/lint/engine.js'
import { applyFixes } from '../../src/lint/fix.js'
import type { Rule } from '../../src/lint/rule.js'

export interface ValidCase {
  code: string
  config?: Partial<LintConfig>
}

export interface InvalidCase extends ValidCase {
  /** Every line the rule reports, in order. */
  lines: number[]
  /** Every hit's message equals the string or matches the pattern. */
  message?: string | RegExp
  /**
   * ESLint's `output`: the text after applying every hit's fix. The fixed text must then lint clean for this
   * rule. Required when the rule is fixable and the case has a fix; `null` asserts that no fix is offered.
   */
  output?: string | null
}

export interface RuleCases {
  valid: Array<string | ValidCase>
  invalid: InvalidCase[]
}

export function ruleTester(rule: Rule, cases: RuleCases): void {
  const code = rule.meta.code
  const valid = cases.valid.map((c) => (typeof c === 'string' ? { code: c } : c))
  rejectDuplicates(code, [...valid, ...cases.invalid])

  describe(code, () => {
    describe('valid', () => {
      for (const c of valid) {
        it(caseName(c.code), () => {
          const findings = lintWith([rule], c.code, 'Dockerfile', withConfig(c.config ?? {}))
          // A near-miss that does not parse proves nothing about the rule.
          expect(findings.filter((f) => f.code === PARSE_ERROR)).toEqual([])
          expect(findings.filter((f) => f.code === code).map((f) => f.line)).toEqual([])
        })
      }
    })
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(caseName(c.code), () => {
          const findings = lintWith([rule], c.code, 'Dockerfile', withConfig(c.config ?? {}))
          expect(findings.filter((f) => f.code === PARSE_ERROR)).toEqual([])
          const hits = findings.filter((f) => f.code === code)
          expect(hits.map((f) => f.line)).toEqual(c.lines)
          for (const hit of hits) {
            if (typeof c.message === 'string') expect(hit.message).toBe(c.message)
            else if (c.message) expect(hit.message).toMatch(c.message)
          }
          const fixes = hits.flatMap((h) => (h.fix ? [h.fix] : []))
          if (c.output === null || (c.output === undefined && !rule.meta.fixable)) {
            expect(fixes, 'this case offers no fix').toEqual([])
          } else {
            if (c.output === undefined) throw new Error(`${code} is fixable: give this invalid case an output (or null when it offers no fix)`)
            const fixed = applyFixes(c.code, fixes).text
            expect(fixed).toBe(c.output)
            const after = lintWith([rule], fixed, 'Dockerfile', withConfig(c.config ?? {}))
            expect(after.filter((f) => f.code === code || f.code === PARSE_ERROR), 'the fix leaves no finding behind').toEqual([])
          }
        })
      }
    })
  })
}

function rejectDuplicates(code: string, all: ValidCase[]): void {
  const seen = new Set<string>()
  for (const c of all) {
    const key = JSON.stringify([c.code, c.config ?? {}])
    if (seen.has(key)) throw new Error(`${code}: duplicate test case ${caseName(c.code)}; remove one or change it`)
    seen.add(key)
  }
}

function caseName(code: string): string {
  return code.trim().split('\n').join(' ⏎ ')
}
