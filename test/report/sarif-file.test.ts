import { randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { gzipBound, renderSarif, toSarif } from '../../src/report/sarif.js'
import type { SarifInput } from '../../src/report/sarif.js'
import { finding, fixtureReport, repeatVulnerabilities } from './runs.js'

const report = fixtureReport('realworld-all-severities-67-vulns.json')
const many = repeatVulnerabilities(report.vulnerabilities, 300)

const input = (limits?: SarifInput['limits']): SarifInput => ({
  dockerfile: 'Dockerfile',
  lint: [finding(3, 'warning')],
  vulnerabilities: many,
  fromLine: 1,
  toolVersion: '0.1.0',
  rules: [],
  ...(limits && { limits })
})

describe('renderSarif', () => {
  const compact = Buffer.byteLength(JSON.stringify(toSarif(input())))
  const gzipped = gzipSync(JSON.stringify(toSarif(input()))).length

  it.each([
    ['far within the limits', undefined],
    ['larger than the size limit as text, within it gzipped', { maxResults: 25_000, maxGzipBytes: Math.floor(compact / 2) }],
    ['within the size limit gzipped by a single byte', { maxResults: 25_000, maxGzipBytes: gzipped }],
    ['over the size limit gzipped', { maxResults: 25_000, maxGzipBytes: Math.floor(gzipped / 3) }],
    ['over the result limit', { maxResults: 50, maxGzipBytes: 10 * 1024 * 1024 }]
  ])('is toSarif’s log as compact JSON, with a final newline: %s', (_name, limits) => {
    const text = renderSarif(input(limits))
    expect(text).toBe(`${JSON.stringify(toSarif(input(limits)))}\n`)
  })

  it('has cases on both sides of the size limit above', () => {
    expect(toSarif(input({ maxResults: 25_000, maxGzipBytes: gzipped })).runs[0]!.results).toHaveLength(301)
    expect(toSarif(input({ maxResults: 25_000, maxGzipBytes: gzipped - 1 })).runs[0]!.results.length).toBeLessThan(301)
  })
})

describe('gzipBound', () => {
  it.each([0, 1, 100, 16_383, 65_535, 65_536, 1_000_000])('is never exceeded, not even by random bytes: %i bytes', (bytes) => {
    const data = randomBytes(bytes)
    expect(gzipSync(data).length).toBeLessThanOrEqual(gzipBound(bytes))
    expect(gzipSync(data, { level: 9 }).length).toBeLessThanOrEqual(gzipBound(bytes))
    expect(gzipSync(data, { level: 1, memLevel: 1 }).length).toBeLessThanOrEqual(gzipBound(bytes))
  })
})
