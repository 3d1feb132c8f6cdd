import { describe, expect, it } from 'vitest'
import { combineRuns, decide } from '../src/gate.js'
import type { BuildOutcome, LintFinding, LintLevel, Policy, ScanOutcome, Vulnerability, VulnSeverity } from '../src/types.js'
import { makeRun } from './report/runs.js'

const policy: Policy = { failOnVuln: 'CRITICAL', failOnLint: 'error', severities: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] }
const built: BuildOutcome = { status: 'ok', image: 'app:1', imageId: 'sha256:1' }

function finding(level: LintLevel): LintFinding {
  return { file: 'Dockerfile', line: 1, column: 1, level, code: 'CG001', message: 'm' }
}

function scanned(...severities: VulnSeverity[]): ScanOutcome {
  const vulnerabilities: Vulnerability[] = severities.map((severity, i) => ({
    id: `CVE-2024-${i}`, pkgName: 'p', installedVersion: '1', severity, target: 't', class: 'os-pkgs'
  }))
  return { status: 'ok', report: { vulnerabilities, secrets: [] } }
}

describe('the gate', () => {
  it('passes a clean run', () => {
    expect(decide([], built, scanned(), policy)).toEqual({ pass: true, reasons: [] })
  })

  it('fails on a CRITICAL vulnerability by default, and says how many', () => {
    const verdict = decide([], built, scanned('CRITICAL', 'CRITICAL', 'HIGH'), policy)
    expect(verdict.pass).toBe(false)
    expect(verdict.reasons).toEqual(['2 CRITICAL vulnerabilities (fail-on-vuln: critical)'])
  })

  it('counts every severity at or above the threshold', () => {
    const verdict = decide([], built, scanned('CRITICAL', 'HIGH', 'LOW'), { ...policy, failOnVuln: 'HIGH' })
    expect(verdict.reasons).toEqual(['1 CRITICAL, 1 HIGH vulnerabilities (fail-on-vuln: high)'])
  })

  it('lets HIGH through when the threshold is CRITICAL', () => {
    expect(decide([], built, scanned('HIGH', 'MEDIUM'), policy).pass).toBe(true)
  })

  it('gates on severities the reports hide', () => {
    expect(decide([], built, scanned('CRITICAL'), { ...policy, severities: ['LOW'] }).pass).toBe(false)
  })

  it('gates misconfigurations and licences by their severity, like vulnerabilities', () => {
    const scan: ScanOutcome = {
      status: 'ok',
      report: {
        vulnerabilities: [],
        secrets: [],
        misconfigurations: [{ id: 'DS-0002', title: 'root', severity: 'HIGH', target: 'Dockerfile' }],
        licenses: [{ name: 'GPL-2.0', severity: 'HIGH', category: 'restricted', target: 'OS Packages' }, { name: 'MIT', severity: 'LOW', target: 'OS Packages' }]
      }
    }
    expect(decide([], built, scan, policy).pass).toBe(true)
    expect(decide([], built, scan, { ...policy, failOnVuln: 'HIGH' }).reasons).toEqual([
      '1 HIGH misconfiguration (fail-on-vuln: high)',
      '1 HIGH licence (fail-on-vuln: high)'
    ])
    expect(decide([], built, scan, { ...policy, failOnVuln: 'LOW' }).reasons[1]).toBe('1 HIGH, 1 LOW licences (fail-on-vuln: low)')
  })

  it('never fails on vulnerabilities with fail-on-vuln none', () => {
    expect(decide([], built, scanned('CRITICAL'), { ...policy, failOnVuln: 'none' }).pass).toBe(true)
  })

  it('fails on a lint error, not on a warning, by default', () => {
    expect(decide([finding('warning')], built, scanned(), policy).pass).toBe(true)
    expect(decide([finding('error')], built, scanned(), policy).reasons).toEqual(['1 error lint finding (fail-on-lint: error)'])
  })

  it('fails on warnings and worse with fail-on-lint warning', () => {
    const verdict = decide([finding('error'), finding('warning'), finding('style')], built, scanned(), { ...policy, failOnLint: 'warning' })
    expect(verdict.reasons).toEqual(['1 error, 1 warning lint findings (fail-on-lint: warning)'])
  })

  it('fails when the build or the scan failed: a scan that did not run is not a clean scan', () => {
    const verdict = decide([], { status: 'failed', reason: 'exit code 1' }, { status: 'failed', reason: 'trivy not found' }, policy)
    expect(verdict.reasons).toEqual(['the image build failed: exit code 1', 'the vulnerability scan failed: trivy not found'])
  })

  it('does not fail on skipped steps', () => {
    expect(decide([], { status: 'skipped', reason: 'off' }, { status: 'skipped', reason: 'off' }, policy).pass).toBe(true)
  })

  describe('with fail-scope new', () => {
    const scoped: Policy = { ...policy, failScope: 'new' }
    const introduced = (scan: ScanOutcome, ...which: number[]): ScanOutcome => ({
      ...scan,
      report: { ...scan.report!, vulnerabilities: scan.report!.vulnerabilities.map((v, i) => ({ ...v, introduced: which.includes(i) })) }
    })

    it('blocks only on what the pull request introduced, and says "new"', () => {
      const scan = introduced(scanned('CRITICAL', 'CRITICAL', 'CRITICAL'), 2)
      expect(decide([], built, scan, scoped).reasons).toEqual(['1 new CRITICAL vulnerability (fail-on-vuln: critical, fail-scope: new)'])
      const lint = [{ ...finding('error'), introduced: true }, { ...finding('error'), introduced: false }, finding('error')]
      expect(decide(lint, built, scanned(), scoped).reasons).toEqual(['1 new error lint finding (fail-on-lint: error, fail-scope: new)'])
    })

    it('passes over existing findings, however bad, that fail-scope all blocks', () => {
      const scan = introduced(scanned('CRITICAL', 'LOW'), 1)
      const lint = [{ ...finding('error'), introduced: false }]
      expect(decide(lint, built, scan, scoped)).toEqual({ pass: true, reasons: [] })
      expect(decide(lint, built, scan, policy).pass).toBe(false)
    })

    it('still fails a build or scan that did not run: there is nothing to compare', () => {
      expect(decide([], { status: 'failed', reason: 'exit 1' }, { status: 'skipped' }, scoped).reasons).toEqual(['the image build failed: exit 1'])
    })
  })
})

