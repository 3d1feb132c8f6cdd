// What every report says about a pull request's baseline: new findings marked and first, the "new" counts, the size change.
import { describe, expect, it } from 'vitest'
import { planAnnotations } from '../../src/report/annotations.js'
import { commentMarker, renderComment } from '../../src/report/comment.js'
import { sizeChange } from '../../src/report/comparison.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderTerminal } from '../../src/report/tty.js'
import type { Comparison, GateRun, LintFinding } from '../../src/types.js'
import { finding, fixtureReport, makeRun } from './runs.js'

const report = fixtureReport('trivy-golden-alpine-39.json')
/** The fixture's last CRITICAL by the reports' order is the one the pull request brought. */
const NEW_ID = 'CVE-2019-14697'

function compared(comparison: Comparison, lint: LintFinding[] = [finding(2, 'error', 'CG001'), { ...finding(5, 'warning', 'DL3025'), introduced: true }]): GateRun {
  const vulnerabilities = report.vulnerabilities.map((v) => ({ ...v, line: 2, introduced: comparison.baseline !== undefined && v.id === NEW_ID && v.pkgName === 'musl' }))
  return { ...makeRun({ report: { ...report, vulnerabilities }, lint }), comparison }
}

const withBaseline: Comparison = {
  baseline: { source: 'the Actions cache', commit: '0123456789abcdef', imageSize: 100_000_000, vulnerabilities: 5, lintFindings: 1 },
  notes: []
}

describe('reports against a baseline', () => {
  it('marks new findings in the comment, lists them first after what decides the verdict, and counts them per severity and level', () => {
    const body = renderComment(compared(withBaseline), { marker: commentMarker('Dockerfile') })
    expect(body).toContain('🆕 Compared with the baseline from the Actions cache (commit 0123456), which had 5 vulnerabilities and 1 lint finding\\: this pull request brings 1 new vulnerability and 1 new lint finding.')
    expect(body).toContain('| 🆕 new | 0 | 1 | 0 | 0 | 1 |')
    expect(body).toContain('| 🆕 new | 1 | 0 | 0 | 0 | 0 | 1 |')
    const criticalRows = body.split('\n').filter((l) => /^\| (🆕 new )?CRITICAL \|/.test(l))
    expect(criticalRows[0]).toMatch(new RegExp(`^\\| 🆕 new CRITICAL \\| \\[${NEW_ID}\\]`))
    expect(criticalRows.slice(1).every((l) => !l.includes('🆕'))).toBe(true)
    const lintRows = body.split('\n').filter((l) => /^\| [25] \|/.test(l))
    // The error decides the verdict (fail-on-lint: error), so it comes before the new warning, which does not.
    expect(lintRows).toEqual([expect.stringContaining('| error |'), expect.stringContaining('| 🆕 new warning |')])
    expect(body).toContain('(123.5 MB, +23.5 MB (+23%) against the baseline, buildx)')
  })

  it('says there was no baseline and marks nothing', () => {
    const run = compared({ notes: ['No baseline: the Actions cache holds none for Dockerfile yet. Nothing is marked new.'] }, [finding(2, 'error', 'CG001')])
    const summary = renderSummary(run)
    expect(summary).toContain('> ℹ️ No baseline\\: the Actions cache holds none for Dockerfile yet. Nothing is marked new.')
    expect(summary).not.toContain('🆕')
    expect(renderTerminal(run, { color: false })).toContain('No baseline: the Actions cache holds none')
  })

  it('leaves a run without a comparison as it was', () => {
    const run = makeRun({ report, lint: [finding(2, 'error', 'CG001')] })
    const body = renderComment(run, { marker: commentMarker('Dockerfile') })
    expect(body).not.toMatch(/🆕|baseline/)
  })

  it('prefixes new findings in annotations and ranks them first within their level', () => {
    const lint = [finding(1, 'warning', 'DL3006'), { ...finding(9, 'warning', 'DL3025'), introduced: true }]
    const annotations = planAnnotations(compared(withBaseline, lint))
    const warnings = annotations.filter((a) => a.level === 'warning' && a.title?.startsWith('DL'))
    expect(warnings.map((a) => [a.startLine, a.message.startsWith('new in this PR: ')])).toEqual([[9, true], [1, false]])
    const lines = annotations.filter((a) => a.title === 'Vulnerabilities from this instruction')
    expect(lines.some((a) => a.message.startsWith(`new in this PR: ${NEW_ID}. `))).toBe(true)
    expect(annotations.find((a) => a.title === 'Image vulnerabilities')?.message).toMatch(/ 1 is new in this PR\.$/)
  })

  it('marks new lines on the terminal and counts them', () => {
    const text = renderTerminal(compared(withBaseline), { color: false })
    expect(text).toMatch(/^Vulnerabilities {2}.*\(1 new\)$/m)
    expect(text).toMatch(new RegExp(`^  new CRITICAL +${NEW_ID} musl `, 'm'))
    expect(text).toContain('+23.5 MB (+23%) against the baseline')
  })

  it.each([
    [112_300_000, 100_000_000, '+12.3 MB (+12%)'],
    [92_000_000, 100_000_000, '-8.0 MB (-8%)'],
    [5_000, 5_000, '±0 B (0%)'],
    [1_000, 0, '+1.0 kB']
  ])('writes a size change of %i against %i bytes as %s', (now, before, text) => {
    expect(sizeChange(now, before)).toBe(text)
  })
})
