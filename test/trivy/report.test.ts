import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countBySeverity } from '../../src/counts.js'
import { parseTrivyReport, TrivyReportError } from '../../src/trivy/report.js'
import { trivyFixture } from '../helpers/trivy-stub.js'

function parseFixture(name: string) {
  return parseTrivyReport(readFileSync(trivyFixture(name), 'utf8'), name)
}

// Counts per severity (C/H/M/L/U) and secrets from test/fixtures/trivy/SOURCES.md.
const fixtures: [string, [number, number, number, number, number], number][] = [
  ['trivy-golden-alpine-310.json', [0, 0, 4, 0, 0], 0],
  ['trivy-golden-alpine-39.json', [2, 0, 4, 0, 0], 0],
  ['trivy-golden-debian-buster.json', [1, 0, 0, 1, 0], 0],
  ['trivy-golden-alpine-39-skip-no-results.json', [0, 0, 0, 0, 0], 0],
  ['trivy-golden-sl-micro-no-vulns.json', [0, 0, 0, 0, 0], 0],
  ['trivy-golden-gomod-unknown-severity.json', [0, 0, 1, 0, 4], 0],
  ['trivy-golden-npm.json', [0, 0, 1, 0, 0], 0],
  ['trivy-golden-spring4shell-jre11-custom-class.json', [1, 0, 0, 0, 0], 0],
  ['trivy-golden-secrets.json', [0, 0, 0, 0, 0], 2],
  ['trivy-golden-dockerfile-misconfig.json', [0, 0, 0, 0, 0], 0],
  ['trivy-action-config-scan-terraform.json', [0, 0, 0, 0, 0], 0],
  ['realworld-ubuntu2204-144-vulns.json', [4, 33, 37, 70, 0], 0],
  ['realworld-all-severities-67-vulns.json', [5, 29, 26, 5, 2], 0],
  ['realworld-nginx-image-zero-vulns.json', [0, 0, 0, 0, 0], 0],
  ['realworld-LARGE-juice-shop-repo-scan.json', [9, 41, 23, 6, 0], 0],
  ['defectdojo-fs-dockerfile-misconfig-secrets-pip.json', [0, 1, 1, 0, 0], 2],
  ['defectdojo-image-license-scheme.json', [0, 0, 0, 0, 0], 0]
]

