import { describe, expect, it } from 'vitest'
import { compareWithBaseline } from '../../src/baseline/compare.js'
import { baselineCacheKey, baselineCommitKey, baselineRestoreKey, vulnerabilityIdentity } from '../../src/baseline/keys.js'
import { BaselineError, parseBaselineResults, toBaselineResults } from '../../src/baseline/results.js'
import type { BaselineResults } from '../../src/baseline/results.js'
import type { LintFinding, ScanOutcome, Vulnerability } from '../../src/types.js'
import { finding, makeRun } from '../report/runs.js'

const IMAGE = 'container-gate/app:3f2a9c1d0b7e'

function vuln(id: string, pkgName = 'musl', installedVersion = '1.1.20-r4', image = IMAGE): Vulnerability {
  return { id, pkgName, installedVersion, severity: 'CRITICAL', target: `${image} (alpine 3.9.4)`, class: 'os-pkgs' }
}

function scanOf(...vulns: Vulnerability[]): ScanOutcome {
  return { status: 'ok', report: { artifactName: IMAGE, vulnerabilities: vulns, secrets: [] } }
}

function baselineOf(vulns: Vulnerability[], artifactName: string, lint: LintFinding[] = []): BaselineResults {
  const results = toBaselineResults(makeRun({ report: { artifactName, vulnerabilities: vulns, secrets: [] }, lint }), 'a'.repeat(40))
  if ('unusable' in results) throw new Error(results.unusable)
  return results
}

const marks = (vulns: readonly Vulnerability[] | undefined) => (vulns ?? []).map((v) => [v.id, v.pkgName, v.introduced])

describe('new versus existing vulnerabilities', () => {
  it('marks exactly those whose ID, package, installed version or target the baseline lacks', () => {
    // The baseline's image had another tag: its name must not make every vulnerability look new.
    const older = 'container-gate/app:0000aaaa1111'
    const baseline = baselineOf([vuln('CVE-1', 'musl', '1.1.20-r4', older), vuln('CVE-2', 'musl-utils', '1.1.20-r4', older)], older)
    const compared = compareWithBaseline({
      lint: [],
      scan: scanOf(vuln('CVE-1'), vuln('CVE-2', 'musl-utils'), vuln('CVE-2', 'musl'), vuln('CVE-1', 'musl', '1.1.20-r5'), vuln('CVE-3')),
      instructions: [],
      baseline: { results: baseline, source: 'the Actions cache' },
      changed: []
    })
    expect(marks(compared.scan.report?.vulnerabilities)).toEqual([
      ['CVE-1', 'musl', false],
      ['CVE-2', 'musl-utils', false],
      ['CVE-2', 'musl', true],
      ['CVE-1', 'musl', true],
      ['CVE-3', 'musl', true]
    ])
    expect(compared.comparison).toEqual({
      baseline: { source: 'the Actions cache', commit: 'a'.repeat(40), imageSize: 123_456_789, vulnerabilities: 2, lintFindings: 0 },
      notes: []
    })
  })

  it('marks nothing, and says so, without a baseline', () => {
    const compared = compareWithBaseline({
      lint: [finding(3, 'error')],
      scan: scanOf(vuln('CVE-1')),
      instructions: [],
      baseline: { missing: 'the Actions cache holds none for Dockerfile yet' },
      changed: { unknown: 'not used' }
    })
    expect(compared.scan.report?.vulnerabilities[0]?.introduced).toBeUndefined()
    expect(compared.lint[0]?.introduced).toBeUndefined()
    expect(compared.comparison).toEqual({ notes: ['No baseline: the Actions cache holds none for Dockerfile yet. Nothing is marked new.'] })
  })

  it('marks no vulnerability when the baseline run did not scan, and says why', () => {
    const results: BaselineResults = { version: 1, dockerfile: 'Dockerfile', lint: [] }
    const compared = compareWithBaseline({ lint: [], scan: scanOf(vuln('CVE-1')), instructions: [], baseline: { results, source: 'b.json' }, changed: [] })
    expect(compared.scan.report?.vulnerabilities[0]?.introduced).toBeUndefined()
    expect(compared.comparison.notes).toEqual(["The baseline's run did not scan its image, so no vulnerability is marked new."])
  })
})

