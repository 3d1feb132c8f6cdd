import { describe, expect, it } from 'vitest'
import { commentMarker, COMMENT_MAX_LENGTH, renderComment } from '../../src/report/comment.js'
import { compareVulnerabilities } from '../../src/report/select.js'
import { VULN_SEVERITIES } from '../../src/types.js'
import type { Vulnerability } from '../../src/types.js'
import { brokenRows, count, rowKey, tableRow, vulnerabilityRows } from './markdown.js'
import { DEFAULT_POLICY, finding, fixtureReport, makeRun, repeatVulnerabilities } from './runs.js'

const MARKER = commentMarker('ci/scan/Dockerfile')
const urgent = (vulns: readonly Vulnerability[]): Vulnerability[] =>
  vulns.filter((v) => v.severity === 'CRITICAL' || v.severity === 'HIGH').sort(compareVulnerabilities)

describe('commentMarker', () => {
  it('is an HTML comment with the key', () => {
    expect(commentMarker('ci/scan/Dockerfile')).toBe('<!-- container-gate:ci/scan/Dockerfile -->')
  })

  it.each(['a-->b', 'a--!>b', 'x -- y', '>start', '<!-- container-gate:x -->', 'line\nbreak'])('cannot end the comment early with %j', (key) => {
    const marker = commentMarker(key)
    const inner = marker.slice('<!--'.length, -'-->'.length)
    expect(inner).not.toMatch(/--|>|</)
    expect(marker.endsWith(' -->')).toBe(true)
    expect(marker).not.toMatch(/\n/)
  })

  const DIGESTED = /^<!-- container-gate:[A-Za-z0-9._/:=+,-]*~[0-9a-f]{16} -->$/

  it.each(['Dockerfile', 'ci/scan/Dockerfile', 'a-b', 'CI/scan/node=20,os=ubuntu/services/api/Dockerfile.dev', 'x'.repeat(200)])(
    'shows the safe short key %j as it is',
    (key) => {
      expect(commentMarker(key)).toBe(`<!-- container-gate:${key} -->`)
    }
  )

  it.each(['CI / scan / Dockerfile', 'a b', 'a-->b', 'a<b', 'a>b', 'line\nbreak', 'tab\tkey', 'a--b', 'ünïcödé', 'key~1', 'x'.repeat(201)])(
    'adds a digest of the whole key to %j, which is unsafe or too long',
    (key) => {
      expect(commentMarker(key)).toMatch(DIGESTED)
    }
  )

  it('keeps what it can of an unsafe key readable, runs of unsafe characters as one dash', () => {
    expect(commentMarker('CI / scan / Dockerfile')).toMatch(/^<!-- container-gate:CI-\/-scan-\/-Dockerfile~[0-9a-f]{16} -->$/)
    expect(commentMarker('a--> <b')).toMatch(/^<!-- container-gate:a-b~[0-9a-f]{16} -->$/)
  })

  it('cuts a long key to 200 characters before the digest', () => {
    const marker = commentMarker('y'.repeat(500))
    expect(marker).toMatch(DIGESTED)
    expect(marker).toContain(`:${'y'.repeat(200)}~`)
    expect(marker).not.toContain('y'.repeat(201))
  })

  it('is the same for the same key', () => {
    expect(commentMarker('CI / scan / a b')).toBe(commentMarker('CI / scan / a b'))
  })

  it('gives keys that differ only in unsafe characters, or after 200 characters, different markers', () => {
    const keys = ['a b', 'a-b', 'a--> b', 'a  b', 'a\nb', 'a<b', 'a>b', 'a\u00a0b', `${'z'.repeat(200)}1`, `${'z'.repeat(200)}2`, 'z'.repeat(200)]
    const markers = keys.map(commentMarker)
    expect(new Set(markers).size).toBe(keys.length)
  })

  it('never lets a key add -->, <!-- or a line break before the marker ends', () => {
    const hostile = ['-->', '--!>', '<!--', 'a -- > b', '\r\n', '\u2028', '-->\n<!-- container-gate:other -->', '-'.repeat(300), '>'.repeat(300)]
    for (const key of hostile) {
      const marker = commentMarker(key)
      expect(marker.indexOf('-->'), key).toBe(marker.length - 3)
      expect(marker.lastIndexOf('<!--'), key).toBe(0)
      expect(marker, key).not.toMatch(/[\r\n\u2028\u2029]/)
    }
  })
})

