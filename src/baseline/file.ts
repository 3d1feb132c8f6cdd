// Baselines as files, for the CLI: `check --write-baseline` keeps a run's results, `check --baseline-file` compares with them.
import { readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { UsageError } from '../options.js'
import { makeFolder } from '../real-paths.js'
import type { GateRun } from '../types.js'
import type { Baseline } from './compare.js'
import { BaselineError, parseBaselineResults, toBaselineResults } from './results.js'

/** The file at `path` (shown as `shown`); a file that cannot be used is the user's to fix, so a usage error. */
export async function readBaselineFile(path: string, shown: string): Promise<Baseline> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    throw new UsageError(`--baseline-file: cannot read ${shown} (${(e as Error).message}). Write one with container-gate check --write-baseline.`)
  }
  try {
    return { results: parseBaselineResults(text, shown), source: shown }
  } catch (e) {
    if (e instanceof BaselineError) throw new UsageError(`--baseline-file: ${e.message}. Write one with container-gate check --write-baseline.`)
    throw e
  }
}

/** Writes the run's results; says why when the run cannot serve as a baseline (a failed build or scan). */
export async function writeBaselineFile(run: GateRun, path: string, commit: string | undefined): Promise<string | undefined> {
  const results = toBaselineResults(run, commit)
  if ('unusable' in results) return `this run cannot serve as a baseline, ${results.unusable}`
  makeFolder(dirname(path))
  await writeFile(path, JSON.stringify(results, null, 2) + '\n')
  return undefined
}
