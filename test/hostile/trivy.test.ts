// Trivy missing, failing, hanging, or writing a report we cannot trust: the scan fails with a reason the user can
// act on. Never "no vulnerabilities" by default. The stand-in trivy plays each part.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scanImage } from '../../src/trivy/scan.js'
import { isGone } from '../helpers/processes.js'
import { trivyFixture, trivyStubCalls, trivyStubEnv, trivyStubPids } from '../helpers/trivy-stub.js'
import { CLI } from './run.js'

let dir: string
let tempDir: string
let log: string
const timeoutMs = 600_000

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cg-hostile-trivy-'))
  tempDir = path.join(dir, 'runner-temp')
  await mkdir(tempDir)
  log = path.join(dir, 'calls.log')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

async function reportFile(name: string, text: string): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, text)
  return file
}

describe('the scan when Trivy misbehaves', () => {
  it('missing from PATH: fails, naming the pinned version to install', async () => {
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env: { PATH: path.join(dir, 'empty-bin') }, trivyVersion: '0.72.0' })
    expect(outcome.status).toBe('failed')
    expect(outcome.reason).toMatch(/^trivy is not on PATH: install Trivy v0\.72\.0 from https:\/\/github\.com\/aquasecurity\/trivy\/releases\/tag\/v0\.72\.0/)
  })

  it('exits non-zero: fails with the exit code and its last message, timestamp and level removed', async () => {
    const env = trivyStubEnv({ log, exitCode: 1, stderr: '2026-03-12T10:00:00Z\tFATAL\tunable to initialize the scanner: no such image' })
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env })
    expect(outcome).toMatchObject({ status: 'failed', reason: 'trivy exited with code 1: unable to initialize the scanner: no such image' })
  })

  it('hangs: stopped at trivy-timeout with what it started, the scan fails saying what to do', async () => {
    const pidFile = path.join(dir, 'hang.pids')
    const env = {
      ...trivyStubEnv({ log, report: trivyFixture('trivy-golden-alpine-39.json') }),
      TRIVY_STUB_SCAN_SLEEP_MS: '60000',
      TRIVY_STUB_PID_FILE: pidFile
    }
    const outcome = await scanImage({ image: 'app:pr-7', tempDir, env, timeoutMs: 1000 })
    expect(trivyStubCalls(log).at(-1)).toEqual(expect.arrayContaining(['--timeout', '1s']))
    expect(outcome).toMatchObject({
      status: 'failed',
      reason:
        'Trivy did not finish scanning app:pr-7 within 1s, so it was stopped (its last output: [vuln] Vulnerability scanning is enabled). ' +
        'Raise trivy-timeout, or check that the Trivy DB repositories and registries are reachable from here and that no other Trivy ' +
        'holds the cache directory.'
    })
    expect(outcome.report).toBeUndefined()
    const pids = trivyStubPids(pidFile)
    expect(pids).toHaveLength(2)
    for (const pid of pids) expect(await isGone(pid), `process ${pid}`).toBe(true)
  })

  it('exits 0 without writing a report: fails, never passes as clean', async () => {
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env: trivyStubEnv({ log }) })
    expect(outcome.status).toBe('failed')
    expect(outcome.reason).toMatch(/^trivy exited 0 but wrote no report to .*report\.json$/)
  })

  it('a truncated report: fails saying it may be truncated', async () => {
    const full = await readFile(trivyFixture('trivy-golden-alpine-39.json'), 'utf8')
    const env = trivyStubEnv({ log, report: await reportFile('truncated.json', full.slice(0, Math.floor(full.length / 2))) })
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env })
    expect(outcome.status).toBe('failed')
    expect(outcome.reason).toMatch(/report\.json: not valid JSON \(.*\); the report may be truncated\. Run the scan again, and check that Trivy was run with --format json\.$/)
  })

  it('a pre-0.20 report (a bare array): fails asking for a newer Trivy', async () => {
    const env = trivyStubEnv({ log, report: trivyFixture('defectdojo-legacy-pre-v020-array.json') })
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env })
    expect(outcome.status).toBe('failed')
    expect(outcome.reason).toMatch(/this is the pre-0\.20 Trivy JSON format \(a bare array\); upgrade Trivy to 0\.20 or later\.$/)
  })

  it('an unknown SchemaVersion: fails naming it', async () => {
    const env = trivyStubEnv({ log, report: await reportFile('v3.json', '{"SchemaVersion":3,"Results":[]}') })
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env })
    expect(outcome.reason).toMatch(/unsupported Trivy report SchemaVersion 3/)
  })

  // Written in the test, streamed so that the test itself holds none of it. Measured on the dev box (Node 20):
  // 100 MB (115,000 vulnerabilities) read and parsed in about 2 s, heap about 350 MB, RSS about 0.5 GB: well within a
  // runner's 7 GB, so it parses; there is no size cap.
  it('a 100 MB report: parses, every vulnerability counted', async () => {
    const file = path.join(dir, 'huge.json')
    const out = createWriteStream(file)
    const vuln = (i: number) =>
      JSON.stringify({ VulnerabilityID: `CVE-2024-${i}`, PkgName: `pkg-${i % 977}`, InstalledVersion: '1.0.0', FixedVersion: '1.0.1', Severity: 'HIGH', Title: 'x'.repeat(300), Description: 'd'.repeat(400), PrimaryURL: `https://avd.aquasec.com/nvd/cve-2024-${i}` })
    out.write('{"SchemaVersion":2,"ArtifactName":"app","Results":[{"Target":"app (debian 12)","Class":"os-pkgs","Vulnerabilities":[')
    let count = 0
    for (let written = 0; written < 100 * 1024 * 1024; count++) {
      const chunk = (count === 0 ? '' : ',') + vuln(count)
      written += chunk.length
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    }
    out.end(']}]}')
    await finished(out)
    expect((await stat(file)).size).toBeGreaterThan(100 * 1024 * 1024)

    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env: trivyStubEnv({ log, report: file }) })
    expect(outcome.status).toBe('ok')
    expect(outcome.report?.vulnerabilities).toHaveLength(count)
  }, 60_000)

  // Each holds 4 CRITICALs that a lenient reader counted as none (an object where a list belongs) or as UNKNOWN.
  const critical = (i: number, severity = 'CRITICAL') => ({ VulnerabilityID: `CVE-2024-${i}`, PkgName: 'musl', InstalledVersion: '1.1.20-r4', Severity: severity })
  const fours = [0, 1, 2, 3]
  it.each([
    ['Results as an object', { Results: { 0: { Target: 'app', Vulnerabilities: fours.map((i) => critical(i)) } } }, 'Results is an object where Trivy writes a list'],
    ['Vulnerabilities as an object', { Results: [{ Target: 'app', Vulnerabilities: Object.fromEntries(fours.map((i) => [i, critical(i)])) }] }, 'Results[0].Vulnerabilities is an object where Trivy writes a list'],
    ['a severity with a stray blank', { Results: [{ Target: 'app', Vulnerabilities: fours.map((i) => critical(i, 'critical ')) }] }, 'Results[0].Vulnerabilities[0].Severity is "critical " where Trivy writes one of CRITICAL'],
    ['a field of the wrong type', { Results: [{ Target: 'app', Vulnerabilities: [...fours.map((i) => critical(i)), { VulnerabilityID: ['a'], Severity: 'LOW' }] }] }, 'Results[0].Vulnerabilities[4].VulnerabilityID is a list where Trivy writes a string']
  ])('a report with %s: the scan fails naming the field, never a clean pass', async (name, shape, reason) => {
    const env = trivyStubEnv({ log, report: await reportFile(`${name}.json`, JSON.stringify({ SchemaVersion: 2, ArtifactName: 'app', ...shape })) })
    const outcome = await scanImage({ image: 'app', tempDir, timeoutMs, env })
    expect(outcome.status).toBe('failed')
    expect(outcome.reason).toContain(reason)
    expect(outcome.report).toBeUndefined()
  })
})

