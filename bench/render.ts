// Figure 2 of the bench: a 4,000-vulnerability report (the real fixtures' vulnerabilities repeated under new
// IDs) rendered to every output the action writes. Prints time and peak memory; asserts nothing.
import { readFileSync } from 'node:fs'
import { decide } from '../src/gate.js'
import { rules } from '../src/lint/index.js'
import { planAnnotations } from '../src/report/annotations.js'
import { commentMarker, renderComment } from '../src/report/comment.js'
import { toSarif } from '../src/report/sarif.js'
import { renderSummary } from '../src/report/summary.js'
import { parseTrivyReport } from '../src/trivy/report.js'
import type { GateRun, Policy } from '../src/types.js'

const fixture = process.argv[2]
const real = parseTrivyReport(readFileSync(fixture, 'utf8'), fixture).vulnerabilities
const vulnerabilities = Array.from({ length: 4000 }, (_, i) => ({ ...real[i % real.length], id: `${real[i % real.length].id}-B${i}` }))
const policy: Policy = { failOnVuln: 'CRITICAL', failOnLint: 'error', severities: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] }
const build = { status: 'ok', image: 'bench:1', imageId: 'sha256:0', imageSize: 1 } as const
const scan = { status: 'ok', report: { vulnerabilities, secrets: [] } } as const

const rssBefore = process.memoryUsage().rss
let peak = rssBefore
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 1)
const started = performance.now()
const run: GateRun = { dockerfile: 'Dockerfile', fromLine: 1, lint: [], build, scan, policy, verdict: decide([], build, scan, policy), context: {} }
const comment = renderComment(run, { marker: commentMarker('Dockerfile') })
const summary = renderSummary(run)
const sarif = JSON.stringify(toSarif({ dockerfile: 'Dockerfile', lint: [], vulnerabilities, fromLine: 1, toolVersion: 'bench', rules: rules.map((r) => r.meta) }))
const annotations = planAnnotations(run)
const elapsed = performance.now() - started
peak = Math.max(peak, process.memoryUsage().rss)
clearInterval(sample)

console.log(JSON.stringify({
  vulnerabilities: vulnerabilities.length,
  ms: Math.round(elapsed),
  peakRssMB: Math.round(peak / 2 ** 20),
  commentChars: comment.length,
  summaryBytes: Buffer.byteLength(summary),
  sarifBytes: sarif.length,
  annotations: annotations.length
}))