describe('parseTrivyReport on real reports', () => {
  it.each(fixtures)('%s', (name, [c, h, m, l, u], secrets) => {
    const report = parseFixture(name)
    expect(countBySeverity(report.vulnerabilities)).toEqual({ CRITICAL: c, HIGH: h, MEDIUM: m, LOW: l, UNKNOWN: u })
    expect(report.secrets).toHaveLength(secrets)
  })

  it('reads failed misconfiguration checks, old-style IDs included, and leaves them out when there are none', () => {
    expect(parseFixture('trivy-golden-dockerfile-misconfig.json').misconfigurations).toEqual([
      {
        id: 'DS-0002',
        title: "Image user should not be 'root'",
        severity: 'HIGH',
        target: 'Dockerfile',
        message: 'Specify at least 1 USER command in Dockerfile with non-root user as argument',
        primaryUrl: 'https://avd.aquasec.com/misconfig/ds-0002'
      }
    ])
    expect(parseFixture('defectdojo-fs-dockerfile-misconfig-secrets-pip.json').misconfigurations?.map((m) => m.id)).toEqual(['DS002'])
    expect(countBySeverity(parseFixture('trivy-action-config-scan-terraform.json').misconfigurations ?? [])).toEqual({ CRITICAL: 0, HIGH: 5, MEDIUM: 1, LOW: 2, UNKNOWN: 0 })
    expect(parseFixture('trivy-golden-alpine-39.json')).not.toHaveProperty('misconfigurations')
  })

  it('reads licences of packages and of loose files, with their category', () => {
    const licenses = parseFixture('defectdojo-image-license-scheme.json').licenses ?? []
    expect(countBySeverity(licenses)).toEqual({ CRITICAL: 0, HIGH: 7, MEDIUM: 1, LOW: 11, UNKNOWN: 0 })
    expect(licenses[0]).toEqual({ name: 'GPL-2.0', severity: 'HIGH', category: 'restricted', pkgName: 'alpine-baselayout', target: 'OS Packages' })
    expect(licenses.at(-1)).toEqual({ name: 'OpenSSL', severity: 'LOW', category: 'notice', filePath: '/etc/ssl/misc/tsget.pl', target: 'Loose File License(s)' })
    expect(parseFixture('trivy-golden-npm.json')).not.toHaveProperty('licenses')
  })

  it('maps a vulnerability with its target, class, fix and layer', () => {
    const report = parseFixture('trivy-golden-debian-buster.json')
    const critical = report.vulnerabilities.find((v) => v.severity === 'CRITICAL')
    expect(critical).toMatchObject({ class: 'os-pkgs', fixedVersion: expect.any(String) })
    const unfixed = report.vulnerabilities.find((v) => v.severity === 'LOW')
    expect(unfixed?.fixedVersion).toBeUndefined()
    expect(unfixed?.status).toBe('affected')
    expect(report.vulnerabilities.every((v) => v.layerDiffId?.startsWith('sha256:'))).toBe(true)
  })

  it('keeps the path of a language package found inside an image', () => {
    const report = parseFixture('realworld-ubuntu2204-144-vulns.json')
    const jar = report.vulnerabilities.find((v) => v.class === 'lang-pkgs')
    expect(jar?.target).toBe('Java')
    expect(jar?.pkgPath).toMatch(/\.(war|jar)/)
  })

  it('reads the Trivy version when the report has one', () => {
    expect(parseFixture('realworld-LARGE-juice-shop-repo-scan.json').trivyVersion).toBe('0.69.3')
    expect(parseFixture('realworld-ubuntu2204-144-vulns.json').trivyVersion).toBeUndefined()
  })

  it('maps secrets without the matched text or code around it', () => {
    const report = parseFixture('trivy-golden-secrets.json')
    expect(report.secrets.map((s) => [s.ruleId, s.severity, s.target])).toEqual([
      ['aws-access-key-id', 'CRITICAL', 'deploy.sh'],
      [expect.any(String), 'HIGH', 'deploy.sh']
    ])
    expect(report.secrets[0].startLine).toBeGreaterThan(0)
    expect(JSON.stringify(report.secrets)).not.toMatch(/Match|Code|\*\*\*/)
  })
})