describe('new versus existing lint findings', () => {
  const results = baselineOf([], IMAGE)
  const lint = [finding(1, 'warning', 'DL3006'), finding(4, 'warning', 'DL3008'), finding(9, 'error', 'CG001')]
  // FROM on 1, a RUN on 4-6 continued over three lines, CMD on 9.
  const instructions = [{ start: 1, end: 1 }, { start: 4, end: 6 }, { start: 9, end: 9 }]

  it('marks a finding whose instruction has a changed line, even a continuation line', () => {
    const compared = compareWithBaseline({ lint, scan: scanOf(), instructions, baseline: { results, source: 's' }, changed: [{ start: 6, end: 7 }] })
    expect(compared.lint.map((f) => [f.line, f.introduced])).toEqual([[1, false], [4, true], [9, false]])
    expect(compared.comparison.notes).toEqual([])
  })

  it('counts every line as changed when the diff could not be made, and says why', () => {
    const compared = compareWithBaseline({ lint, scan: scanOf(), instructions, baseline: { results, source: 's' }, changed: { unknown: 'git diff failed: bad revision' } })
    expect(compared.lint.every((f) => f.introduced === true)).toBe(true)
    expect(compared.comparison.notes).toEqual(['Could not diff the Dockerfile (git diff failed: bad revision): every lint finding counts as new.'])
  })
})

describe('baseline keys and files', () => {
  it('keys a baseline by a hash of the Dockerfile path, the commit and the run, newest by prefix', () => {
    const key = baselineCacheKey('docker/app/Dockerfile', 'f'.repeat(40), '4242')
    expect(key).toMatch(/^container-gate-baseline-[0-9a-f]{64}-f{40}-4242$/)
    expect(key.startsWith(baselineRestoreKey('docker/app/Dockerfile'))).toBe(true)
    expect(key.startsWith(baselineCommitKey('docker/app/Dockerfile', 'f'.repeat(40)))).toBe(true)
    expect(key.startsWith(baselineCommitKey('docker/app/Dockerfile', 'f'.repeat(39)))).toBe(false)
    expect(baselineRestoreKey('Dockerfile')).not.toBe(baselineRestoreKey('docker/app/Dockerfile'))
  })

  it('takes the image name out of the target, and only at its start', () => {
    expect(vulnerabilityIdentity(vuln('CVE-1'), IMAGE).target).toBe('IMAGE (alpine 3.9.4)')
    expect(vulnerabilityIdentity({ ...vuln('CVE-1'), target: 'Java' }, IMAGE).target).toBe('Java')
    expect(vulnerabilityIdentity(vuln('CVE-1'), undefined).target).toBe(`${IMAGE} (alpine 3.9.4)`)
  })

  it('keeps a run as a baseline that reads back the same, but not a run whose build or scan failed', () => {
    const results = baselineOf([vuln('CVE-1')], IMAGE, [finding(2, 'error', 'CG001')])
    expect(parseBaselineResults(JSON.stringify(results), 'b.json')).toEqual(results)
    expect(results.lint).toEqual([{ line: 2, code: 'CG001', level: 'error', message: 'Pin versions in apt get install' }])
    expect(toBaselineResults(makeRun({ build: { status: 'failed', reason: 'exit 1' } }), undefined)).toEqual({ unusable: 'its image build failed' })
    expect(toBaselineResults(makeRun({ scan: { status: 'failed', reason: 'no trivy' } }), undefined)).toEqual({ unusable: 'its vulnerability scan failed' })
  })

  it.each([
    ['not JSON', '{', 'b.json: not JSON'],
    ['another version', '{"version":2,"dockerfile":"D","lint":[]}', 'b.json: not a Container Gate baseline: version 2, expected 1'],
    ['a vulnerability without a target', '{"version":1,"dockerfile":"D","lint":[],"vulnerabilities":[{"id":"C","pkgName":"p","installedVersion":"1"}]}', 'vulnerabilities must list'],
    ['a lint finding with an unknown level', '{"version":1,"dockerfile":"D","lint":[{"line":1,"code":"X","level":"fatal","message":"m"}]}', 'lint must list'],
    ['a negative size', '{"version":1,"dockerfile":"D","lint":[],"imageSize":-1}', 'imageSize is not a byte count']
  ])('refuses a file that is %s, naming it', (_name, text, message) => {
    expect(() => parseBaselineResults(text, 'b.json')).toThrow(BaselineError)
    expect(() => parseBaselineResults(text, 'b.json')).toThrow(message)
  })
})