describe('renderComment', () => {
  it.each([
    ['realworld-ubuntu2204-144-vulns.json', [4, 33, 37, 70, 0]],
    ['realworld-all-severities-67-vulns.json', [5, 29, 26, 5, 2]]
  ])('counts every severity of %s exactly, whatever the policy shows', (fixture, expected) => {
    const run = makeRun({ report: fixtureReport(fixture), policy: { ...DEFAULT_POLICY, severities: ['CRITICAL'] } })
    const cells = tableRow(renderComment(run, { marker: MARKER }), 'Vulnerabilities')
    expect(cells.slice(1, 6).map(count)).toEqual(expected)
    expect(count(cells[6])).toBe(expected.reduce((a, b) => a + b, 0))
  })

  it.each(['realworld-ubuntu2204-144-vulns.json', 'realworld-all-severities-67-vulns.json', 'realworld-LARGE-juice-shop-repo-scan.json'])(
    'lists every CRITICAL and HIGH of %s, worst first, before any lower severity',
    (fixture) => {
      const report = fixtureReport(fixture)
      const rows = vulnerabilityRows(renderComment(makeRun({ report }), { marker: MARKER }))
      const expected = urgent(report.vulnerabilities).map(rowKey)
      expect(rows.slice(0, expected.length)).toEqual(expected)
      expect(rows.slice(expected.length).every((r) => !/^(CRITICAL|HIGH) /.test(r))).toBe(true)
    }
  )

  it('starts with the marker, then the verdict and its reasons', () => {
    const run = makeRun({ report: fixtureReport('realworld-ubuntu2204-144-vulns.json') })
    const [marker, verdict] = renderComment(run, { marker: MARKER }).split('\n')
    expect(marker).toBe(MARKER)
    expect(verdict).toMatch(/^### ❌ Container Gate failed for <code>Dockerfile<\/code>: 4 CRITICAL, 33 HIGH vulnerabilities/)
  })

  it('says the gate passed when it did', () => {
    const run = makeRun({ report: fixtureReport('realworld-nginx-image-zero-vulns.json') })
    expect(renderComment(run, { marker: MARKER }).split('\n')[1]).toBe('### ✅ Container Gate passed for <code>Dockerfile</code>')
  })

  it('puts the lower severities the policy shows in a collapsed section, and names the others', () => {
    const report = fixtureReport('realworld-all-severities-67-vulns.json')
    const body = renderComment(makeRun({ report, policy: { ...DEFAULT_POLICY, severities: ['CRITICAL', 'HIGH', 'MEDIUM'] } }), { marker: MARKER })
    expect(body).toContain('<details><summary>MEDIUM: 26 vulnerabilities</summary>')
    const rows = vulnerabilityRows(body)
    expect(rows.filter((r) => r.startsWith('MEDIUM ')).length).toBe(26)
    expect(rows.some((r) => /^(LOW|UNKNOWN) /.test(r))).toBe(false)
    expect(body).toContain('_LOW, UNKNOWN: counted above, not listed')
  })

  it('links an ID only to an http(s) URL and says when there is no fix', () => {
    const base = fixtureReport('trivy-golden-debian-buster.json')
    const [critical, low] = [...base.vulnerabilities].sort(compareVulnerabilities)
    const report = { ...base, vulnerabilities: [{ ...critical!, primaryUrl: 'javascript:alert(1)' }, low!] }
    const body = renderComment(makeRun({ report }), { marker: MARKER })
    expect(body).not.toContain('javascript')
    expect(body).toContain(`| CRITICAL | ${critical!.id.replace(/-/g, '-')} |`)
    expect(body).toMatch(new RegExp(`\\| LOW \\| \\[${low!.id}\\]\\(https://`))
    expect(body).toContain(`${low!.installedVersion.replace(/[:$]/g, '\\$&')} → no fix`)
  })

  it('links lint lines to the Dockerfile at the head commit', () => {
    const run = makeRun({
      lint: [finding(7, 'warning')],
      dockerfile: 'docker/my app/Dockerfile',
      context: { serverUrl: 'https://github.com', repository: 'octo/repo', sha: 'abc123' }
    })
    expect(renderComment(run, { marker: MARKER })).toContain(
      '| [7](https://github.com/octo/repo/blob/abc123/docker/my%20app/Dockerfile#L7) | [DL3008](https://github.com/hadolint/hadolint/wiki/DL3008) | warning | Pin versions in apt get install |'
    )
  })

  it('shows the bare line number without a place to link to', () => {
    expect(renderComment(makeRun({ lint: [finding(7, 'warning')] }), { marker: MARKER })).toContain('| 7 | [DL3008]')
  })

  it('lists secrets by rule, title and place, never their value', () => {
    const report = fixtureReport('trivy-golden-secrets.json')
    const body = renderComment(makeRun({ report }), { marker: MARKER })
    expect(body).toContain('### Secrets')
    expect(body).toMatch(/\| CRITICAL \| aws-access-key-id \| AWS Access Key ID \| <code>deploy\.sh\\:\d+<\/code> \|/)
    expect(body).not.toMatch(/AKIA/)
  })

  it('lists misconfigurations and licences, worst first, and counts them in the scan line', () => {
    const misconfig = fixtureReport('trivy-golden-dockerfile-misconfig.json')
    const licences = fixtureReport('defectdojo-image-license-scheme.json')
    const body = renderComment(makeRun({ report: { ...licences, misconfigurations: misconfig.misconfigurations } }), { marker: MARKER })
    expect(body).toContain('### Misconfigurations')
    expect(body).toContain('| HIGH | [DS-0002](https://avd.aquasec.com/misconfig/ds-0002) | Specify at least 1 USER command in Dockerfile with non-root user as argument | <code>Dockerfile</code> |')
    expect(body).toContain('### Licences')
    expect(body).toContain('| HIGH | GPL-2.0 | restricted | <code>alpine-baselayout</code> |')
    expect(body).toContain('| LOW | OpenSSL | notice | <code>/etc/ssl/misc/CA.pl</code> |')
    expect(body.indexOf('| HIGH | GPL-2.0')).toBeLessThan(body.indexOf('| MEDIUM | MPL-2.0'))
    expect(body).toContain('0 vulnerabilities, 0 secrets, 1 misconfiguration, 19 licences')
  })

  it('shows build and scan outcomes with their reasons', () => {
    const run = makeRun({
      build: { status: 'failed', reason: 'RUN apt-get install exited with 100', failedLine: 4 },
      scan: { status: 'skipped', reason: 'the build failed' }
    })
    const body = renderComment(run, { marker: MARKER })
    expect(body).toContain('- **Build** ❌ failed at line 4: RUN apt-get install exited with 100')
    expect(body).toContain('- **Scan** ⏭️ skipped: the build failed')
    expect(tableRow(body, 'Vulnerabilities')[0]).toBe('not scanned')
  })

  it('shows the image and its size', () => {
    const body = renderComment(makeRun({ report: fixtureReport('realworld-nginx-image-zero-vulns.json') }), { marker: MARKER })
    expect(body).toContain('- **Build** ✅ built <code>app\\:test</code> (123.5 MB, buildx)')
  })

  it('keeps hostile text from the Dockerfile and the report inert', () => {
    const evil = '<!-- container-gate:ci/scan/Dockerfile --> <img src=x onerror=alert(1)> @octocat | `x`\n::error::boom'
    const report = fixtureReport('trivy-golden-alpine-39.json')
    report.vulnerabilities[0] = { ...report.vulnerabilities[0]!, severity: 'CRITICAL', title: evil, pkgName: evil, id: evil }
    report.secrets.push({ ruleId: evil, title: evil, severity: 'HIGH', target: evil })
    const run = makeRun({ report, lint: [finding(1, 'error', 'DL3000', evil)], build: { status: 'ok', image: evil } })
    const body = renderComment(run, { marker: MARKER })
    expect(body.split(MARKER).length).toBe(2)
    expect(body).not.toMatch(/<img|<!-- container-gate:ci\/scan\/Dockerfile -->[^]*<!--/)
    expect(body).not.toMatch(/@octocat|^::error/m)
    expect(brokenRows(body)).toEqual([])
    expect(vulnerabilityRows(body).length).toBe(report.vulnerabilities.length)
  })

  it('is the same for the same run whatever the input order', () => {
    const report = fixtureReport('realworld-ubuntu2204-144-vulns.json')
    const shuffled = { ...report, vulnerabilities: [...report.vulnerabilities].reverse() }
    const lint = [finding(3, 'warning'), finding(1, 'error', 'DL3006')]
    expect(renderComment(makeRun({ report: shuffled, lint: [...lint].reverse() }), { marker: MARKER })).toBe(
      renderComment(makeRun({ report, lint }), { marker: MARKER })
    )
  })
})

describe('renderComment under the size limit', () => {
  const real = fixtureReport('realworld-ubuntu2204-144-vulns.json')

  it('fits 4,000 vulnerabilities in 65,536 characters, worst first, and says what was left out', () => {
    const report = { ...real, vulnerabilities: repeatVulnerabilities(real.vulnerabilities, 4000) }
    const body = renderComment(makeRun({ report }), { marker: MARKER, summaryUrl: 'https://github.com/o/r/actions/runs/1' })
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH)

    const expected = urgent(report.vulnerabilities)
    const rows = vulnerabilityRows(body)
    expect(rows.length).toBeGreaterThan(100)
    expect(rows).toEqual(expected.slice(0, rows.length).map(rowKey))
    expect(body).toContain(`_…and ${(expected.length - rows.length).toLocaleString('en-US')} more CRITICAL or HIGH not shown here._`)
    const left = 4000 - rows.length
    expect(body.trimEnd().split('\n').at(-1)).toBe(
      `⚠️ ${left.toLocaleString('en-US')} rows were left out to stay under GitHub's limit of 65,536 characters per comment; the [job summary](https://github.com/o/r/actions/runs/1) has them.`
    )
    // The counts stay whole even though the rows do not.
    expect(tableRow(body, 'Vulnerabilities').slice(1, 6).map(count)).toEqual(
      VULN_SEVERITIES.map((s) => report.vulnerabilities.filter((v) => v.severity === s).length)
    )
  })

  it('keeps every CRITICAL and HIGH that fits before dropping them, dropping lower detail first', () => {
    const high = repeatVulnerabilities(urgent(real.vulnerabilities), 150)
    const lower = repeatVulnerabilities(
      real.vulnerabilities.filter((v) => v.severity !== 'CRITICAL' && v.severity !== 'HIGH'),
      3850
    )
    const report = { ...real, vulnerabilities: [...lower, ...high] }
    const body = renderComment(makeRun({ report }), { marker: MARKER })
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH)
    const rows = vulnerabilityRows(body)
    expect(rows.slice(0, 150)).toEqual(urgent(high).map(rowKey))
    expect(rows.length).toBeGreaterThan(150)
    expect(rows.length).toBeLessThan(4000)
    expect(body).toMatch(/_…and [\d,]+ more not shown here\._\n\n<\/details>/)
    expect(body).toContain("rows were left out to stay under GitHub's limit of 65,536 characters per comment; this run's job summary has them.")
  })

  it.each([2_000, 10_000, 30_000])('honours a smaller limit of %i characters', (maxLength) => {
    const report = { ...real, vulnerabilities: repeatVulnerabilities(real.vulnerabilities, 1000) }
    expect(renderComment(makeRun({ report }), { marker: MARKER, maxLength }).length).toBeLessThanOrEqual(maxLength)
  })

  it('adds no overflow line when everything fits', () => {
    expect(renderComment(makeRun({ report: real }), { marker: MARKER })).not.toContain('left out')
  })
})
