import { describe, expect, it } from 'vitest'
import { fitSections } from '../../src/report/fit.js'
import type { Budget, Section } from '../../src/report/fit.js'

const rows = (name: string, n: number): Section['rows'] => ({
  head: [`| ${name} |`, '| --- |'],
  lines: Array.from({ length: n }, (_, i) => `| ${name}${i} |`),
  omitted: (k) => `${k} more ${name}`
})
const SECTIONS: Section[] = [
  { head: ['# title', ''] },
  { head: ['## a'], rows: rows('a', 5), tail: [''] },
  { head: ['## b'], rows: rows('b', 5), tail: ['end'] }
]
const budget = (max: number): Budget => ({ max, measure: (t) => t.length, overflow: (n) => `${n} left out` })

describe('fitSections', () => {
  it('renders everything, one line each, when it fits', () => {
    const text = fitSections(SECTIONS, budget(10_000))
    expect(text).toBe(['# title', '', '## a', '| a |', '| --- |', ...[0, 1, 2, 3, 4].map((i) => `| a${i} |`), '', '## b', '| b |', '| --- |', ...[0, 1, 2, 3, 4].map((i) => `| b${i} |`), 'end', ''].join('\n'))
  })

  it('drops rows from the bottom up and says how many, per section and in all', () => {
    const full = fitSections(SECTIONS, budget(10_000)).length
    const text = fitSections(SECTIONS, budget(full - 1))
    // Making room for the two notes costs four rows of b.
    expect(text).toContain('| b0 |\n\n4 more b\nend\n\n4 left out\n')
    expect(text).not.toContain('| b1 |')
    expect(text).toContain('| a4 |')
  })

  it('drops a table header with its last row', () => {
    const text = fitSections(SECTIONS, budget(100))
    expect(text).toContain('## b\n\n5 more b\nend\n')
    expect(text).not.toContain('| b |')
    expect(text).toContain('| a4 |')
  })

  it('never exceeds the budget once the fixed parts fit', () => {
    const full = fitSections(SECTIONS, budget(10_000)).length
    for (let max = 80; max <= full; max++) expect(fitSections(SECTIONS, budget(max)).length, `max ${max}`).toBeLessThanOrEqual(max)
  })

  it('measures in the budget’s unit', () => {
    const wide: Section[] = [{ head: ['x'], rows: { head: [], lines: ['€€€€', '€€€€'], omitted: (n) => `${n}` } }]
    const bytes = (t: string): number => Buffer.byteLength(t, 'utf8')
    expect(fitSections(wide, { max: 24, measure: bytes, overflow: (n) => `${n}` })).toBe('x\n€€€€\n\n1\n\n1\n')
  })

  it('keeps every section\'s deciding rows before any section\'s lower ones, and names those it cannot keep', () => {
    const ranked = (name: string, priorities: Array<0 | 1 | 2>): Section['rows'] => ({
      head: [`| ${name} |`],
      lines: priorities.map((_, i) => `| ${name}${i} ${'x'.repeat(20)} |`),
      priority: (i) => priorities[i]!,
      name: (i) => `${name}${i}`,
      omitted: (k, named) => `${k} more ${name}${named.length > 0 ? ` incl. ${named.join(' ')}` : ''}`
    })
    const sections: Section[] = [
      { head: ['## a'], rows: ranked('a', [0, 2, 2, 2, 2, 2]) },
      { head: ['## b'], rows: ranked('b', [0, 0, 1, 2]) }
    ]
    const roomy = fitSections(sections, budget(200))
    // b's deciding rows and its HIGH come before a's lower rows.
    expect(roomy).toContain('| b0 ')
    expect(roomy).toContain('| b1 ')
    expect(roomy).toContain('| b2 ')
    expect(roomy).toContain('\n4 more a\n')
    const tight = fitSections(sections, budget(110))
    expect(tight.length).toBeLessThanOrEqual(110)
    expect(tight).toContain('| a0 ')
    expect(tight).toMatch(/more b incl\. (b0 )?b1/)
    expect(tight).not.toMatch(/\| a[1-5] |\| b[23] /)
  })
})
