import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { artifactLocation, renderSarif, SARIF_SCHEMA, toSarif } from '../../src/report/sarif.js'
import type { SarifInput } from '../../src/report/sarif.js'
import { printableLine } from '../../src/report/escape.js'
import { versionChange } from '../../src/report/format.js'
import type { LintFinding } from '../../src/types.js'
import { finding, fixtureReport, repeatVulnerabilities } from './runs.js'

const RULES: SarifInput['rules'] = [
  { code: 'DL3008', name: 'PinVersionsInAptGet', title: 'Pin versions in apt-get install', docsUrl: 'https://github.com/hadolint/hadolint/wiki/DL3008', severity: 'warning' },
  { code: 'DL3006', name: 'TagImageVersion', title: 'Tag the image explicitly', docsUrl: 'https://github.com/hadolint/hadolint/wiki/DL3006', severity: 'warning' },
  { code: 'CG0001', name: 'UnusedRule', title: 'Unused rule', docsUrl: 'https://example.test/CG0001', severity: 'info' }
]
const PARSE_ERROR: LintFinding = { file: 'Dockerfile', line: 4, column: 1, level: 'error', code: 'DL1000', message: 'unexpected end of input' }
const report = fixtureReport('realworld-all-severities-67-vulns.json')

const input = (overrides: Partial<SarifInput> = {}): SarifInput => ({
  dockerfile: 'docker/Dockerfile',
  lint: [finding(3, 'warning'), finding(1, 'info', 'DL3006', 'Always tag'), PARSE_ERROR],
  vulnerabilities: report.vulnerabilities,
  fromLine: 2,
  toolVersion: '0.1.0',
  rules: RULES,
  ...overrides
})

