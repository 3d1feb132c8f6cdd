import { describe, expect, it } from 'vitest'
import { renderTerminal } from '../../src/report/tty.js'
import { compareVulnerabilities } from '../../src/report/select.js'
import { finding, fixtureReport, makeRun } from './runs.js'

const report = fixtureReport('realworld-ubuntu2204-144-vulns.json')

describe('renderTerminal', () => {
  const run = makeRun({ report, lint: [finding(3, 'warning'), finding(1, 'error', 'DL3006', 'Always tag the version of an image explicitly')] })
  const plain = renderTerminal(run, { color: false })
  const lines = plain.split('\n')

  it('starts with the verdict and its reasons', () => {
    expect(lines[0]).toBe('✖ Container Gate failed for Dockerfile')
    expect(lines[1]).toBe('  - 4 CRITICAL, 33 HIGH vulnerabilities (fail-on-vuln: high)')
    expect(lines[2]).toBe('  - 1 error lint finding (fail-on-lint: error)')
  })

  it('prints the counts and the steps', () => {
    expect(plain).toContain('Lint             1 error, 1 warning, 0 info, 0 style\n')
    expect(plain).toContain('Vulnerabilities  4 CRITICAL, 33 HIGH, 37 MEDIUM, 70 LOW, 0 UNKNOWN\n')
    expect(plain).toContain('Build            built app:test (123.5 MB)\n')
  })

  it('prints lint findings as FILE:LINE CODE LEVEL: message, in file order', () => {
    const lint = lines.filter((l) => l.startsWith('  Dockerfile:'))
    expect(lint).toEqual(['  Dockerfile:1 DL3006 error: Always tag the version of an image explicitly', '  Dockerfile:3 DL3008 warning: Pin versions in apt get install'])
  })

  it('prints every CRITICAL and HIGH vulnerability, worst first, and no lower one', () => {
    const urgent = report.vulnerabilities.filter((v) => v.severity === 'CRITICAL' || v.severity === 'HIGH').sort(compareVulnerabilities)
    const rows = lines.filter((l) => /^ {2}(CRITICAL|HIGH|MEDIUM|LOW) /.test(l))
    expect(rows.map((l) => l.split(/\s+/)[2])).toEqual(urgent.map((v) => v.id))
    expect(plain).toContain('107 lower-severity vulnerabilities are counted above but not listed here.')
  })

  it('says what was skipped and why', () => {
    const skipped = renderTerminal(makeRun({ build: { status: 'skipped', reason: 'build: false' }, scan: { status: 'skipped', reason: 'no image to scan' } }), { color: false })
    expect(skipped).toContain('Build            skipped: build: false\n')
    expect(skipped).toContain('Scan             skipped: no image to scan\n')
    expect(skipped).toContain('Vulnerabilities  not scanned\n')
    // A pass that scanned nothing never reads as a plain pass.
    expect(skipped.split('\n')[0]).toBe('✔ Container Gate passed (scan skipped: no image to scan) for Dockerfile')
  })

  it('says a plain "passed" only when the scan ran, and never qualifies a failure', () => {
    const scanned = renderTerminal(makeRun({ report: fixtureReport('realworld-nginx-image-zero-vulns.json') }), { color: false })
    expect(scanned.split('\n')[0]).toBe('✔ Container Gate passed for Dockerfile')
    const failed = renderTerminal(makeRun({ lint: [finding(2, 'error')], scan: { status: 'skipped', reason: 'scan is off' } }), { color: false })
    expect(failed.split('\n')[0]).toBe('✖ Container Gate failed for Dockerfile')
  })

  it('uses colour only when asked', () => {
    expect(plain).not.toContain('\u001b')
    const coloured = renderTerminal(run, { color: true })
    expect(coloured.split('\n')[0]).toBe('\u001b[31m✖ Container Gate failed for Dockerfile\u001b[0m')
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain)
  })

  it('lets no control character from the Dockerfile or the report reach the terminal', () => {
    const evil = 'x\u001b]0;pwned\u0007\u001b[2J\r\n::error::injected\u0000\u009b31m'
    const hostile = fixtureReport('trivy-golden-alpine-39.json')
    hostile.vulnerabilities[0] = { ...hostile.vulnerabilities[0]!, severity: 'CRITICAL', id: evil, pkgName: evil, title: evil }
    hostile.secrets.push({ ruleId: evil, title: evil, severity: 'HIGH', target: evil })
    const out = renderTerminal(
      makeRun({ report: hostile, dockerfile: evil, lint: [{ ...finding(1, 'error'), file: evil, code: evil, message: evil }], build: { status: 'failed', reason: evil } }),
      { color: false }
    )
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(out.split('\n').some((l) => l.trim().startsWith('::'))).toBe(false)
  })
})