describe("parseTrivyReport reads the image config's history and DiffIDs", () => {
  it('keeps the empty_layer flags of a BuildKit image on a classic base (nginx)', () => {
    const image = parseFixture('realworld-nginx-image-zero-vulns.json').image!
    expect(image.history).toHaveLength(20)
    expect(image.history[0]).toEqual({ createdBy: '/bin/sh -c #(nop) ADD file:c44c9bd36ba35cc78fb9396304ea008def9f42a3beef76aa33b2cf1fde1c10b3 in / ', emptyLayer: false })
    expect(image.history[1]).toEqual({ createdBy: '/bin/sh -c #(nop)  CMD ["/bin/sh"]', emptyLayer: true })
    expect(image.history.filter((h) => h.emptyLayer)).toHaveLength(11)
    expect(image.history.at(-2)).toEqual({ createdBy: 'EXPOSE map[80/tcp:{}]', emptyLayer: true })
    expect(image.diffIds).toHaveLength(9)
    // BuildKit keeps the empty layer of a WORKDIR that made nothing: the empty tar's DiffID.
    expect(image.diffIds[7]).toBe('sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef')
  })

  // Every image report among the fixtures: its flags own exactly its DiffIDs.
  it.each([
    ['trivy-golden-alpine-310.json', 2, 1],
    ['trivy-golden-alpine-39.json', 2, 1],
    ['trivy-golden-alpine-39-skip-no-results.json', 2, 1],
    ['trivy-golden-debian-buster.json', 2, 1],
    ['trivy-golden-sl-micro-no-vulns.json', 1, 1],
    ['trivy-golden-spring4shell-jre11-custom-class.json', 25, 9],
    ['realworld-ubuntu2204-144-vulns.json', 36, 11],
    ['realworld-all-severities-67-vulns.json', 10, 3],
    ['realworld-nginx-image-zero-vulns.json', 20, 9]
  ])('%s: %i history entries, %i layers', (name, entries, layers) => {
    const raw = JSON.parse(readFileSync(trivyFixture(name), 'utf8'))
    const image = parseFixture(name).image!
    expect(image.history).toHaveLength(entries)
    expect(image.history.filter((h) => !h.emptyLayer)).toHaveLength(layers)
    expect(image.diffIds).toEqual(raw.Metadata.DiffIDs)
    expect(image.history.map((h) => h.createdBy)).toEqual(raw.Metadata.ImageConfig.history.map((h: { created_by?: string }) => h.created_by ?? ''))
  })

  it.each(['realworld-LARGE-juice-shop-repo-scan.json', 'trivy-golden-npm.json', 'trivy-golden-dockerfile-misconfig.json', 'defectdojo-fs-dockerfile-misconfig-secrets-pip.json'])(
    '%s (no image config): none',
    (name) => {
      expect(parseFixture(name)).not.toHaveProperty('image')
    }
  )

  it('reads whatever part of the config is there, and nothing when there is no history', () => {
    const parse = (metadata: unknown) => parseTrivyReport(JSON.stringify({ SchemaVersion: 2, Metadata: metadata }), 'r.json').image
    expect(parse(null)).toBeUndefined()
    expect(parse({ ImageConfig: null, DiffIDs: ['sha256:a'] })).toBeUndefined()
    expect(parse({ ImageConfig: { history: null, rootfs: { diff_ids: ['sha256:a'] } } })).toBeUndefined()
    expect(parse({ ImageConfig: { history: [] } })).toBeUndefined()
    // Entries that are not objects are dropped; a missing created_by reads as empty, anything but true as not empty.
    expect(parse({ ImageConfig: { history: [{ empty_layer: 'true' }, null, { created_by: 7, empty_layer: true }], rootfs: null }, DiffIDs: ['sha256:a', 3] })).toEqual({
      diffIds: ['sha256:a'],
      history: [{ createdBy: '', emptyLayer: false }, { createdBy: '', emptyLayer: true }]
    })
    // The config's own rootfs comes first; Metadata.DiffIDs stands in when it is missing or empty.
    expect(parse({ ImageConfig: { history: [{}], rootfs: { diff_ids: ['sha256:b'] } }, DiffIDs: ['sha256:a'] })?.diffIds).toEqual(['sha256:b'])
    expect(parse({ ImageConfig: { history: [{}], rootfs: { diff_ids: [] } }, DiffIDs: ['sha256:a'] })?.diffIds).toEqual(['sha256:a'])
    expect(parse({ ImageConfig: { history: [{}] } })?.diffIds).toEqual([])
  })
})

