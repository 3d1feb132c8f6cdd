// The Actions cache behind a small interface: the real service is a remote endpoint, so tests put a fake in its place.
import * as cache from '@actions/cache'
import { cacheUnavailableReason } from './keys.js'

export interface CacheService {
  /** Why caching is off for this run, or undefined when the service can be used. */
  unavailableReason(): string | undefined
  /** The key that matched (the primary key or one starting with a restore key), or undefined on a miss. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>
  /** false when the service declined (another job saved the key first, a read-only token…); it logs why itself. */
  save(paths: string[], key: string): Promise<boolean>
}

export const actionsCache: CacheService = {
  unavailableReason: () => cacheUnavailableReason(process.env, cache.isFeatureAvailable()),
  restore: (paths, primaryKey, restoreKeys) => cache.restoreCache(paths, primaryKey, restoreKeys),
  save: async (paths, key) => (await cache.saveCache(paths, key)) !== -1
}
