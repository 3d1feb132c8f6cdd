import { describe, expect, it } from 'vitest'
import { commentMarker, renderComment } from '../../src/report/comment.js'
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/report/summary.js'
import { rowKey, vulnerabilityRows } from './markdown.js'
import { fixtureReport, makeRun, repeatVulnerabilities } from './runs.js'
import { compareVulnerabilities } from '../../src/report/select.js'

const real = fixtureReport('realworld-ubuntu2204-144-vulns.json')

describe('renderSummary', () => {
  it('opens with the verdict, saying which cause failed the gate, and has no marker', () => {
    const run = makeRun({ report: real, build: { status: 'ok', image: 'app:test' } })
    const summary = renderSummary(run)
    expect(summary.split('\n')[0]).toBe(
      '### ❌ Container Gate failed for <code>Dockerfile</code>: 4 CRITICAL, 33 HIGH vulnerabilities (fail-on-vuln\\: high)'
    )
    expect(summary).not.toContain('container-gate:')
  })

  it('has the same content as the comment when both fit', () => {
    const run = makeRun({ report: fixtureReport('realworld-all-severities-67-vulns.json') })
    const marker = commentMarker('k')
    expect(`${marker}\n${renderSummary(run)}`).toBe(renderComment(run, { marker }))
  })

  it('adds the build log tail in a fence no line of the log can close', () => {
    const log = '#5 [2/3] RUN false\n```\n````evil````\n</details>\n\u001b[31mERROR\u001b[0m: process "/bin/sh -c false" did not complete successfully'
    const run = makeRun({ build: { status: 'failed', reason: 'RUN false failed', failedLine: 2, logTail: log } })
    const summary = renderSummary(run)
    const fence = '`````'
    expect(summary).toContain(`${fence}text\n#5 [2/3] RUN false\n\`\`\`\n\`\`\`\`evil\`\`\`\`\n</details>\nERROR: process "/bin/sh -c false" did not complete successfully\n${fence}\n`)
    expect(renderComment(run, { marker: commentMarker('k') })).not.toContain('RUN false\n')
  })

  it('leaves the build log out when the build did not fail', () => {
    const run = makeRun({ build: { status: 'ok', image: 'app:test', logTail: 'all good' } })
    expect(renderSummary(run)).not.toContain('all good')
  })

  it('keeps only the end of a huge build log', () => {
    const log = Array.from({ length: 50_000 }, (_, i) => `step ${i}`).join('\n')
    const summary = renderSummary(makeRun({ build: { status: 'failed', reason: 'failed', logTail: log } }))
    expect(summary).toContain('\nstep 49999\n')
    expect(summary).not.toContain('\nstep 0\n')
    expect(summary.length).toBeLessThan(40_000)
  })

  it('stays under 1 MiB of UTF-8 with a giant report, worst first', () => {
    // Three-byte characters, so that a limit counted in characters would overshoot in bytes.
    const vulns = repeatVulnerabilities(real.vulnerabilities, 30_000).map((v) => ({ ...v, title: '€'.repeat(100) }))
    const summary = renderSummary(makeRun({ report: { ...real, vulnerabilities: vulns } }))
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(Buffer.byteLength(summary, 'utf8')).toBeGreaterThan(SUMMARY_MAX_BYTES - 2_000)
    const rows = vulnerabilityRows(summary)
    expect(rows).toEqual([...vulns].sort(compareVulnerabilities).slice(0, rows.length).map(rowKey))
    expect(summary.trimEnd().split('\n').at(-1)).toMatch(/^⚠️ [\d,]+ rows were left out to stay under GitHub's 1 MiB limit for a job summary\.$/)
  })

  it('honours a smaller byte limit', () => {
    const summary = renderSummary(makeRun({ report: real }), { maxBytes: 20_000 })
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(20_000)
  })
})