describe('parseTrivyReport on odd shapes', () => {
  const wrap = (results: unknown) => JSON.stringify({ SchemaVersion: 2, Results: results })

  it.each([
    ['critical ', '"critical "'],
    ['high', '"high"'],
    ['SEVERE', '"SEVERE"'],
    [undefined, 'missing'],
    [3, '3']
  ])('refuses the severity %j, which Trivy never writes, naming the field: the scan fails rather than counting UNKNOWN', (severity, shown) => {
    const text = wrap([{ Target: 't', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', Severity: 'LOW' }, { VulnerabilityID: 'CVE-2', Severity: severity }] }])
    expect(() => parseTrivyReport(text, 'r.json')).toThrow(
      new TrivyReportError(`r.json: Results[0].Vulnerabilities[1].Severity is ${shown} where Trivy writes one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN; the report was not read, so the scan counts as failed. Use the JSON report of trivy image --format json as Trivy wrote it.`)
    )
  })

  it.each([
    [{ SchemaVersion: 2, Results: { 0: { Target: 't' } } }, 'Results is an object where Trivy writes a list'],
    [{ SchemaVersion: 2, Results: [{ Target: 't', Vulnerabilities: { 0: { Severity: 'CRITICAL' } } }] }, 'Results[0].Vulnerabilities is an object where Trivy writes a list'],
    [{ SchemaVersion: 2, Results: [{ Target: 't', Secrets: 'none' }] }, 'Results[0].Secrets is "none" where Trivy writes a list'],
    [{ SchemaVersion: 2, Results: [null, 3] }, 'Results[0] is null where Trivy writes an object'],
    [{ SchemaVersion: 2, Results: [{ Target: 't', Vulnerabilities: [[]] }] }, 'Results[0].Vulnerabilities[0] is a list where Trivy writes an object'],
    [{ SchemaVersion: 2, Results: [{ Target: 7 }] }, 'Results[0].Target is 7 where Trivy writes a string'],
    [{ SchemaVersion: 2, Results: [{ Target: 't', Vulnerabilities: [{ VulnerabilityID: ['CVE-1'], Severity: 'LOW' }] }] }, 'Results[0].Vulnerabilities[0].VulnerabilityID is a list where Trivy writes a string'],
    [{ SchemaVersion: 2, Metadata: [] }, 'Metadata is a list where Trivy writes an object']
  ])('refuses a shape it does not understand: %j', (report, message) => {
    expect(() => parseTrivyReport(JSON.stringify(report), 'r.json')).toThrow(`r.json: ${message}; the report was not read`)
  })

  it('keeps classes it does not know and vulnerabilities with only an ID and a severity; null lists are empty', () => {
    const report = parseTrivyReport(wrap([{ Class: 'license-file', Vulnerabilities: [{ VulnerabilityID: 'X-1', Severity: 'UNKNOWN' }] }, { Target: 'u', Vulnerabilities: null }]), 'r.json')
    expect(report.vulnerabilities).toEqual([
      { id: 'X-1', pkgName: '', installedVersion: '', severity: 'UNKNOWN', target: '', class: 'license-file' }
    ])
  })

  it('keeps a secret\'s file and rule but never its value, even when Trivy did not mask it', () => {
    const value = 'AKIAZZZZZZZZZZZZZZZZ'
    const report = parseTrivyReport(
      wrap([
        {
          Target: 'app/config/.env',
          Class: 'secret',
          Secrets: [
            {
              RuleID: 'aws-access-key-id',
              Category: 'AWS',
              Severity: 'CRITICAL',
              Title: 'AWS Access Key ID',
              StartLine: 3,
              EndLine: 3,
              Match: `AWS_ACCESS_KEY_ID=${value}`,
              Code: { Lines: [{ Number: 3, Content: `AWS_ACCESS_KEY_ID=${value}`, IsCause: true, Highlighted: value }] },
              Layer: { DiffID: 'sha256:abc', CreatedBy: `RUN echo ${value}` }
            }
          ]
        }
      ]),
      'r.json'
    )
    expect(report.secrets).toEqual([
      { ruleId: 'aws-access-key-id', title: 'AWS Access Key ID', severity: 'CRITICAL', target: 'app/config/.env', startLine: 3 }
    ])
    expect(JSON.stringify(report)).not.toContain(value)
  })

  it('treats null lists as empty', () => {
    expect(parseTrivyReport(wrap([{ Target: 't', Vulnerabilities: null, Secrets: null }]), 'r.json').vulnerabilities).toEqual([])
  })
})

describe('parseTrivyReport rejects what it cannot trust', () => {
  it.each(['defectdojo-legacy-pre-v020-array.json', 'defectdojo-legacy-pre-v020-null.json'])('%s as pre-0.20', (name) => {
    expect(() => parseFixture(name)).toThrow(TrivyReportError)
    expect(() => parseFixture(name)).toThrow(new RegExp(`^${name}: .*pre-0\\.20 Trivy JSON format.*upgrade Trivy`))
  })

  it('names the file when the report is truncated', () => {
    const text = readFileSync(trivyFixture('trivy-golden-alpine-39.json'), 'utf8')
    const cut = () => parseTrivyReport(text.slice(0, text.length / 2), '/tmp/report.json')
    expect(cut).toThrow(TrivyReportError)
    expect(cut).toThrow(/^\/tmp\/report\.json: not valid JSON .*truncated/)
  })

  it.each([
    ['"text"', /expected a Trivy JSON report .* got string/],
    ['42', /expected a Trivy JSON report .* got number/],
    ['{"SchemaVersion": 1}', /unsupported Trivy report SchemaVersion 1/],
    ['{"Results": []}', /unsupported Trivy report SchemaVersion undefined/]
  ])('%s', (text, message) => {
    expect(() => parseTrivyReport(text, 'r.json')).toThrow(message)
  })

  it('rejects SARIF, which has no SchemaVersion', () => {
    expect(() => parseFixture('trivy-golden-alpine-310.sarif.json')).toThrow(/SchemaVersion/)
  })
})
