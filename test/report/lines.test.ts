import { describe, expect, it } from 'vitest'
import { attributeVulnerabilities } from '../../src/attribution/vulnerabilities.js'
import { planAnnotations } from '../../src/report/annotations.js'
import { renderComment } from '../../src/report/comment.js'
import { compareVersions } from '../../src/report/lines.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderTerminal } from '../../src/report/tty.js'
import type { ImageFacts, ImageLayer, ScanReport } from '../../src/types.js'
import { vulnerabilityRows } from './markdown.js'
import { finding, fixtureReport, makeRun, repeatVulnerabilities } from './runs.js'

const BASE = 'sha256:69aa80da3ebe3de8284f455d61d46a62587b1a2c94795981fee6d3a58acac877'
const RUN = 'sha256:8d78b2117a5b8bff0a001610c8e3eecb6dcfd5e82a25d23048df7a09e77d6307'
const UNKNOWN = `sha256:${'e'.repeat(64)}`
const DIGEST = `sha256:${'d'.repeat(64)}`
const MARKER = '<!-- container-gate:test -->'
const CONTEXT = { serverUrl: 'https://github.com', repository: 'org/app', sha: 'abc123' }

const layers: ImageLayer[] = [
  { diffId: BASE, origin: 'base', line: 1, instruction: 'FROM alpine:3.17', createdBy: '/bin/sh -c #(nop) ADD file:x in / ', size: 7_000_000 },
  { diffId: RUN, origin: 'instruction', line: 3, instruction: 'RUN apk add --no-cache musl | tee `x` <b>', createdBy: 'RUN /bin/sh -c apk add # buildkit', size: 2_000_000 },
  { diffId: UNKNOWN, origin: 'unknown', createdBy: 'COPY . . # buildkit', size: 500 }
]
const facts: ImageFacts = {
  size: 9_000_500,
  user: '',
  healthcheck: 'wget -q -O- http://localhost:8080/health',
  exposedPorts: ['8080/tcp'],
  layers,
  heaviest: [
    { line: 1, instruction: 'FROM alpine:3.17', bytes: 7_000_000 },
    { line: 3, instruction: 'RUN apk add --no-cache musl | tee `x` <b>', bytes: 2_000_000 },
    { instruction: 'COPY . . # buildkit', bytes: 500 }
  ],
  base: { image: 'alpine:3.17', line: 1, digest: `alpine@${DIGEST}` }
}

/** The real 67-vulnerability report traced on these layers, two of the base image's vulnerabilities moved onto the unknown layer. */
function tracedReport(): ScanReport {
  const report = fixtureReport('realworld-all-severities-67-vulns.json')
  report.vulnerabilities.filter((v) => v.layerDiffId === BASE).slice(0, 2).forEach((v) => (v.layerDiffId = UNKNOWN))
  return attributeVulnerabilities(report, layers)
}
const tracedRun = (extra: Parameters<typeof makeRun>[0] = {}) =>
  makeRun({ report: tracedReport(), build: { status: 'ok', image: 'app:test', imageSize: facts.size, builder: 'buildx', facts }, context: CONTEXT, ...extra })

