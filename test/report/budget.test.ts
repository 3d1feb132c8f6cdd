// The report's budget in priority order: for every Dockerfile, what decides its verdict is kept (as a row, or named in
// the note of the rows cut) before any Dockerfile's HIGH, and HIGH before the rest; annotations follow the same order.
import { describe, expect, it } from 'vitest'
import { combineRuns } from '../../src/gate.js'
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from '../../src/report/annotations.js'
import { COMMENT_MAX_LENGTH, commentMarker, renderComment } from '../../src/report/comment.js'
import type { GateRun, Policy, Vulnerability } from '../../src/types.js'
import { finding, fixtureReport, makeRun, repeatVulnerabilities } from './runs.js'

/** The action's defaults: fail on CRITICAL and on lint errors. */
const POLICY: Policy = { failOnVuln: 'CRITICAL', failOnLint: 'error', severities: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] }
const MARKER = commentMarker('CI/gate/services/*/Dockerfile')
const real = fixtureReport('realworld-ubuntu2204-144-vulns.json')

/** 4,000 vulnerabilities under new IDs: the real report's mix, or its CRITICALs once and 3,996 of the rest. */
function vulnerabilities(tag: string, mix: 'real' | 'few-critical'): Vulnerability[] {
  const made =
    mix === 'real'
      ? repeatVulnerabilities(real.vulnerabilities, 4000)
      : [
          ...repeatVulnerabilities(real.vulnerabilities.filter((v) => v.severity === 'CRITICAL'), 4),
          ...repeatVulnerabilities(real.vulnerabilities.filter((v) => v.severity !== 'CRITICAL'), 3996)
        ]
  // Traced to the FROM line, as the attribution places a base image's packages.
  return made.map((v) => ({ ...v, id: `${v.id}-${tag}`, line: 2 }))
}

function runs(count: number, mix: 'real' | 'few-critical', errors = 1): GateRun[] {
  return Array.from({ length: count }, (_, i) => {
    const dockerfile = `services/svc-${i}/Dockerfile`
    const lint = [
      ...Array.from({ length: errors }, (_, k) => ({ ...finding(3 + 40 * k, 'error', 'DL3020', 'Use COPY instead of ADD for files and folders'), file: dockerfile })),
      ...Array.from({ length: 30 }, (_, k) => ({ ...finding(4 + k, 'warning'), file: dockerfile }))
    ]
    return makeRun({ dockerfile, lint, policy: POLICY, report: { ...real, vulnerabilities: vulnerabilities(`D${i}`, mix) } })
  })
}

/** Every finding that decides a run's verdict under POLICY: its CRITICALs and its lint errors. */
function deciding(run: GateRun): { ids: string[]; lint: number } {
  return { ids: run.scan.report!.vulnerabilities.filter((v) => v.severity === 'CRITICAL').map((v) => v.id), lint: run.lint.filter((f) => f.level === 'error').length }
}

/** The comment's text for one Dockerfile: from its heading to the next one's. */
function sectionOf(body: string, run: GateRun, all: readonly GateRun[]): string {
  const heading = (r: GateRun) => body.indexOf(`Container Gate failed for <code>${r.dockerfile}</code>`)
  const start = heading(run)
  const next = all.map(heading).filter((at) => at > start).sort((a, b) => a - b)[0] ?? body.length
  return body.slice(start, next)
}

/** The escaped form the comment gives an ID. */
const shown = (id: string): string => id.replace(/[\\`*_[\]~$:]/g, '\\$&')

describe.each([
  [1, 'real'],
  [3, 'real'],
  [20, 'few-critical']
] as const)('a comment over %i Dockerfiles of 4,000 vulnerabilities each (%s mix)', (count, mix) => {
  const gated = runs(count, mix)
  const report = count === 1 ? gated[0]! : combineRuns(gated)
  const body = renderComment(report, { marker: MARKER })

  it('stays within GitHub\'s limit', () => {
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH)
  })

  it('keeps every deciding finding of every Dockerfile, as a row or named where its rows were cut', () => {
    for (const run of gated) {
      const section = count === 1 ? body : sectionOf(body, run, gated)
      const { ids, lint } = deciding(run)
      const missing = ids.filter((id) => !section.includes(shown(id)))
      expect(missing, run.dockerfile).toEqual([])
      expect(lint).toBe(1)
      expect(section.includes('| [DL3020]') || section.includes('DL3020 on line 3'), run.dockerfile).toBe(true)
    }
  })

  it('shows a lower-priority row of a Dockerfile only once no deciding row of any Dockerfile is cut', () => {
    const named = /that decides? the verdict/.test(body)
    const lower = body.split('\n').filter((l) => /^\| (HIGH|MEDIUM|LOW|UNKNOWN) \|/.test(l) || /^\| \d+ \| .* \| warning \|/.test(l))
    // One Dockerfile's CRITICALs fit as rows, with room for HIGH; three or twenty Dockerfiles' need their names.
    expect(named).toBe(count > 1 && mix === 'real')
    if (named) expect(lower).toEqual([])
    else expect(lower.length).toBeGreaterThan(0)
  })
})

describe('the annotation budget in the same order', () => {
  it('gives every Dockerfile\'s deciding lint error and CRITICAL line an error slot before any vulnerability count', () => {
    const gated = runs(3, 'real', 3)
    const errors = planAnnotations(combineRuns(gated)).filter((a) => a.level === 'error')
    expect(errors).toHaveLength(ANNOTATIONS_PER_LEVEL)
    for (const run of gated) {
      expect(errors.some((a) => a.file === run.dockerfile && a.startLine === 3 && a.title?.startsWith('DL3020')), run.dockerfile).toBe(true)
      expect(errors.some((a) => a.file === run.dockerfile && a.startLine === 2 && a.title?.startsWith('Vulnerabilities')), run.dockerfile).toBe(true)
    }
    // Twelve deciding annotations compete for ten slots; the per-image counts repeat what the lines say and get none.
    expect(errors.filter((a) => a.title === 'Image vulnerabilities')).toEqual([])
  })

  it('takes turns between Dockerfiles of equal weight, so that twenty share the ten error slots', () => {
    const gated = runs(20, 'few-critical')
    const errors = planAnnotations(combineRuns(gated)).filter((a) => a.level === 'error')
    // Each Dockerfile's first deciding annotation before any Dockerfile's second.
    expect(new Set(errors.map((a) => a.file)).size).toBe(ANNOTATIONS_PER_LEVEL)
  })
})

describe('misconfigurations and licences in the budget', () => {
  // The gate judges them by fail-on-vuln on their severity, as it judges vulnerabilities: the same order places them.
  const misconfig = fixtureReport('trivy-golden-dockerfile-misconfig.json').misconfigurations![0]!
  const licence = fixtureReport('defectdojo-image-license-scheme.json').licenses![0]!
  const report = {
    ...real,
    vulnerabilities: vulnerabilities('M', 'few-critical'),
    misconfigurations: [{ ...misconfig, id: 'DS-CRIT', severity: 'CRITICAL' as const }],
    licenses: Array.from({ length: 2000 }, (_, i) => ({ ...licence, name: `LicenceRef-${i}`, severity: 'LOW' as const }))
  }
  const body = renderComment(makeRun({ policy: POLICY, report }), { marker: MARKER })

  it('keeps a CRITICAL misconfiguration and cuts LOW licences before any HIGH vulnerability', () => {
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH)
    expect(body).toMatch(/^\| CRITICAL \| \[?DS-CRIT/m)
    expect(body).toMatch(/^\| HIGH \|/m)
    expect(body).not.toContain('LicenceRef-1999')
  })
})
