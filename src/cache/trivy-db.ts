// Restores Trivy's DBs before the scan and saves them after. The cache only saves time: nothing here fails a scan.
import { existsSync } from 'node:fs'
import type { StepLog } from '../log.js'
import { dbCacheKey, dbCachePaths, dbRestoreKey } from './keys.js'
import { actionsCache } from './service.js'
import type { CacheService } from './service.js'

export interface DbCacheOptions {
  /** Trivy's --cache-dir. */
  cacheDir: string
  /** `process.platform`: a DB cached on one OS is never restored on another. */
  platform?: string
  now?: Date
  service?: CacheService
}

/** What restoreTrivyDb found, handed to saveTrivyDb. */
export interface DbCacheState {
  paths: string[]
  key: string
  /** exact: today's entry; older: an earlier day's; miss: none; off: no cache service, or it failed. */
  hit: 'exact' | 'older' | 'miss' | 'off'
  service: CacheService
}

type Log = Pick<StepLog, 'info' | 'warn'>

export async function restoreTrivyDb(opts: DbCacheOptions, log: Log): Promise<DbCacheState> {
  const platform = opts.platform ?? process.platform
  const key = dbCacheKey(platform, opts.now ?? new Date())
  const service = opts.service ?? actionsCache
  const paths = dbCachePaths(opts.cacheDir)
  const state = (hit: DbCacheState['hit']): DbCacheState => ({ paths, key, hit, service })

  // Said once, here; saveTrivyDb then stays quiet.
  const unavailable = service.unavailableReason()
  if (unavailable !== undefined) {
    log.info(`Trivy DB cache off: ${unavailable}. Trivy downloads its DB on each run.`)
    return state('off')
  }
  try {
    const matched = await service.restore(paths, key, [dbRestoreKey(platform)])
    if (matched === undefined) {
      log.info(`Trivy DB cache: no entry for ${key} or an earlier day; Trivy downloads the DB.`)
      return state('miss')
    }
    log.info(`Trivy DB cache: restored ${matched}.`)
    return state(matched === key ? 'exact' : 'older')
  } catch (error) {
    log.warn(`Trivy DB cache: could not restore ${key} (${message(error)}); Trivy downloads the DB.`)
    return state('off')
  }
}

/** Saves the DBs under today's key unless today's entry was restored, the cache is off, or there is nothing to save. */
export async function saveTrivyDb(state: DbCacheState, log: Log): Promise<void> {
  if (state.hit === 'exact' || state.hit === 'off') return
  // Saved with the same path list it is restored with: the service keys entries by their paths as well.
  if (!state.paths.some((p) => existsSync(p))) {
    log.info(`Trivy DB cache: nothing to save under ${state.key}; the scan left no DB in ${state.paths[0]}.`)
    return
  }
  try {
    if (await state.service.save(state.paths, state.key)) log.info(`Trivy DB cache: saved ${state.key}.`)
    else log.info(`Trivy DB cache: ${state.key} was not saved (the cache service said why above).`)
  } catch (error) {
    log.warn(`Trivy DB cache: could not save ${state.key} (${message(error)}); the next run downloads the DB again.`)
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
