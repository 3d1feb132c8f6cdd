import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Exec } from '../../src/exec.js'
import { downloadDbArgs } from '../../src/trivy/args.js'
import { startDbDownload } from '../../src/trivy/db-download.js'
import { findTrivy } from '../../src/trivy/scan.js'
import { isGone } from '../helpers/processes.js'
import { trivyStubCalls, trivyStubEnv, trivyStubPids } from '../helpers/trivy-stub.js'

let dir: string
let log: string
let cacheDir: string
let trivy: string
const timeoutMs = 600_000

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'db-download-test-'))
  log = path.join(dir, 'calls.log')
  cacheDir = path.join(dir, 'trivy-cache')
  trivy = (await findTrivy(trivyStubEnv({ log })))!
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const failing = {
  TRIVY_STUB_DB_EXIT: '1',
  TRIVY_STUB_DB_STDERR: '2026-11-27T09:00:00Z\tFATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: TOOMANYREQUESTS'
}

describe('startDbDownload', () => {
  it('fetches the vulnerability DB into the cache dir with the mirror list', async () => {
    const env = trivyStubEnv({ log })
    const ready = await startDbDownload({ trivy, cacheDir, timeoutMs, env })

    expect(ready).toEqual({ db: true, javaDb: false, durationMs: expect.any(Number) })
    expect(trivyStubCalls(log)).toEqual([downloadDbArgs('vuln', { cacheDir, timeoutMs })])
    expect(existsSync(path.join(cacheDir, 'db', 'metadata.json'))).toBe(true)
  })

  it('fetches the Java DB after the vulnerability DB when asked', async () => {
    const dbs = { cacheDir, dbRepositories: ['r.io/db:2'], javaDbRepositories: ['r.io/java-db:1'], timeoutMs }
    const ready = await startDbDownload({ trivy, ...dbs, javaDb: true, env: trivyStubEnv({ log }) })

    expect(ready).toMatchObject({ db: true, javaDb: true })
    expect(ready.warning).toBeUndefined()
    expect(trivyStubCalls(log)).toEqual([downloadDbArgs('vuln', dbs), downloadDbArgs('java', dbs)])
  })

  it('runs in the background: the caller carries on while the download is still going', async () => {
    const built = path.join(dir, 'image-built')
    const env = { ...trivyStubEnv({ log }), TRIVY_STUB_DB_WAIT_FOR: built }
    const download = startDbDownload({ trivy, cacheDir, timeoutMs, env })
    // Back before the download is done: a blocking start would only return after the stand-in gave up waiting.
    expect(existsSync(path.join(cacheDir, 'db'))).toBe(false)

    // The "build": the stand-in download cannot finish before this file exists.
    const build = await Exec.run('node', ['-e', `require('node:fs').writeFileSync(${JSON.stringify(built)}, '')`])
    expect(build.exitCode).toBe(0)
    expect(await download).toMatchObject({ db: true })
    expect(existsSync(path.join(cacheDir, 'db', 'metadata.json'))).toBe(true)
  })

  it('reports a failed download as a warning, and skips the Java DB after it', async () => {
    const ready = await startDbDownload({ trivy, cacheDir, timeoutMs, javaDb: true, env: { ...trivyStubEnv({ log }), ...failing } })

    expect(ready).toEqual({
      db: false,
      javaDb: false,
      warning:
        'could not download the vulnerability DB (trivy exited with code 1: Fatal error\tinit error: DB error: failed to download vulnerability DB: TOOMANYREQUESTS). ' +
        'The scan will download the DB itself.',
      durationMs: expect.any(Number)
    })
    expect(trivyStubCalls(log)).toHaveLength(1)
  })

  it('reports a trivy that cannot be started without rejecting', async () => {
    const ready = await startDbDownload({ trivy: path.join(dir, 'missing', 'trivy'), cacheDir, timeoutMs })
    expect(ready.db).toBe(false)
    expect(ready.warning).toMatch(/^could not download the vulnerability DB \(could not run .*missing\/trivy: .*\)\. The scan will download the DB itself\.$/)
  })

  it('stops a download still running at the timeout, and what it started, and says the scan cannot go on', async () => {
    const pidFile = path.join(dir, 'pids')
    const env = { ...trivyStubEnv({ log }), TRIVY_STUB_DB_SLEEP_MS: '60000', TRIVY_STUB_PID_FILE: pidFile }
    const ready = await startDbDownload({ trivy, cacheDir, timeoutMs: 1000, javaDb: true, env })

    expect(ready).toEqual({
      db: false,
      javaDb: false,
      failure:
        'Trivy did not finish downloading the vulnerability DB within 1s, so it was stopped (it printed nothing). Raise trivy-timeout, ' +
        'or check that the Trivy DB repositories and registries are reachable from here and that no other Trivy holds the cache directory.',
      durationMs: expect.any(Number)
    })
    expect(trivyStubCalls(log)).toEqual([downloadDbArgs('vuln', { cacheDir, timeoutMs: 1000 })])
    const pids = trivyStubPids(pidFile)
    expect(pids).toHaveLength(2)
    for (const pid of pids) expect(await isGone(pid), `process ${pid}`).toBe(true)
  })
})
