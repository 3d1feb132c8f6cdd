import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Exec } from '../../src/exec.js'
import { TRIVY_ARCHIVE_SHA256 } from '../../src/trivy/checksums.js'
import { ensureTrivy, installTrivy, TrivyInstallError } from '../../src/trivy/install.js'
import type { InstallOptions } from '../../src/trivy/install.js'
import { closedPort, fakeTrivyArchive, startReleaseServer } from '../helpers/release-server.js'
import type { ReleaseServer } from '../helpers/release-server.js'
import { trivyStubEnv } from '../helpers/trivy-stub.js'

const ASSET = 'trivy_0.72.0_Linux-64bit.tar.gz'
const archive = fakeTrivyArchive('Version: 0.72.0-from-loopback')

let dir: string
let toolCache: string
let tempDir: string
let server: ReleaseServer

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'install-test-'))
  toolCache = path.join(dir, 'tool-cache')
  tempDir = path.join(dir, 'runner-temp')
  await mkdir(toolCache)
  await mkdir(tempDir)
  vi.stubEnv('RUNNER_TOOL_CACHE', toolCache)
  vi.stubEnv('RUNNER_TEMP', tempDir)
  server = await startReleaseServer({ [`/v0.72.0/${ASSET}`]: archive.bytes })
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

/** Linux x64 whatever the host is, so the asset name and tool-cache folder are fixed. */
function options(extra: Partial<InstallOptions> = {}): InstallOptions {
  return {
    version: '0.72.0',
    tempDir,
    baseUrl: server.baseUrl,
    checksums: { [ASSET]: archive.sha256 },
    platform: 'linux',
    arch: 'x64',
    ...extra
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false)
}

describe('installTrivy from a release server', () => {
  it('downloads, verifies, extracts and caches the archive, and the installed trivy runs', async () => {
    const installed = await installTrivy(options())

    expect(installed).toEqual({ path: path.join(toolCache, 'trivy', '0.72.0', 'x64', 'trivy'), source: 'download' })
    expect(server.requests).toEqual([`/v0.72.0/${ASSET}`])
    const run = await Exec.run(installed.path, ['--version'])
    expect(run.stdout.trim()).toBe('Version: 0.72.0-from-loopback')
    expect(await readdir(tempDir)).toEqual([])
  })

  it('reuses the tool cache without a request on the second call', async () => {
    await installTrivy(options())
    const again = await installTrivy(options())
    expect(again.source).toBe('tool-cache')
    expect(server.requests).toHaveLength(1)
  })

  it('refuses an archive whose digest does not match, and leaves nothing behind to run', async () => {
    const wrong = 'ab'.repeat(32)
    const install = installTrivy(options({ checksums: { [ASSET]: wrong } }))

    await expect(install).rejects.toThrow(TrivyInstallError)
    await expect(install).rejects.toThrow(
      `${ASSET} downloaded from ${server.baseUrl}/v0.72.0/${ASSET} does not match its SHA-256 (expected ${wrong}, got ${archive.sha256}); it was deleted and not run.`
    )
    expect(await exists(path.join(toolCache, 'trivy'))).toBe(false)
    expect(await readdir(tempDir)).toEqual([])
  })

  it('says which release is missing on a 404, and caches nothing', async () => {
    const install = installTrivy(options({ version: '0.71.0', checksum: archive.sha256 }))
    await expect(install).rejects.toThrow(
      `could not download Trivy v0.71.0 from ${server.baseUrl}/v0.71.0/trivy_0.71.0_Linux-64bit.tar.gz (HTTP 404): ` +
        'check that Trivy v0.71.0 is a published release and that the download URL is right.'
    )
    expect(await exists(path.join(toolCache, 'trivy'))).toBe(false)
    expect(await readdir(tempDir)).toEqual([])
  })

  it('says the server could not be reached when the connection is refused', async () => {
    // tool-cache retries network errors twice, 10–20 s apart; its own test hook shortens the wait.
    const globals = globalThis as Record<string, unknown>
    globals.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS = 0
    globals.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS = 0
    try {
      const baseUrl = `http://127.0.0.1:${await closedPort()}`
      await expect(installTrivy(options({ baseUrl }))).rejects.toThrow(
        new RegExp(`^could not download Trivy v0\\.72\\.0 from ${baseUrl}/v0\\.72\\.0/${ASSET} \\(.*ECONNREFUSED.*\\): check the runner can reach`)
      )
    } finally {
      delete globals.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS
      delete globals.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS
    }
    expect(await exists(path.join(toolCache, 'trivy'))).toBe(false)
  })

  it('refuses a version the table does not know before any request, unless the user gives its digest', async () => {
    const asset = 'trivy_0.71.0_Linux-64bit.tar.gz'
    await expect(installTrivy(options({ version: '0.71.0' }))).rejects.toThrow(
      `${asset} has no SHA-256 in this action's checksum table, so it cannot be verified. Use the default Trivy version, ` +
        "or give the archive's SHA-256 from the release's checksums.txt in the trivy-checksum input."
    )
    expect(server.requests).toEqual([])

    const served = await startReleaseServer({ [`/v0.71.0/${asset}`]: archive.bytes })
    try {
      const installed = await installTrivy(options({ version: '0.71.0', baseUrl: served.baseUrl, checksum: `sha256:${archive.sha256.toUpperCase()}` }))
      expect(installed.path).toBe(path.join(toolCache, 'trivy', '0.71.0', 'x64', 'trivy'))
    } finally {
      await served.close()
    }
  })

  it('needs the runner tool cache', async () => {
    vi.stubEnv('RUNNER_TOOL_CACHE', '')
    await expect(installTrivy(options())).rejects.toThrow(/^trivy is not on PATH and there is no runner tool cache .*install Trivy v0\.72\.0 yourself/)
    expect(server.requests).toEqual([])
  })

  it('ships the real table untouched by the test tables', () => {
    expect(Object.values(TRIVY_ARCHIVE_SHA256)).not.toContain(archive.sha256)
    expect(Object.isFrozen(TRIVY_ARCHIVE_SHA256)).toBe(true)
  })
})

describe('ensureTrivy', () => {
  it('uses trivy from PATH without downloading', async () => {
    const found = await ensureTrivy(options(), trivyStubEnv({ log: path.join(dir, 'calls.log') }))
    expect(found).toEqual({ path: expect.stringMatching(/fixtures\/bin\/trivy$/), source: 'path' })
    expect(server.requests).toEqual([])
  })

  it('installs when PATH has no trivy', async () => {
    const found = await ensureTrivy(options(), { PATH: path.join(dir, 'empty') })
    expect(found.source).toBe('download')
  })
})
