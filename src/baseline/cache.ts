// The baseline in the Actions cache: saved by default-branch runs, restored by pull-request runs. Only saves
// time and adds marks: nothing here fails the gate.
import { readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { actionsCache } from '../cache/index.js'
import type { CacheService } from '../cache/index.js'
import type { StepLog } from '../log.js'
import { makeFolder } from '../real-paths.js'
import type { GateRun } from '../types.js'
import type { Baseline, MissingBaseline } from './compare.js'
import { baselineCacheKey, baselineCommitKey, baselineRestoreKey } from './keys.js'
import { parseBaselineResults, toBaselineResults } from './results.js'

export interface BaselineCacheOptions {
  dockerfile: string
  /** RUNNER_TEMP. The file's path is part of the cache entry's version, so saves and restores use the same one. */
  tempDir: string
  service?: CacheService
}

type Log = Pick<StepLog, 'info' | 'warn'>

export function baselinePath(tempDir: string): string {
  return join(tempDir, 'container-gate-baseline', 'baseline.json')
}

/** Keeps this run's results as the Dockerfile's newest baseline. */
export async function saveBaseline(run: GateRun, opts: BaselineCacheOptions & { runId: string; commit: string }, log: Log): Promise<void> {
  const results = toBaselineResults(run, opts.commit)
  if ('unusable' in results) {
    log.info(`Baseline not saved: this run cannot serve as one, ${results.unusable}.`)
    return
  }
  const service = opts.service ?? actionsCache
  const unavailable = service.unavailableReason()
  if (unavailable !== undefined) {
    log.info(`Baseline not saved: ${unavailable}.`)
    return
  }
  const path = baselinePath(opts.tempDir)
  const key = baselineCacheKey(opts.dockerfile, opts.commit, opts.runId)
  try {
    makeFolder(dirname(path))
    await writeFile(path, JSON.stringify(results) + '\n')
    if (await service.save([path], key)) log.info(`Baseline saved as ${key}.`)
    else log.info(`Baseline ${key} was not saved (the cache service said why above).`)
  } catch (e) {
    log.warn(`Baseline ${key} could not be saved: ${message(e)}. Pull requests keep comparing with the previous one.`)
  }
}

/**
 * The baseline saved for `base` (the commit a pull request or a merge queue builds on), else the Dockerfile's newest
 * one, or why there is none. The newest is used when the base's own run has not saved one yet (it may still be
 * running, or the base was pushed before this version); the reports then name the commit it came from.
 */
export async function restoreBaseline(opts: BaselineCacheOptions & { base: string }, log: Log): Promise<Baseline | MissingBaseline> {
  const service = opts.service ?? actionsCache
  const unavailable = service.unavailableReason()
  if (unavailable !== undefined) return { missing: `the Actions cache is unavailable: ${unavailable}` }
  const path = baselinePath(opts.tempDir)
  const prefix = baselineRestoreKey(opts.dockerfile)
  const own = opts.base ? [baselineCommitKey(opts.dockerfile, opts.base)] : []
  try {
    // A file left by an earlier step must never pass for the restored one.
    await rm(path, { force: true })
    const matched = await service.restore([path], own[0] ?? prefix, [...own, prefix])
    if (matched === undefined) {
      return { missing: `the Actions cache holds none for ${opts.dockerfile} yet (a run on the default branch saves it: a push, a schedule or a workflow_dispatch)` }
    }
    log.info(`Baseline: restored ${matched} from the Actions cache.`)
    const results = parseBaselineResults(await readFile(path, 'utf8'), `the cached baseline ${matched}`)
    const other = opts.base !== '' && results.commit !== opts.base
    return { results, source: other ? `the Actions cache (the newest saved; none is saved yet for the base commit ${opts.base.slice(0, 7)})` : 'the Actions cache' }
  } catch (e) {
    return { missing: `the cached baseline could not be read: ${message(e)}` }
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
