// One step, several Dockerfiles: the comment and summary's overview and sections, one annotation budget for all,
// a SARIF run per Dockerfile.
import { describe, expect, it } from 'vitest'
import { combineRuns } from '../../src/gate.js'
import { planAnnotations } from '../../src/report/annotations.js'
import { commentMarker, renderComment } from '../../src/report/comment.js'
import { SARIF_MAX_RUNS, toSarifLog } from '../../src/report/sarif.js'
import { renderSummary } from '../../src/report/summary.js'
import type { GateRun } from '../../src/types.js'
import { finding, fixtureReport, makeRun } from './runs.js'

const MARKER = commentMarker('CI/gate/services/*/Dockerfile')
const CATALOG = [{ code: 'DL3008', name: 'PinVersionsInAptGet', title: 'Pin versions', docsUrl: 'https://example.test/DL3008', severity: 'warning' as const }]

function monorepo(): GateRun[] {
  return [
    makeRun({ dockerfile: 'services/api/Dockerfile', report: fixtureReport('realworld-ubuntu2204-144-vulns.json'), lint: [{ ...finding(3, 'error'), file: 'services/api/Dockerfile' }] }),
    makeRun({ dockerfile: 'services/web/Dockerfile', report: fixtureReport('realworld-nginx-image-zero-vulns.json') }),
    makeRun({ dockerfile: 'services/worker/Dockerfile', report: fixtureReport('realworld-all-severities-67-vulns.json'), lint: [{ ...finding(7, 'warning'), file: 'services/worker/Dockerfile' }] }),
    makeRun({ dockerfile: 'tools/Dockerfile', lint: [] })
  ]
}

