// The scanner's glue: trivy-timeout reaches every Trivy call, and a background DB download that ran out of time fails
// the scan rather than leave it to hang as long again. The stand-in trivy is found on PATH, as the CLI finds Trivy.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StepLog } from '../src/log.js'
import { prepareScanner, scanWith } from '../src/scanner.js'
import type { ScannerSettings } from '../src/scanner.js'
import { DEFAULT_DB_REPOSITORIES, DEFAULT_JAVA_DB_REPOSITORIES, DEFAULT_TRIVY_VERSION } from '../src/trivy/index.js'
import { isGone } from './helpers/processes.js'
import { trivyFixture, trivyStubCalls, trivyStubEnv, trivyStubPids } from './helpers/trivy-stub.js'

let dir: string
let log: string
let warnings: string[]

const stepLog = (): StepLog => ({
  step: (_name, fn) => fn(),
  tool: (_label, fn) => fn(() => undefined),
  info: () => undefined,
  warn: (message) => warnings.push(message)
})

const settings = (timeoutMs: number): ScannerSettings => ({
  trivyVersion: DEFAULT_TRIVY_VERSION,
  cacheDb: false,
  dbRepositories: DEFAULT_DB_REPOSITORIES,
  javaDbRepositories: DEFAULT_JAVA_DB_REPOSITORIES,
  ignoreFile: '',
  ignoreUnfixed: false,
  timeoutMs,
  scanSwitch: '--no-scan',
  workspace: dir,
  tempDir: dir
})

function useEnv(env: Record<string, string>): void {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'scanner-test-'))
  log = path.join(dir, 'calls.log')
  warnings = []
  // Trivy's cache dir is under XDG_CACHE_HOME or HOME: keep the stand-in's DB out of the real one.
  useEnv({ XDG_CACHE_HOME: path.join(dir, 'cache'), HOME: dir })
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(dir, { recursive: true, force: true })
})

describe('prepareScanner and scanWith', () => {
  it('say how to turn the scan off in the caller\'s words when trivy is not on PATH', async () => {
    useEnv({ PATH: path.join(dir, 'empty') })
    expect(await prepareScanner(settings(1000), stepLog())).toEqual({
      ready: false,
      missing: true,
      reason: expect.stringMatching(/^trivy is not on PATH: .* or pass --no-scan$/)
    })
  })

  it('give trivy-timeout to the DB download and to the scan as --timeout', async () => {
    useEnv(trivyStubEnv({ log, report: trivyFixture('trivy-golden-alpine-39.json') }))
    const scanner = await prepareScanner(settings(90_000), stepLog())
    if (!scanner.ready) throw new Error(scanner.reason)
    const outcome = await scanWith(scanner, 'app:1', stepLog())

    expect(outcome.status).toBe('ok')
    const calls = trivyStubCalls(log)
    expect(calls.map((call) => call[1])).toEqual(['--download-db-only', '--format'])
    for (const call of calls) expect(call).toEqual(expect.arrayContaining(['--timeout', '1m30s']))
  })

  it('fail the scan, without starting it, when the DB download ran out of time; nothing it started is left', async () => {
    const pidFile = path.join(dir, 'pids')
    useEnv({ ...trivyStubEnv({ log, report: trivyFixture('trivy-golden-alpine-39.json') }), TRIVY_STUB_DB_SLEEP_MS: '60000', TRIVY_STUB_PID_FILE: pidFile })
    const scanner = await prepareScanner(settings(1000), stepLog())
    if (!scanner.ready) throw new Error(scanner.reason)
    const outcome = await scanWith(scanner, 'app:1', stepLog())

    expect(outcome).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^Trivy did not finish downloading the vulnerability DB within 1s, so it was stopped .* Raise trivy-timeout, /)
    })
    expect(warnings).toEqual([])
    expect(trivyStubCalls(log).map((call) => call[1])).toEqual(['--download-db-only'])
    const pids = trivyStubPids(pidFile)
    expect(pids).toHaveLength(2)
    for (const pid of pids) expect(await isGone(pid), `process ${pid}`).toBe(true)
  })
})
