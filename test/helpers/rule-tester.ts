// ESLint-RuleTester-style tables for lint rules: one Vitest test per case, exact lines, the real engine.

import { describe, expect, it } from 'vitest'
import type { LintConfig } from '../../src/lint/config.js'
import { withConfig } from '../../src/lint/config.js'
import { lintWith, PARSE_ERROR } from '../../src/lint/engine.js'
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