describe('toSarif', () => {
  const log = toSarif(input())
  const run = log.runs[0]!

  it('is one SARIF 2.1.0 run by Container Gate', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA)
    expect(log.version).toBe('2.1.0')
    expect(log.runs.length).toBe(1)
    expect(run.tool.driver).toMatchObject({ name: 'Container Gate', version: '0.1.0' })
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//)
    expect(run.automationDetails.id).toBe('container-gate/docker/Dockerfile/')
  })

  it('points every result at its own rule', () => {
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
  })

  it('has one rule per rule used, and only those', () => {
    const ids = run.tool.driver.rules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(ids)).toEqual(new Set(run.results.map((r) => r.ruleId)))
    expect(ids).not.toContain('CG0001')
  })

  it('describes lint rules from the rule metadata', () => {
    expect(run.tool.driver.rules.find((r) => r.id === 'DL3008')).toEqual({
      id: 'DL3008',
      name: 'PinVersionsInAptGet',
      shortDescription: { text: 'Pin versions in apt-get install' },
      helpUri: 'https://github.com/hadolint/hadolint/wiki/DL3008',
      defaultConfiguration: { level: 'warning' }
    })
  })

  it('includes parse errors, described from the finding', () => {
    const result = run.results.find((r) => r.ruleId === 'DL1000')!
    expect(result).toMatchObject({
      level: 'error',
      message: { text: 'unexpected end of input' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'docker/Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 1 } } }]
    })
    expect(run.tool.driver.rules[result.ruleIndex]).toMatchObject({ id: 'DL1000', name: 'ValidDockerfileSyntax', defaultConfiguration: { level: 'error' } })
  })

  it('maps lint levels to SARIF levels', () => {
    const levels = Object.fromEntries(run.results.filter((r) => r.ruleId.startsWith('DL')).map((r) => [r.ruleId, r.level]))
    expect(levels).toEqual({ DL1000: 'error', DL3006: 'note', DL3008: 'warning' })
  })

  it('reports every vulnerability at the FROM line with its severity', () => {
    const vulns = run.results.filter((r) => !r.ruleId.startsWith('DL'))
    expect(vulns.length).toBe(67)
    const levels = vulns.map((r) => r.level)
    expect(levels.filter((l) => l === 'error').length).toBe(5 + 29)
    expect(levels.filter((l) => l === 'warning').length).toBe(26)
    expect(levels.filter((l) => l === 'note').length).toBe(5 + 2)
    expect(new Set(vulns.map((r) => r.locations[0]!.physicalLocation.region.startLine))).toEqual(new Set([2]))
    expect(new Set(vulns.map((r) => JSON.stringify(r.partialFingerprints))).size).toBe(67)
  })

  it('gives each vulnerability a security rule with GitHub’s severity score', () => {
    const critical = report.vulnerabilities.find((v) => v.severity === 'CRITICAL')!
    expect(run.tool.driver.rules.find((r) => r.id === critical.id)).toEqual({
      id: critical.id,
      name: 'PackageVulnerability',
      shortDescription: { text: critical.title },
      helpUri: critical.primaryUrl,
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '9.5', tags: ['security', 'vulnerability'] }
    })
    const scores = new Map(report.vulnerabilities.map((v) => [v.id, v.severity]))
    const expected = { CRITICAL: '9.5', HIGH: '8.0', MEDIUM: '5.5', LOW: '2.0', UNKNOWN: '0.0' }
    for (const rule of run.tool.driver.rules.filter((r) => r.properties)) {
      // A rule takes its ID's worst severity; the fixture gives each ID one severity.
      expect(rule.properties!['security-severity']).toBe(expected[scores.get(rule.id)!])
    }
  })

  it('puts vulnerabilities on line 1 without a FROM line, and leaves out unsafe help links', () => {
    const [v] = report.vulnerabilities
    const log = toSarif(input({ lint: [], fromLine: undefined, vulnerabilities: [{ ...v!, primaryUrl: 'javascript:alert(1)' }] }))
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 })
    expect(log.runs[0]!.tool.driver.rules[0]!.helpUri).toBeUndefined()
  })

  it('works without vulnerabilities', () => {
    const log = toSarif(input({ vulnerabilities: undefined }))
    // In file order: DL3006 on line 1, DL3008 on line 3, the parse error on line 4.
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toEqual(['DL3006', 'DL3008', 'DL1000'])
  })

  it.each([
    ['plain text', 'openssl', 'a plain title'],
    ['quotes and backslashes', 'say "hi"\\', 'C:\\path "quoted"'],
    ['controls, escape sequences and line breaks', 'pkg\u0000\u001f', '\u001b[31mred\u001b[0m title\r\nnext\u2028line\ttab'],
    ['bidirectional overrides and C1 controls', 'p\u202ekg', 'ti\u0085tle\u2066'],
    ['surrogates, paired and not', 'pkg 😀', 'lone \ud800 and \udfff'],
    ['text outside Latin-1', 'пакет', '标题 → café']
  ])('writes a vulnerability with %s as a printable message, its fingerprint and rule exactly', (_name, pkgName, title) => {
    const [v] = report.vulnerabilities
    const vulnerability = { ...v!, id: `${v!.id}-${pkgName}`, pkgName, title, target: `${title} target`, installedVersion: `1.0${pkgName}`, pkgPath: pkgName }
    const sarifInput = input({ lint: [{ ...PARSE_ERROR, message: title }], vulnerabilities: [vulnerability] })
    const text = renderSarif(sarifInput)
    // The text is JSON.stringify's for the log it holds: no other escaping, spacing or order.
    expect(text).toBe(`${JSON.stringify(JSON.parse(text))}\n`)
    const written = toSarif(sarifInput).runs[0]!
    const result = written.results.find((r) => r.ruleId === vulnerability.id)!
    expect(result.message.text).toBe(printableLine(`${pkgName} ${versionChange(vulnerability)} (${vulnerability.target}): ${title}`))
    expect(result.partialFingerprints).toEqual({ 'containerGatePackage/v1': [vulnerability.id, vulnerability.target, pkgName, pkgName, vulnerability.installedVersion].join('|') })
    expect(written.tool.driver.rules[result.ruleIndex]!.shortDescription.text).toBe(printableLine(title))
    expect(written.results.find((r) => r.ruleId === 'DL1000')!.message.text).toBe(printableLine(title))
  })

  it('is the same for the same findings in any order, and survives JSON', () => {
    const shuffled = input({ lint: [...input().lint].reverse(), vulnerabilities: [...report.vulnerabilities].reverse() })
    expect(JSON.stringify(toSarif(shuffled))).toBe(JSON.stringify(log))
  })
})

describe('toSarif within code scanning limits', () => {
  const many = repeatVulnerabilities(report.vulnerabilities, 300)

  it('keeps only the severities the user asked to see, and every lint finding', () => {
    const log = toSarif(input({ severities: ['CRITICAL'] }))
    const ids = log.runs[0]!.results.map((r) => r.ruleId)
    expect(ids.filter((id) => !id.startsWith('DL'))).toHaveLength(5)
    expect(ids.filter((id) => id.startsWith('DL'))).toHaveLength(3)
  })

  it('places a vulnerability on the line that brought it in when that is known', () => {
    const [first] = report.vulnerabilities
    const log = toSarif(input({ lint: [], vulnerabilities: [{ ...first!, line: 7 }] }))
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine).toBe(7)
  })

  it('leaves out the least severe results past the result limit, and says so', () => {
    const log = toSarif(input({ lint: [], vulnerabilities: many, limits: { maxResults: 100, maxGzipBytes: 10 * 1024 * 1024 } }))
    const run = log.runs[0]!
    expect(run.results).toHaveLength(100)
    expect(run.results.filter((r) => r.level === 'error')).toHaveLength(100)
    expect(run.invocations?.[0]?.toolExecutionNotifications[0]?.message.text).toMatch(/^200 of 300 vulnerabilities/)
  })

  it('says nothing when everything fits', () => {
    expect(toSarif(input()).runs[0]!.invocations).toBeUndefined()
  })

  it('shrinks until the gzipped log fits the size limit', () => {
    const limit = 4_000
    const log = toSarif(input({ lint: [], vulnerabilities: many, limits: { maxResults: 25_000, maxGzipBytes: limit } }))
    expect(gzipSync(JSON.stringify(log)).length).toBeLessThanOrEqual(limit)
    expect(log.runs[0]!.results.length).toBeGreaterThan(0)
    expect(log.runs[0]!.results.length).toBeLessThan(300)
  })
})