describe('a report over several Dockerfiles', () => {
  it('opens with the overall verdict and one overview row per Dockerfile', () => {
    const body = renderComment(combineRuns(monorepo()), { marker: MARKER })
    const lines = body.split('\n')
    expect(lines[0]).toBe(MARKER)
    expect(lines[1]).toBe('### ❌ Container Gate failed for 2 of 4 Dockerfiles')
    const rows = lines.filter((l) => l.startsWith('| <code>'))
    expect(rows.slice(0, 4)).toEqual([
      '| <code>services/api/Dockerfile</code> | ❌ failed | 1 | 0 | 4 | 33 | 107 | – |',
      '| <code>services/web/Dockerfile</code> | ✅ passed | 0 | 0 | 0 | 0 | 0 | – |',
      '| <code>services/worker/Dockerfile</code> | ❌ failed | 0 | 1 | 5 | 29 | 33 | – |',
      '| <code>tools/Dockerfile</code> | ✅ passed | 0 | 0 | – | – | – | – |'
    ])
  })

  it("gives each Dockerfile its own section, headings one level below the overview's", () => {
    const body = renderComment(combineRuns(monorepo()), { marker: MARKER })
    const headings = body.split('\n').filter((l) => /^#{3,4} /.test(l))
    expect(headings.filter((h) => h.startsWith('### '))).toEqual(['### ❌ Container Gate failed for 2 of 4 Dockerfiles'])
    const verdicts = headings.filter((h) => /^#### [✅❌] Container Gate/.test(h))
    expect(verdicts.map((h) => /<code>(.*?)<\/code>/.exec(h)![1])).toEqual(['services/api/Dockerfile', 'services/web/Dockerfile', 'services/worker/Dockerfile', 'tools/Dockerfile'])
    expect(headings).toContain('#### CRITICAL and HIGH vulnerabilities')
  })

  it('renders one Dockerfile exactly as a single run, with no overview', () => {
    const [only] = monorepo()
    expect(renderComment(combineRuns([only!]), { marker: MARKER })).toBe(renderComment(only!, { marker: MARKER }))
    expect(renderSummary(combineRuns([only!]))).toBe(renderSummary(only!))
  })

  it('stays under the limit by dropping rows first, then the details of passing Dockerfiles, listing every one', () => {
    const runs = monorepo()
    const full = renderComment(combineRuns(runs), { marker: MARKER })
    const max = 3_000
    const cut = renderComment(combineRuns(runs), { marker: MARKER, maxLength: max })
    expect(full.length).toBeGreaterThan(max)
    expect(cut.length).toBeLessThanOrEqual(max)
    // The overview names all four; the failing ones keep their sections.
    for (const run of runs) expect(cut).toContain(`| <code>${run.dockerfile}</code> |`)
    expect(cut).toContain('#### ❌ Container Gate failed for <code>services/api/Dockerfile</code>')
    expect(cut).toContain('#### ❌ Container Gate failed for <code>services/worker/Dockerfile</code>')
    expect(cut).not.toContain('#### ✅ Container Gate passed for <code>tools/Dockerfile</code>')
    expect(cut).toMatch(/_The details of 2 Dockerfiles are left out for size; this run's job summary has them\._/)
  })

  it('fits a step with hundreds of Dockerfiles into one comment', () => {
    const many = Array.from({ length: 300 }, (_, i) => makeRun({ dockerfile: `services/svc-${i}/Dockerfile`, lint: [{ ...finding(2, 'error'), file: `services/svc-${i}/Dockerfile` }] }))
    const body = renderComment(combineRuns(many), { marker: MARKER })
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('### ❌ Container Gate failed for 300 of 300 Dockerfiles')
    expect(body).toMatch(/more Dockerfiles? not listed here|left out for size/)
  })

  it('spends one annotation budget on the most important findings of all the Dockerfiles', () => {
    const annotations = planAnnotations(combineRuns(monorepo()))
    const errors = annotations.filter((a) => a.level === 'error')
    // Vulnerabilities are annotated once per Dockerfile line, so both failing Dockerfiles' lines and the lint error fit.
    expect(errors.some((a) => a.file === 'services/api/Dockerfile' && a.title?.startsWith('DL3008'))).toBe(true)
    expect(new Set(errors.map((a) => a.file))).toEqual(new Set(['services/api/Dockerfile', 'services/worker/Dockerfile']))
    for (const level of ['error', 'warning', 'notice']) expect(annotations.filter((a) => a.level === level).length).toBeLessThanOrEqual(10)
  })

  it('says once, on no Dockerfile in particular, how many findings of all the Dockerfiles did not fit', () => {
    const errors = (file: string) => Array.from({ length: 8 }, (_, i) => ({ ...finding(i + 1, 'error'), file }))
    const runs = ['a/Dockerfile', 'b/Dockerfile'].map((dockerfile) => makeRun({ dockerfile, lint: errors(dockerfile) }))
    const annotations = planAnnotations(combineRuns(runs))
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10)
    const more = annotations.at(-1)!
    expect(more).toMatchObject({ level: 'notice', title: 'More findings' })
    expect(more.message).toMatch(/^6 more findings are not shown/)
    expect(more.file).toBeUndefined()
  })

  it('writes a SARIF run per Dockerfile, each with its own automation id', () => {
    const runs = monorepo()
    const log = toSarifLog(runs.map((r) => ({ dockerfile: r.dockerfile, lint: r.lint, vulnerabilities: r.scan.report?.vulnerabilities, toolVersion: '1.0.0', rules: CATALOG })))
    expect(log.runs.map((r) => r.automationDetails.id)).toEqual(runs.map((r) => `container-gate/${r.dockerfile}/`))
    const uris = log.runs.map((r) => new Set(r.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)))
    uris.forEach((set, i) => expect([...set]).toEqual(set.size === 0 ? [] : [runs[i]!.dockerfile]))
  })

  it(`merges more than ${SARIF_MAX_RUNS} Dockerfiles into one run, which code scanning accepts, keeping every result`, () => {
    const runs = Array.from({ length: SARIF_MAX_RUNS + 1 }, (_, i) => ({
      dockerfile: `svc-${i}/Dockerfile`,
      lint: [{ ...finding(i + 1, 'warning'), file: `svc-${i}/Dockerfile` }],
      toolVersion: '1.0.0',
      rules: CATALOG
    }))
    const log = toSarifLog(runs)
    expect(log.runs).toHaveLength(1)
    expect(log.runs[0]!.results).toHaveLength(SARIF_MAX_RUNS + 1)
    expect(log.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['DL3008'])
    expect(log.runs[0]!.results.every((r) => r.ruleIndex === 0)).toBe(true)
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(runs.map((r) => r.dockerfile))
    expect(JSON.parse(JSON.stringify(log.runs[0]))).not.toHaveProperty('invocations')
  })
})