describe('vulnerabilities by Dockerfile line', () => {
  it('lists each line with its instruction, counts and the upgrades that fix it, before the detail tables', () => {
    const body = renderComment({ ...tracedRun(), fromLine: 1 }, { marker: MARKER })
    const section = body.slice(body.indexOf('### Vulnerabilities by Dockerfile line'), body.indexOf('### CRITICAL and HIGH'))
    const bullets = section.split('\n').filter((l) => l.startsWith('- '))
    expect(bullets).toEqual([
      expect.stringMatching(/^- line \[1\]\(https:\/\/github\.com\/org\/app\/blob\/abc123\/Dockerfile#L1\), base image <code>FROM alpine\\:3\.17<\/code>: 61 vulnerabilities, \d+ CRITICAL, \d+ HIGH; fixed by upgrading /),
      '- line [3](https://github.com/org/app/blob/abc123/Dockerfile#L3), <code>RUN apk add --no-cache musl &#124; tee \\`x\\` &lt;b&gt;</code>: 4 vulnerabilities; fixed by upgrading <code>libcrypto3</code> to 3.0.15-r1, <code>libssl3</code> to 3.0.15-r1, <code>musl</code> to 1.2.3-r6 and 1 more package',
      expect.stringMatching(/^- not traced to an instruction \(reported on line \[1\]\(.*#L1\)\): 2 vulnerabilities/)
    ])
    expect(body.indexOf('### Vulnerabilities by Dockerfile line')).toBeLessThan(body.indexOf('### CRITICAL and HIGH'))
  })

  it('advises pinning the base by its digest and a slimmer variant when it brings most vulnerabilities', () => {
    const cg004 = { ...finding(1, 'info', 'CG004', 'The final image is based on the full OS image debian:12: use a slim, alpine or distroless image for the runtime stage') }
    const body = renderComment(tracedRun({ lint: [cg004] }), { marker: MARKER })
    const advice = body.split('\n').find((l) => l.startsWith('> ⚠️'))
    expect(advice).toContain('brings 61 of the 67 vulnerabilities (91%)')
    const block = body.split('\n')
    expect(block.slice(block.indexOf('> ```dockerfile'), block.indexOf('> ```dockerfile') + 3)).toEqual(['> ```dockerfile', `> FROM alpine:3.17@${DIGEST}`, '> ```'])
    expect(advice).toContain('use a slim, alpine or distroless image')
    // Under half: no advice.
    const few = tracedReport()
    few.vulnerabilities.forEach((v, i) => { if (i % 2 === 0) delete v.line })
    expect(renderComment(makeRun({ report: few, build: { status: 'ok', facts } }), { marker: MARKER })).not.toContain('> ⚠️')
  })

  it('shows the image: size, root user, health check, ports and heaviest instructions', () => {
    const summary = renderSummary(tracedRun())
    expect(summary).toContain('- **Size** 9.0 MB · **User** root (no USER) ⚠️ · **Health check** <code>wget -q -O- http\\://localhost\\:8080/health</code> · **Ports** <code>8080/tcp</code>')
    expect(summary).toContain('| [1](https://github.com/org/app/blob/abc123/Dockerfile#L1) | <code>FROM alpine\\:3.17</code> | 7.0 MB |')
    expect(summary).toContain('| – | <code>COPY . . # buildkit</code> | 500 B |')
  })

  it('leaves both sections out when the run has no image facts and no traced line', () => {
    const body = renderComment(makeRun({ report: fixtureReport('realworld-all-severities-67-vulns.json') }), { marker: MARKER })
    expect(body).not.toContain('### Image')
    expect(body).not.toContain('by Dockerfile line')
  })

  it('still fits 4,000 traced vulnerabilities in a comment, dropping lower detail before any CRITICAL or HIGH row', () => {
    const report = tracedReport()
    const run = tracedRun({ report: { ...report, vulnerabilities: repeatVulnerabilities(report.vulnerabilities, 4000) } })
    const body = renderComment(run, { marker: MARKER })
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('- line [1](https://github.com/org/app/blob/abc123/Dockerfile#L1), base image <code>FROM alpine\\:3.17</code>: 3,640 vulnerabilities, 298 CRITICAL, 1,612 HIGH;')
    const rows = vulnerabilityRows(body)
    expect(rows.length).toBeGreaterThan(100)
    expect(rows.every((r) => /^(CRITICAL|HIGH) /.test(r))).toBe(true)
  })
})

describe('annotations on the traced lines', () => {
  it('puts one annotation per line, naming its IDs, at the level of its worst vulnerability', () => {
    const run = { ...tracedRun(), fromLine: 1 }
    const lines = planAnnotations(run).filter((a) => a.title?.startsWith('Vulnerabilities'))
    expect(lines.map((a) => [a.level, a.startLine, a.title])).toEqual([
      ['error', 1, 'Vulnerabilities from the base image'],
      ['notice', 3, 'Vulnerabilities from this instruction']
    ])
    expect(lines[1]!.message).toBe(
      '4 vulnerabilities from RUN apk add --no-cache musl | tee `x` <b>: CVE-2024-9143, CVE-2025-26519. Fixed by upgrading libcrypto3 to 3.0.15-r1, libssl3 to 3.0.15-r1, musl to 1.2.3-r6 and more.'
    )
    // The FROM line carries the base image's and the untraced ones together: one annotation per line.
    expect(lines[0]!.message).toMatch(/^61 vulnerabilities, 5 CRITICAL, 27 HIGH from FROM alpine:3\.17: CVE-2016-1000027, (\S+, ){8}\S+ and 48 more\. Fixed by upgrading .* and more\. 2 vulnerabilities, 2 HIGH not traced to an instruction: CVE-2023-6378\. Fixed by upgrading /)
  })

  it('stays within 10 per level with the notice counting the rest', () => {
    const many = makeRun({ report: tracedReport(), build: { status: 'ok', facts }, lint: Array.from({ length: 12 }, (_, i) => finding(i + 1, 'error', `DL${3000 + i}`)) })
    const annotations = planAnnotations(many)
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10)
    expect(annotations.at(-1)!.title).toBe('More findings')
  })
})

describe('the terminal', () => {
  it('prints the image and the lines, without colour unless asked', () => {
    const out = renderTerminal({ ...tracedRun(), fromLine: 1 }, { color: false })
    expect(out).toContain('\nImage\n  user root, health check wget -q -O- http://localhost:8080/health, ports 8080/tcp\n     7.0 MB  Dockerfile:1 FROM alpine:3.17\n')
    expect(out).toContain('  Dockerfile:3 RUN apk add --no-cache musl | tee `x` <b>: 4 vulnerabilities; upgrade libcrypto3 to 3.0.15-r1, libssl3 to 3.0.15-r1, musl to 1.2.3-r6, …\n')
    expect(out).toContain(`pin it (FROM alpine:3.17@${DIGEST})`)
  })
})

describe('compareVersions', () => {
  it('orders digit runs as numbers', () => {
    expect(['3.0.15-r1', '3.0.9', '3.0.15-r10', '3.0.15'].sort(compareVersions)).toEqual(['3.0.9', '3.0.15', '3.0.15-r1', '3.0.15-r10'])
  })

  it('orders text runs as text, a version that is a prefix of another first, and leading zeros by value', () => {
    const versions = ['v1.2', '010', '1.9a', '', '1:2.0', '1.2.3~rc1', 'a1', '1.2.0', '9', '1.10', '2:1.0-1ubuntu1', '1', '1.2.3-r0', 'a', '1.9', '1.2']
    expect(versions.sort(compareVersions)).toEqual(['', '1', '1.2', '1.2.0', '1.2.3-r0', '1.2.3~rc1', '1.9', '1.9a', '1.10', '1:2.0', '2:1.0-1ubuntu1', '9', '010', 'a', 'a1', 'v1.2'])
    expect(compareVersions('1.02', '1.2')).toBe(0)
  })
})