describe('Ctrl-C while Trivy runs', () => {
  // Trivy runs in a process group of its own, out of reach of the terminal's Ctrl-C: the CLI must pass it on.
  it('stops Trivy and what it started, and the CLI ends as interrupted', async () => {
    const work = await mkdtemp(path.join(dir, 'ctrl-c-'))
    await writeFile(path.join(work, 'Dockerfile'), 'FROM alpine:3.20\nUSER app\n')
    const pidFile = path.join(work, 'pids')
    const cli = spawn(process.execPath, [CLI, 'check'], {
      cwd: work,
      stdio: 'ignore',
      env: {
        ...trivyStubEnv({ log }),
        HOME: work,
        XDG_CACHE_HOME: path.join(work, 'cache'),
        // No engine to build with: the check waits for the background DB download, which hangs.
        DOCKER_HOST: `unix://${path.join(work, 'no-such.sock')}`,
        TRIVY_STUB_DB_SLEEP_MS: '60000',
        TRIVY_STUB_PID_FILE: pidFile
      }
    })
    const ended = new Promise<NodeJS.Signals | null>((resolve) => cli.on('close', (_code, signal) => resolve(signal)))
    const started = (): number[] => (existsSync(pidFile) ? trivyStubPids(pidFile) : [])
    for (let tries = 0; tries < 500 && started().length < 2; tries++) await sleep(20)
    const pids = started()
    expect(pids).toHaveLength(2)

    cli.kill('SIGINT')
    expect(await ended).toBe('SIGINT')
    for (const pid of pids) expect(await isGone(pid), `process ${pid}`).toBe(true)
  })
})
