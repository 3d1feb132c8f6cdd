import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { trivyArgs } from '../../src/trivy/args.js'
import { findTrivy, lastMeaningfulLine, scanImage } from '../../src/trivy/scan.js'
import { trivyFixture, trivyStubCalls, trivyStubEnv } from '../helpers/trivy-stub.js'

let dir: string
let tempDir: string
let log: string
const timeoutMs = 600_000

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'scan-test-'))
  tempDir = path.join(dir, 'runner-temp')
  await mkdir(tempDir)
  log = path.join(dir, 'calls.log')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('scanImage with the stand-in trivy', () => {
  it('runs trivy once with our arguments, parses the report and removes it', async () => {
    const env = trivyStubEnv({ log, report: trivyFixture('trivy-golden-alpine-39.json') })
    const outcome = await scanImage({ image: 'app:pr-7', tempDir, env, timeoutMs: 420_000 })

    expect(outcome.status).toBe('ok')
    expect(outcome.report?.vulnerabilities).toHaveLength(6)
    const calls = trivyStubCalls(log)
    expect(calls).toHaveLength(1)
    const outputFile = calls[0][calls[0].indexOf('--output') + 1]
    expect(outputFile.startsWith(tempDir + path.sep)).toBe(true)
    expect(calls[0]).toEqual(trivyArgs({ image: 'app:pr-7', outputFile, timeoutMs: 420_000 }))
    expect(calls[0]).toEqual(expect.arrayContaining(['--timeout', '7m']))
    expect(await readdir(tempDir)).toEqual([])
  })

  it('streams trivy output lines to the caller', async () => {
    const lines: string[] = []
    const env = trivyStubEnv({ log, report: trivyFixture('trivy-golden-alpine-39.json'), stderr: 'INFO\tNeed to update DB' })
    await scanImage({ image: 'app', tempDir, timeoutMs, env }, (line) => lines.push(line))
    expect(lines).toEqual(['INFO\tNeed to update DB'])
  })

  it('fails with the last stderr line when trivy exits 1, even if it wrote a report', async () => {
    const stderr = [
      '2026-11-27T09:00:00Z\tINFO\tLoading DB',
      '2026-11-27T09:00:01Z\tFATAL\tFatal error\trun error: image scan error: unable to find the specified image "app"',
      ''
    ].join('\n')
    const env = trivyStubEnv({ log, report: trivyFixture('trivy-golden-alpine-39-skip-no-results.json'), exitCode: 1, stderr })
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env })
    expect(outcome).toMatchObject({
      status: 'failed',
      reason: 'trivy exited with code 1: Fatal error\trun error: image scan error: unable to find the specified image "app"'
    })
    expect(outcome.report).toBeUndefined()
  })

  it('fails clearly when the report is truncated', async () => {
    const truncated = path.join(dir, 'truncated.json')
    await writeFile(truncated, '{"SchemaVersion": 2, "Results": [{"Target": "app"')
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env: trivyStubEnv({ log, report: truncated }) })
    expect(outcome.status).toBe('failed')
    expect(outcome.reason).toMatch(/report\.json: not valid JSON .*truncated/)
    expect(await readdir(tempDir)).toEqual([])
  })

  it('fails clearly when trivy writes no report', async () => {
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env: trivyStubEnv({ log }) })
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^trivy exited 0 but wrote no report to /) })
  })

  it('rejects a pre-0.20 report', async () => {
    const env = trivyStubEnv({ log, report: trivyFixture('defectdojo-legacy-pre-v020-null.json') })
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env })
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringMatching(/pre-0\.20.*upgrade Trivy/) })
  })
})

describe('scanImage with the DB and ignore settings', () => {
  const ready = { db: true, javaDb: false, durationMs: 1 }

  it('skips the DB update the background download made unnecessary, and passes the rest through', async () => {
    const env = trivyStubEnv({ log, report: trivyFixture('trivy-golden-alpine-39.json') })
    const settings = {
      cacheDir: path.join(dir, 'trivy-cache'),
      dbRepositories: ['r.io/db:2'],
      javaDbRepositories: ['r.io/java-db:1'],
      ignoreFile: path.join(dir, '.trivyignore'),
      ignoreUnfixed: true
    }
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env, db: ready, ...settings })

    expect(outcome.status).toBe('ok')
    const [call] = trivyStubCalls(log)
    const outputFile = call[call.indexOf('--output') + 1]
    expect(call).toEqual(trivyArgs({ image: 'app', outputFile, skipDbUpdate: true, skipJavaDbUpdate: false, timeoutMs, ...settings }))
    expect(call).toContain('--skip-db-update')
    expect(call).not.toContain('--skip-java-db-update')
  })

  it('fails at once, without starting Trivy, when the background download ran out of time', async () => {
    const env = trivyStubEnv({ log, report: trivyFixture('trivy-golden-alpine-39.json') })
    const failure = 'Trivy did not finish downloading the vulnerability DB within 10m, so it was stopped (…)'
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env, db: { ...ready, db: false, failure } })
    expect(outcome).toMatchObject({ status: 'failed', reason: failure })
    expect(existsSync(log)).toBe(false)
  })

  it('lets trivy fetch the DB itself when the background download failed', async () => {
    const env = trivyStubEnv({ log, report: trivyFixture('trivy-golden-alpine-39.json') })
    await scanImage({ image: 'app', tempDir, timeoutMs, env, db: { ...ready, db: false, warning: 'x' } })
    expect(trivyStubCalls(log)[0]).not.toContain('--skip-db-update')
  })
})

describe('scanImage without trivy', () => {
  const noTrivy = { PATH: '/nonexistent-dir' }

  it('says how to get the pinned version, or how to turn the scan off', async () => {
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env: noTrivy, trivyVersion: '0.72.0' })
    expect(outcome.status).toBe('failed')
    expect(outcome.reason).toMatch(/^trivy is not on PATH: install Trivy v0\.72\.0 .*releases\/tag\/v0\.72\.0.*put it on PATH, or pass scan: false$/)
    expect(await readdir(tempDir)).toEqual([])
  })

  it('reports a trivy path that cannot be run instead of throwing', async () => {
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, trivy: path.join(dir, 'missing', 'trivy') })
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^could not run .*missing\/trivy: /) })
  })

  it('findTrivy looks only on the given PATH', async () => {
    expect(await findTrivy(noTrivy)).toBeUndefined()
    expect(await findTrivy(trivyStubEnv({ log }))).toMatch(/fixtures\/bin\/trivy$/)
  })
})

describe('lastMeaningfulLine', () => {
  it.each([
    ['plain\n\n  last one  \n\n', 'last one'],
    ['2026-01-02T03:04:05.123+05:30\tERROR\tboom', 'boom'],
    ['2026-01-02T03:04:05Z FATAL run error: x', 'run error: x'],
    ['  \n', undefined]
  ])('%j', (stderr, expected) => {
    expect(lastMeaningfulLine(stderr)).toBe(expected)
  })
})
