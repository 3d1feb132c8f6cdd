import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cacheUnavailableReason, dbCacheKey, dbCachePaths, dbRestoreKey } from '../../src/cache/keys.js'

describe('dbCacheKey', () => {
  it('is one key per OS per UTC day', () => {
    expect(dbCacheKey('linux', new Date('2026-11-27T23:59:59Z'))).toBe('container-gate-trivy-db-linux-2026-11-27')
    expect(dbCacheKey('linux', new Date('2026-11-28T00:00:00+01:00'))).toBe('container-gate-trivy-db-linux-2026-11-27')
    expect(dbCacheKey('darwin', new Date('2026-01-02T03:04:05Z'))).toBe('container-gate-trivy-db-darwin-2026-01-02')
  })

  it('starts with its restore key, which no other OS shares', () => {
    const key = dbCacheKey('linux', new Date('2026-11-27T12:00:00Z'))
    expect(key.startsWith(dbRestoreKey('linux'))).toBe(true)
    expect(dbRestoreKey('linux')).toBe('container-gate-trivy-db-linux-')
    expect(key.startsWith(dbRestoreKey('darwin'))).toBe(false)
  })
})

describe('dbCachePaths', () => {
  it('holds the two DBs and not the scan cache', () => {
    expect(dbCachePaths('/home/runner/.cache/trivy')).toEqual([
      path.join('/home/runner/.cache/trivy', 'db'),
      path.join('/home/runner/.cache/trivy', 'java-db')
    ])
  })
})

describe('cacheUnavailableReason', () => {
  const actions = { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com' }

  it('is undefined when the service is there', () => {
    expect(cacheUnavailableReason({}, true)).toBeUndefined()
  })

  it.each([
    [{}, 'not running on GitHub Actions, so there is no cache service'],
    [actions, 'the runner gave this job no cache service URL (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL)'],
    [{ ...actions, GITHUB_SERVER_URL: 'https://acme.ghe.com' }, 'the runner gave this job no cache service URL (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL)'],
    [
      { ...actions, GITHUB_SERVER_URL: 'https://git.acme.internal' },
      'https://git.acme.internal (GitHub Enterprise Server) offers this job no cache service (it needs GHES 3.5 or later with Actions cache enabled)'
    ]
  ])('%j', (env, reason) => {
    expect(cacheUnavailableReason(env, false)).toBe(reason)
  })
})
