// Figure 2 of the bench: a 4,000-vulnerability report (a real fixture's vulnerabilities repeated under new IDs)
// rendered to every output the action writes, the way src/github/publish.ts renders them: the run prepared once
// (prepareReport), then annotations, job summary, SARIF (the file's text) and PR comment. The run carries
// image facts, so the vulnerabilities are traced to Dockerfile lines (attributeVulnerabilities) and the reports group
// them by line, as after a real build; the lint findings come from linting a real Dockerfile. Prints one JSON object
// with time and peak memory; asserts nothing.
//
//   node render.cjs TRIVY_REPORT.json DOCKERFILE
import { readFileSync } from 'node:fs'
import { attributeVulnerabilities } from '../src/attribution/vulnerabilities.js'
import { decide } from '../src/gate.js'
import { defaultLintConfig, finalFromLine, lintText, rules } from '../src/lint/index.js'
import { planAnnotations } from '../src/report/annotations.js'
import { commentMarker, renderComment } from '../src/report/comment.js'
import { prepareReport } from '../src/report/prepare.js'
import { renderSarif } from '../src/report/sarif.js'
import { renderSummary } from '../src/report/summary.js'
import { parseTrivyReport } from '../src/trivy/report.js'
import type { BuildOutcome, GateRun, ImageFacts, ImageLayer, Policy, ScanOutcome } from '../src/types.js'

const [fixture, dockerfilePath] = process.argv.slice(2)
const parsed = parseTrivyReport(readFileSync(fixture, 'utf8'), fixture)
const real = parsed.vulnerabilities
const vulnerabilities = Array.from({ length: 4000 }, (_, i) => ({ ...real[i % real.length], id: `${real[i % real.length].id}-B${i}` }))
const dockerfileText = readFileSync(dockerfilePath, 'utf8')
const lint = lintText(dockerfileText, 'Dockerfile', defaultLintConfig)
const fromLine = finalFromLine(dockerfileText) ?? 1

// The image's layers as the engine would give them: the report's first DiffID is the base image (on the FROM line),
// the others were made by the Dockerfile's RUN/COPY lines, in order.
const diffIds = [...new Set(real.map((v) => v.layerDiffId).filter((d): d is string => d !== undefined))]
const madeBy = dockerfileText.split('\n').flatMap((text, i) => (/^\s*(RUN|COPY|ADD)\b/i.test(text) ? [{ line: i + 1, text }] : []))
const layers: ImageLayer[] = diffIds.map((diffId, i) =>
  i === 0 || madeBy.length === 0
    ? { diffId, origin: 'base', line: fromLine, instruction: `FROM ${parsed.artifactName ?? 'ubuntu:22.04'}`, createdBy: '/bin/sh -c #(nop) base', size: 80_000_000 }
    : { diffId, origin: 'instruction', line: madeBy[(i - 1) % madeBy.length].line, instruction: madeBy[(i - 1) % madeBy.length].text, createdBy: madeBy[(i - 1) % madeBy.length].text, size: 20_000_000 }
)
const facts: ImageFacts = {
  size: 120_000_000,
  user: '',
  exposedPorts: ['3000/tcp'],
  layers,
  heaviest: layers.map((l) => ({ line: l.line, instruction: l.instruction ?? l.createdBy, bytes: l.size ?? 0 })),
  base: { image: 'ubuntu:22.04', line: fromLine }
}
const policy: Policy = { failOnVuln: 'CRITICAL', failOnLint: 'error', severities: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] }
const build: BuildOutcome = { status: 'ok', image: 'bench:1', imageId: 'sha256:0', imageSize: facts.size, facts }

const rssBefore = process.memoryUsage().rss
const steps: Record<string, number> = {}
let mark = performance.now()
const started = mark
/** Times one step of the rendering, to say which one a slow figure comes from. */
function step<T>(name: string, fn: () => T): T {
  const value = fn()
  const now = performance.now()
  steps[name] = Math.round(now - mark)
  mark = now
  return value
}
// What the pipeline does after the scan, then what publishReports renders, in its order.
const report = step('attribute', () => attributeVulnerabilities({ ...parsed, vulnerabilities }, facts))
const scan: ScanOutcome = { status: 'ok', report }
const run: GateRun = { dockerfile: 'Dockerfile', fromLine, lint, build, scan, policy, verdict: decide(lint, build, scan, policy), context: {} }
const prepared = step('prepare', () => prepareReport(run))
// As publishReports' preparer hands it out: made once, then shared by every renderer.
const prepare = (): typeof prepared => prepared
const annotations = step('annotations', () => planAnnotations(run, prepare))
const summary = step('summary', () => renderSummary(run, {}, prepare))
const sarif = step('sarif', () =>
  renderSarif({ dockerfile: 'Dockerfile', lint, vulnerabilities: report.vulnerabilities, fromLine, severities: policy.severities, toolVersion: 'bench', rules: rules.map((r) => r.meta) })
)
const comment = step('comment', () => renderComment(run, { marker: commentMarker('Dockerfile'), summaryUrl: 'https://github.com/o/r/actions/runs/1' }, prepare))
const elapsed = performance.now() - started
const rssAfter = process.memoryUsage().rss

console.log(
  JSON.stringify({
    vulnerabilities: vulnerabilities.length,
    traced: report.vulnerabilities.filter((v) => v.line !== undefined).length,
    lineGroups: prepared.lines.length,
    lintFindings: lint.length,
    ms: Math.round(elapsed),
    steps,
    // The process's high-water mark (kernel's maxrss), start-up and fixture included: what a runner would see.
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    rssBeforeMB: Math.round(rssBefore / 2 ** 20),
    rssAfterMB: Math.round(rssAfter / 2 ** 20),
    commentChars: comment.length,
    summaryBytes: Buffer.byteLength(summary),
    sarifBytes: Buffer.byteLength(sarif),
    annotations: annotations.length
  })
)
