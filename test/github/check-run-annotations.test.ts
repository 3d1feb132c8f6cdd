import { describe, expect, it } from 'vitest'
import { ANNOTATIONS_PER_REQUEST, CHECK_SUMMARY_MAX_LENGTH, checkRunConclusion, checkRunName, planCheckRun } from '../../src/github/check-run-annotations.js'
import { planAnnotations, rankAnnotations } from '../../src/report/annotations.js'
import type { LintFinding } from '../../src/types.js'
import { finding, fixtureReport, makeRun, repeatVulnerabilities } from '../report/runs.js'

const LEVELS: LintFinding['level'][] = ['error', 'warning', 'info', 'style']
/** `n` lint findings on lines 1..n, cycling through the levels. */
const lintFindings = (n: number, levels: LintFinding['level'][] = LEVELS): LintFinding[] =>
  Array.from({ length: n }, (_, i) => finding(i + 1, levels[i % levels.length]!, `DL${3000 + i}`, `message ${i}`))

describe('planCheckRun', () => {
  it.each([
    { findings: 0, batches: [] },
    { findings: 50, batches: [50] },
    { findings: 51, batches: [50, 1] },
    { findings: 130, batches: [50, 50, 30] }
  ])('cuts $findings findings into batches of $batches', ({ findings, batches }) => {
    const plan = planCheckRun(makeRun({ lint: lintFindings(findings) }))
    expect(plan.batches.map((b) => b.length)).toEqual(batches)
    expect(ANNOTATIONS_PER_REQUEST).toBe(50)
  })

  it('keeps every annotation, most important first, where workflow commands stop at 10 per level', () => {
    const run = makeRun({ lint: lintFindings(25, ['error']) })
    const annotations = planCheckRun(run).batches.flat()

    expect(annotations).toHaveLength(25)
    expect(planAnnotations(run).filter((a) => a.level === 'error')).toHaveLength(10)
    expect(annotations.map((a) => a.start_line)).toEqual(rankAnnotations(run).map((a) => a.startLine))
  })

  it('words each annotation as the workflow-command annotations do, at the Checks API level', () => {
    const run = makeRun({ lint: [finding(4, 'info', 'DL3059', 'Multiple consecutive RUN'), finding(2, 'error', 'DL3000')] })
    expect(planCheckRun(run).batches).toEqual([
      [
        { path: 'Dockerfile', start_line: 2, end_line: 2, annotation_level: 'failure', title: 'DL3000: Pin versions', message: 'Pin versions in apt get install' },
        { path: 'Dockerfile', start_line: 4, end_line: 4, annotation_level: 'notice', title: 'DL3059: Pin versions', message: 'Multiple consecutive RUN' }
      ]
    ])
  })

  it('places what concerns the whole image on the final FROM, else on line 1', () => {
    const run = { ...makeRun({ report: fixtureReport('trivy-golden-alpine-310.json') }), fromLine: 3 }
    const [summary] = planCheckRun(run).batches.flat()
    expect(summary).toMatchObject({ title: 'Image vulnerabilities', start_line: 3, end_line: 3 })
    expect(planCheckRun({ ...run, fromLine: undefined }).batches[0]![0]).toMatchObject({ start_line: 1 })
  })

  it('keeps a message within 64 KB and a title within 255 characters', () => {
    const long: LintFinding = { ...finding(1, 'error'), message: '€'.repeat(30_000), title: 'x'.repeat(400) }
    const [annotation] = planCheckRun(makeRun({ lint: [long] })).batches.flat()
    expect(Buffer.byteLength(annotation!.message)).toBeLessThanOrEqual(65_536)
    expect(annotation!.message.endsWith('…')).toBe(true)
    expect(annotation!.title).toHaveLength(255)
  })

  it('fits a huge report into the summary limit and says what was left out', () => {
    const report = fixtureReport('trivy-golden-alpine-310.json')
    const run = makeRun({ report: { ...report, vulnerabilities: repeatVulnerabilities(report.vulnerabilities, 3_000) } })
    const { summary, title } = planCheckRun(run)
    expect(summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_MAX_LENGTH)
    expect(summary).toContain("left out to stay under the Checks API's limit of 65,535 characters")
    expect(title).toBe('Passed: 0 lint findings, 3,000 vulnerabilities')
  })

  it('names the check run after the Dockerfile', () => {
    expect(checkRunName('services/api/Dockerfile')).toBe('Container Gate: services/api/Dockerfile')
  })
})

describe('checkRunConclusion', () => {
  it('fails with the gate', () => {
    const run = makeRun({ lint: [finding(1, 'error')] })
    expect(checkRunConclusion(run)).toBe('failure')
    expect(planCheckRun(run)).toMatchObject({ conclusion: 'failure', title: 'Failed: 1 lint finding' })
  })

  it('is neutral when findings stay below the thresholds', () => {
    expect(checkRunConclusion(makeRun({ lint: [finding(1, 'warning')] }))).toBe('neutral')
  })

  it('succeeds when there is nothing to report', () => {
    expect(checkRunConclusion(makeRun())).toBe('success')
  })
})