describe('artifactLocation', () => {
  it('keeps a relative path relative to the checkout, percent-encoded', () => {
    expect(artifactLocation('./docker/my file#1/Dockerfile')).toEqual({ uri: 'docker/my%20file%231/Dockerfile', uriBaseId: '%SRCROOT%' })
    expect(artifactLocation('docker\\Dockerfile', '/repo')).toEqual({ uri: 'docker/Dockerfile', uriBaseId: '%SRCROOT%' })
  })

  it('reports an absolute path inside the working folder relative to it', () => {
    expect(artifactLocation('/home/me/repo/docker/Dockerfile', '/home/me/repo')).toEqual({ uri: 'docker/Dockerfile', uriBaseId: '%SRCROOT%' })
    expect(artifactLocation('/home/me/repo/Dockerfile', '/home/me/repo/')).toEqual({ uri: 'Dockerfile', uriBaseId: '%SRCROOT%' })
  })

  it('makes any other absolute path a file:// URI with no base id', () => {
    expect(artifactLocation('/home/me/repository/Dockerfile', '/home/me/repo')).toEqual({ uri: 'file:///home/me/repository/Dockerfile' })
    expect(artifactLocation('/srv/a b/Dockerfile')).toEqual({ uri: 'file:///srv/a%20b/Dockerfile' })
    expect(artifactLocation('C:\\build\\Dockerfile')).toEqual({ uri: 'file:///C:/build/Dockerfile' })
  })
})

describe('SARIF that Microsoft\'s validator accepts', () => {
  const validator = fileURLToPath(new URL('../../node_modules/.bin/sarif-multitool', import.meta.url))

  /** The validator's errors on a SARIF file's text, and its SARIF1001 warning (a rule whose name is its id), which code scanning shows. */
  function validationErrors(text: string): Array<{ ruleId: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'cg-sarif-'))
    const file = join(dir, 'out.sarif')
    writeFileSync(file, text)
    const result = spawnSync(validator, ['validate', file, '--output', join(dir, 'validation.sarif')], { encoding: 'utf8' })
    expect(result.status, result.stdout + result.stderr).toBe(0)
    const validation = JSON.parse(readFileSync(join(dir, 'validation.sarif'), 'utf8'))
    return validation.runs[0].results.filter((r: { level?: string; ruleId: string }) => r.level === 'error' || r.ruleId === 'SARIF1001')
  }

  it('finds the errors in a broken log (the validator is really checking)', () => {
    const broken = toSarif(input({ vulnerabilities: [] }))
    broken.runs[0]!.results[0]!.ruleIndex = 99
    broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0
    expect(validationErrors(JSON.stringify(broken)).map((e) => e.ruleId)).toEqual(expect.arrayContaining(['JSON1008', 'SARIF1009']))
  }, 60_000)

  it.each([
    ['lint findings and vulnerabilities', input()],
    ['a parse error only', input({ lint: [PARSE_ERROR], vulnerabilities: [] })],
    ['truncated to the limits', input({ vulnerabilities: repeatVulnerabilities(report.vulnerabilities, 50), limits: { maxResults: 20, maxGzipBytes: 10 * 1024 * 1024 } })],
    ['an absolute path outside the working folder', input({ dockerfile: '/srv/other place/Dockerfile', root: '/home/me/repo' })],
    ['an absolute path inside the working folder', input({ dockerfile: '/home/me/repo/docker/Dockerfile', root: '/home/me/repo' })],
    ['a Windows path', input({ dockerfile: 'C:\\build\\Dockerfile' })]
  ])('%s: the file renderSarif writes', (_name, sarifInput) => {
    expect(validationErrors(renderSarif(sarifInput))).toEqual([])
  }, 60_000)
})
