// Real GateRuns for the renderer tests, built from the Trivy fixtures in test/fixtures/trivy with the real parser and gate.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { decide } from '../../src/gate.js'
import { parseTrivyReport } from '../../src/trivy/report.js'
import type { BuildOutcome, GateRun, LintFinding, Policy, ScanOutcome, ScanReport, Vulnerability } from '../../src/types.js'

const FIXTURES = new URL('../fixtures/trivy/', import.meta.url)

export function fixtureReport(name: string): ScanReport {
  const path = fileURLToPath(new URL(name, FIXTURES))
  return parseTrivyReport(readFileSync(path, 'utf8'), path)
}

export const DEFAULT_POLICY: Policy = { failOnVuln: 'HIGH', failOnLint: 'error', severities: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] }

export interface RunParts {
  report?: ScanReport
  lint?: LintFinding[]
  build?: BuildOutcome
  scan?: ScanOutcome
  policy?: Policy
  context?: GateRun['context']
  dockerfile?: string
}

/** A run as the pipeline would assemble it; the verdict comes from the real gate. */
export function makeRun(parts: RunParts = {}): GateRun {
  const lint = parts.lint ?? []
  const build = parts.build ?? { status: 'ok', image: 'app:test', imageSize: 123_456_789, builder: 'buildx' }
  const scan = parts.scan ?? (parts.report ? { status: 'ok', report: parts.report } : { status: 'skipped', reason: 'scan: false' })
  const policy = parts.policy ?? DEFAULT_POLICY
  return {
    dockerfile: parts.dockerfile ?? 'Dockerfile',
    lint,
    build,
    scan,
    policy,
    verdict: decide(lint, build, scan, policy),
    context: parts.context ?? {}
  }
}

/** `count` vulnerabilities made by repeating the real ones under new IDs. */
export function repeatVulnerabilities(real: readonly Vulnerability[], count: number): Vulnerability[] {
  return Array.from({ length: count }, (_, i) => {
    const v = real[i % real.length]!
    return { ...v, id: `${v.id}-R${String(i).padStart(5, '0')}` }
  })
}

export function finding(line: number, level: LintFinding['level'], code = 'DL3008', message = 'Pin versions in apt get install'): LintFinding {
  return { file: 'Dockerfile', line, column: 1, level, code, message, title: 'Pin versions', docsUrl: `https://github.com/hadolint/hadolint/wiki/${code}` }
}
