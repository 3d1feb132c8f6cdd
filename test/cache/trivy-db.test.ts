import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dbCachePaths } from '../../src/cache/keys.js'
import { actionsCache } from '../../src/cache/service.js'
import type { CacheService } from '../../src/cache/service.js'
import { restoreTrivyDb, saveTrivyDb } from '../../src/cache/trivy-db.js'

const now = new Date('2026-11-27T10:00:00Z')
const KEY = 'container-gate-trivy-db-linux-2026-11-27'

/** The Actions cache service stands in for a remote endpoint; this fake keeps entries in memory and records calls. */
class FakeCache implements CacheService {
  entries = new Map<string, string[]>()
  calls: string[] = []
  reason: string | undefined = undefined
  failWith: Error | undefined = undefined
  declineSave = false

  unavailableReason(): string | undefined {
    return this.reason
  }

  async restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined> {
    this.calls.push(`restore ${primaryKey} ${restoreKeys.join(',')}`)
    if (this.failWith) throw this.failWith
    const keys = [...this.entries.keys()].filter((k) => JSON.stringify(this.entries.get(k)) === JSON.stringify(paths))
    return keys.find((k) => k === primaryKey) ?? keys.sort().reverse().find((k) => restoreKeys.some((r) => k.startsWith(r)))
  }

  async save(paths: string[], key: string): Promise<boolean> {
    this.calls.push(`save ${key}`)
    if (this.failWith) throw this.failWith
    if (this.declineSave) return false
    this.entries.set(key, paths)
    return true
  }
}

let dir: string
let cacheDir: string
let fake: FakeCache
let messages: string[]
const log = { info: (m: string) => messages.push(`info: ${m}`), warn: (m: string) => messages.push(`warn: ${m}`) }

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'trivy-db-cache-test-'))
  cacheDir = path.join(dir, 'trivy')
  fake = new FakeCache()
  messages = []
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(dir, { recursive: true, force: true })
})

const opts = () => ({ cacheDir, platform: 'linux', now, service: fake })

async function downloadedDb(): Promise<void> {
  await mkdir(path.join(cacheDir, 'db'), { recursive: true })
  await writeFile(path.join(cacheDir, 'db', 'metadata.json'), '{}')
}

describe('restoreTrivyDb and saveTrivyDb', () => {
  it('on a miss, saves the downloaded DB under today\'s key with the paths it restores', async () => {
    const state = await restoreTrivyDb(opts(), log)
    expect(state.hit).toBe('miss')
    await downloadedDb()
    await saveTrivyDb(state, log)

    expect(fake.calls).toEqual([`restore ${KEY} container-gate-trivy-db-linux-`, `save ${KEY}`])
    expect(fake.entries.get(KEY)).toEqual(dbCachePaths(cacheDir))
    expect(messages).toEqual([
      `info: Trivy DB cache: no entry for ${KEY} or an earlier day; Trivy downloads the DB.`,
      `info: Trivy DB cache: saved ${KEY}.`
    ])
  })

  it('on today\'s entry, does not save again', async () => {
    fake.entries.set(KEY, dbCachePaths(cacheDir))
    const state = await restoreTrivyDb(opts(), log)
    await saveTrivyDb(state, log)
    expect(state.hit).toBe('exact')
    expect(fake.calls).toEqual([`restore ${KEY} container-gate-trivy-db-linux-`])
  })

  it('on an earlier day\'s entry, restores it and saves today\'s', async () => {
    fake.entries.set('container-gate-trivy-db-linux-2026-11-25', dbCachePaths(cacheDir))
    fake.entries.set('container-gate-trivy-db-linux-2026-11-26', dbCachePaths(cacheDir))
    fake.entries.set('container-gate-trivy-db-darwin-2026-11-27', dbCachePaths(cacheDir))
    const state = await restoreTrivyDb(opts(), log)
    expect(state.hit).toBe('older')
    expect(messages).toEqual(['info: Trivy DB cache: restored container-gate-trivy-db-linux-2026-11-26.'])
    await downloadedDb()
    await saveTrivyDb(state, log)
    expect(fake.calls.at(-1)).toBe(`save ${KEY}`)
  })

  it('says once that the cache is off, and then neither restores nor saves', async () => {
    fake.reason = 'not running on GitHub Actions, so there is no cache service'
    const state = await restoreTrivyDb(opts(), log)
    await downloadedDb()
    await saveTrivyDb(state, log)

    expect(state.hit).toBe('off')
    expect(fake.calls).toEqual([])
    expect(messages).toEqual([
      'info: Trivy DB cache off: not running on GitHub Actions, so there is no cache service. Trivy downloads its DB on each run.'
    ])
  })

  it('warns and carries on when the service fails', async () => {
    fake.failWith = new Error('Cache service responded with 503')
    const state = await restoreTrivyDb(opts(), log)
    expect(state.hit).toBe('off')
    expect(messages).toEqual([`warn: Trivy DB cache: could not restore ${KEY} (Cache service responded with 503); Trivy downloads the DB.`])

    const missed = { ...state, hit: 'miss' as const }
    await downloadedDb()
    await expect(saveTrivyDb(missed, log)).resolves.toBeUndefined()
    expect(messages.at(-1)).toBe(`warn: Trivy DB cache: could not save ${KEY} (Cache service responded with 503); the next run downloads the DB again.`)
  })

  it('says so when the service declines to save', async () => {
    fake.declineSave = true
    const state = await restoreTrivyDb(opts(), log)
    await downloadedDb()
    await saveTrivyDb(state, log)
    expect(messages.at(-1)).toBe(`info: Trivy DB cache: ${KEY} was not saved (the cache service said why above).`)
  })

  it('saves nothing when the scan left no DB', async () => {
    const state = await restoreTrivyDb(opts(), log)
    await saveTrivyDb(state, log)
    expect(fake.calls).toEqual([`restore ${KEY} container-gate-trivy-db-linux-`])
    expect(messages.at(-1)).toBe(`info: Trivy DB cache: nothing to save under ${KEY}; the scan left no DB in ${path.join(cacheDir, 'db')}.`)
  })
})

describe('the Actions cache service', () => {
  it('is unavailable outside Actions, without contacting anything', async () => {
    for (const name of ['GITHUB_ACTIONS', 'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2']) vi.stubEnv(name, '')
    expect(actionsCache.unavailableReason()).toBe('not running on GitHub Actions, so there is no cache service')
    const state = await restoreTrivyDb({ cacheDir, now }, log)
    expect(state.hit).toBe('off')
  })

  it('is unavailable on a runner that gives no cache URL', () => {
    vi.stubEnv('GITHUB_ACTIONS', 'true')
    vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com')
    for (const name of ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2']) vi.stubEnv(name, '')
    expect(actionsCache.unavailableReason()).toMatch(/no cache service URL/)
  })

  it('is available when the runner gives the cache URL', () => {
    vi.stubEnv('ACTIONS_CACHE_SERVICE_V2', '')
    vi.stubEnv('ACTIONS_CACHE_URL', 'http://127.0.0.1:1/')
    expect(actionsCache.unavailableReason()).toBeUndefined()
  })
})
