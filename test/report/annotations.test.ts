import { describe, expect, it } from 'vitest'
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from '../../src/report/annotations.js'
import type { Annotation, LintFinding } from '../../src/types.js'
import { DEFAULT_POLICY, finding, fixtureReport, makeRun } from './runs.js'

const findings = (n: number, level: LintFinding['level'], from = 1): LintFinding[] =>
  Array.from({ length: n }, (_, i) => finding(from + i, level, `DL${3000 + i}`, `message ${i}`))
const byLevel = (annotations: Annotation[], level: Annotation['level']): Annotation[] => annotations.filter((a) => a.level === level)
const overflow = (annotations: Annotation[]): Annotation | undefined => annotations.find((a) => a.title === 'More findings')

describe('planAnnotations', () => {
  it('puts each lint finding on its line with its level, code and title', () => {
    const run = makeRun({ lint: [finding(3, 'warning'), finding(5, 'info', 'DL3059'), finding(8, 'style', 'DL3048'), finding(1, 'error', 'DL3000')] })
    expect(planAnnotations(run)).toEqual([
      { level: 'error', file: 'Dockerfile', startLine: 1, title: 'DL3000: Pin versions', message: 'Pin versions in apt get install' },
      { level: 'warning', file: 'Dockerfile', startLine: 3, title: 'DL3008: Pin versions', message: 'Pin versions in apt get install' },
      { level: 'notice', file: 'Dockerfile', startLine: 5, title: 'DL3059: Pin versions', message: 'Pin versions in apt get install' },
      { level: 'notice', file: 'Dockerfile', startLine: 8, title: 'DL3048: Pin versions', message: 'Pin versions in apt get install' }
    ])
  })

  it('titles a parse error by its code alone', () => {
    const parse: LintFinding = { file: 'Dockerfile', line: 2, column: 1, level: 'error', code: 'DL1000', message: 'unexpected end of input' }
    expect(planAnnotations(makeRun({ lint: [parse] }))[0]).toMatchObject({ title: 'DL1000', startLine: 2 })
  })

  it('keeps untrusted text to one printable line', () => {
    const run = makeRun({ lint: [finding(1, 'error', 'DL3000', 'a\n::error::b\u001b[2J')] })
    expect(planAnnotations(run)[0]!.message).toBe('a ::error::b')
  })

  it('reports a build failure on its line, first among the errors', () => {
    const run = makeRun({ lint: [finding(1, 'error')], build: { status: 'failed', reason: 'exit code 100', failedLine: 6 } })
    expect(planAnnotations(run)[0]).toEqual({ level: 'error', file: 'Dockerfile', startLine: 6, title: 'Image build failed', message: 'exit code 100' })
  })

  it('reports a build failure on the file when the line is unknown', () => {
    const [build] = planAnnotations(makeRun({ build: { status: 'failed', reason: 'daemon unreachable' } }))
    expect(build).toEqual({ level: 'error', file: 'Dockerfile', title: 'Image build failed', message: 'daemon unreachable' })
  })

  it('reports a failed scan as an error', () => {
    const [scan] = planAnnotations(makeRun({ scan: { status: 'failed', reason: 'DB download failed' } }))
    expect(scan).toMatchObject({ level: 'error', title: 'Vulnerability scan failed', message: 'DB download failed' })
  })

  it.each([
    ['an error when the gate fails on vulnerabilities', DEFAULT_POLICY, 'error'],
    ['a warning when it does not', { ...DEFAULT_POLICY, failOnVuln: 'none' as const }, 'warning']
  ])('summarises the scan in one annotation without a line: %s', (_, policy, level) => {
    const run = makeRun({ report: fixtureReport('realworld-all-severities-67-vulns.json'), policy })
    expect(planAnnotations(run)).toEqual([
      {
        level,
        file: 'Dockerfile',
        title: 'Image vulnerabilities',
        message: '67 vulnerabilities in the image: 5 CRITICAL, 29 HIGH, 26 MEDIUM, 5 LOW, 2 UNKNOWN.'
      }
    ])
  })

  it('summarises a clean scan as a notice', () => {
    const [scan] = planAnnotations(makeRun({ report: fixtureReport('realworld-nginx-image-zero-vulns.json') }))
    expect(scan).toMatchObject({ level: 'notice', message: '0 vulnerabilities in the image: 0 CRITICAL, 0 HIGH, 0 MEDIUM, 0 LOW, 0 UNKNOWN.' })
  })

  describe('within GitHub’s limit of 10 per level', () => {
    it.each([9, 10])('keeps all %i findings of each level and adds no notice', (n) => {
      const run = makeRun({ lint: [...findings(n, 'error'), ...findings(n, 'warning', 100), ...findings(n, 'info', 200)] })
      const annotations = planAnnotations(run)
      expect(annotations.length).toBe(3 * n)
      expect(overflow(annotations)).toBeUndefined()
    })

    it.each([
      [11, 1 + 1 + 2],
      [30, 20 + 20 + 21]
    ])('keeps the first 10 of %i per level and says how many more', (n, more) => {
      const run = makeRun({ lint: [...findings(n, 'error'), ...findings(n, 'warning', 100), ...findings(n, 'style', 200)] })
      const annotations = planAnnotations(run)
      expect(byLevel(annotations, 'error').map((a) => a.startLine)).toEqual(findings(10, 'error').map((f) => f.line))
      expect(byLevel(annotations, 'warning').length).toBe(ANNOTATIONS_PER_LEVEL)
      expect(byLevel(annotations, 'notice').length).toBe(ANNOTATIONS_PER_LEVEL)
      expect(annotations.at(-1)).toEqual(overflow(annotations))
      expect(overflow(annotations)!.message).toBe(
        `${more} more findings are not shown as annotations (GitHub shows 10 per level); see the job summary or the pull-request comment.`
      )
    })

    it('keeps the worst first: build failure and lint errors before warnings, info before style', () => {
      const run = makeRun({
        lint: [...findings(12, 'style', 1), ...findings(12, 'info', 50)],
        build: { status: 'failed', reason: 'boom' }
      })
      const notices = byLevel(planAnnotations(run), 'notice')
      expect(notices.slice(0, 9).map((a) => a.startLine)).toEqual(findings(9, 'info', 50).map((f) => f.line))
      expect(notices.length).toBe(10)
      expect(overflow(notices)!.message).toMatch(/^15 more findings/)
    })

    it('counts the overflow notice itself within the 10 notices', () => {
      const run = makeRun({ lint: [...findings(11, 'error'), ...findings(10, 'info', 100)] })
      const annotations = planAnnotations(run)
      expect(byLevel(annotations, 'notice').length).toBe(ANNOTATIONS_PER_LEVEL)
      expect(overflow(annotations)!.message).toMatch(/^2 more findings/)
    })
  })

  it('is deterministic whatever the input order', () => {
    const lint = [...findings(15, 'warning'), ...findings(15, 'info', 40)]
    expect(planAnnotations(makeRun({ lint: [...lint].reverse() }))).toEqual(planAnnotations(makeRun({ lint })))
  })
})