describe('combineRuns', () => {
  const passing = (dockerfile: string) => makeRun({ dockerfile, scan: scanned('HIGH'), policy })
  const failing = (dockerfile: string) =>
    makeRun({ dockerfile, lint: [finding('error')], build: { status: 'failed', reason: 'exit code 1' }, scan: scanned('CRITICAL'), policy })

  it('passes when every run passes', () => {
    expect(combineRuns([passing('a/Dockerfile'), passing('b/Dockerfile')]).verdict).toEqual({ pass: true, reasons: [] })
  })

  it('fails when any run fails', () => {
    expect(combineRuns([passing('a/Dockerfile'), failing('b/Dockerfile')]).verdict.pass).toBe(false)
    expect(combineRuns([failing('a/Dockerfile'), passing('b/Dockerfile')]).verdict.pass).toBe(false)
  })

  it("keeps the one run's reasons as they are", () => {
    const run = failing('services/api/Dockerfile')
    expect(combineRuns([run]).verdict).toEqual({ pass: false, reasons: run.verdict.reasons })
    expect(run.verdict.reasons).toEqual(['the image build failed: exit code 1', '1 CRITICAL vulnerability (fail-on-vuln: critical)', '1 error lint finding (fail-on-lint: error)'])
  })

  it('names the Dockerfile before each reason with several runs, in the order of the runs', () => {
    const runs = [failing('services/web/Dockerfile'), passing('Dockerfile'), makeRun({ dockerfile: 'Dockerfile.dev', lint: [finding('error')], policy })]
    expect(combineRuns(runs).verdict.reasons).toEqual([
      'services/web/Dockerfile: the image build failed: exit code 1',
      'services/web/Dockerfile: 1 CRITICAL vulnerability (fail-on-vuln: critical)',
      'services/web/Dockerfile: 1 error lint finding (fail-on-lint: error)',
      'Dockerfile.dev: 1 error lint finding (fail-on-lint: error)'
    ])
  })

  it('keeps the runs, in order, in a list of its own', () => {
    const runs = [passing('b/Dockerfile'), failing('a/Dockerfile')]
    const report = combineRuns(runs)
    expect(report.runs).toEqual(runs)
    expect(report.runs).not.toBe(runs)
    expect(report.runs[0]).toBe(runs[0])
  })

  it('fails with no run at all: nothing gated is not a pass', () => {
    expect(combineRuns([]).verdict).toEqual({ pass: false, reasons: ['no Dockerfile was gated'] })
  })
})
