// `baseline: rebuild`: the pull request's base commit, checked out in a git worktree beside the workspace and put
// through the same lint, build and scan. Slower than the cache, but needs no earlier run on the default branch.
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Exec, lastNonBlankLine } from '../exec.js'
import type { ExecResult } from '../exec.js'
import type { StepLog } from '../log.js'
import type { GateRun } from '../types.js'
import type { Baseline, MissingBaseline } from './compare.js'
import { BASELINE_VERSION, toBaselineResults } from './results.js'

export interface RebuildOptions {
  /** The checkout: the worktree is added from its repository. */
  workspace: string
  tempDir: string
  dockerfile: string
  /** The base commit's SHA. */
  base: string
  /** The pipeline with this run's settings, on the checkout at `workspace`, logging to `log`. */
  run: (workspace: string, log: StepLog) => Promise<GateRun>
}

export async function rebuildBaseline(opts: RebuildOptions, log: StepLog): Promise<Baseline | MissingBaseline> {
  const short = opts.base.slice(0, 7)
  const dir = await mkdtemp(join(opts.tempDir, 'container-gate-base-'))
  const added = await Exec.run('git', ['worktree', 'add', '--detach', dir, opts.base], { cwd: opts.workspace })
  if (added.startError !== undefined || added.exitCode !== 0) {
    await rm(dir, { recursive: true, force: true })
    return { missing: `the base commit ${short} could not be checked out (${failure(added)}); a shallow clone lacks it, so check out with fetch-depth: 0` }
  }
  try {
    // A pull request that adds the Dockerfile: everything it has is new.
    if (!existsSync(join(dir, opts.dockerfile))) {
      return { results: { version: BASELINE_VERSION, dockerfile: opts.dockerfile, commit: opts.base, vulnerabilities: [], lint: [] }, source: `the base commit, which has no ${opts.dockerfile}` }
    }
    const run = await opts.run(dir, { ...log, step: (name, fn) => log.step(`baseline: ${name}`, fn) })
    const results = toBaselineResults(run, opts.base)
    if ('unusable' in results) return { missing: `the base commit ${short} cannot serve as one, ${results.unusable}` }
    return { results, source: 'a rebuild of the base commit' }
  } catch (e) {
    return { missing: `the base commit ${short} could not be checked: ${e instanceof Error ? e.message : String(e)}` }
  } finally {
    const removed = await Exec.run('git', ['worktree', 'remove', '--force', dir], { cwd: opts.workspace })
    if (removed.startError !== undefined || removed.exitCode !== 0) log.warn(`Could not remove the base commit's worktree ${dir}: ${failure(removed)}`)
  }
}

/** The tag the base commit's image is built with, so that it never replaces the pull request's image. */
export function baselineImageTag(image: string): string {
  const slash = image.lastIndexOf('/')
  return image.indexOf(':', slash + 1) >= 0 ? `${image}-baseline` : `${image}:baseline`
}

function failure(result: ExecResult): string {
  return result.startError ?? lastNonBlankLine(result.stderr) ?? `exit code ${result.exitCode}`
}
