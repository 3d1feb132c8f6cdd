// The worker thread's side of lint-pool.ts: takes groups of the run's files until none is left and posts each
// group's outcomes; the worker then ends by itself.

import { onFirstUse } from '../builtin.js'
import { takeGroups } from './lint-pool.js'
import type { LintReply, LintWorkerData } from './lint-pool.js'
import { openShellcheckResults } from './shellcheck-results.js'

// Loaded in a worker only, not by every lint run that loads this bundle.
const threads = onFirstUse<typeof import('node:worker_threads')>('node:worker_threads')

/** Started by the code a worker is created with (see src/cli.ts). */
export function serveLintWorker(): void {
  const { parentPort, workerData } = threads()
  const port = parentPort!
  const data = workerData as LintWorkerData
  // Read here, never saved: the main thread writes the folder back, and two writers would drop each other's scripts.
  const results = data.shellcheckResultsDir === undefined ? undefined : openShellcheckResults(data.shellcheckResultsDir)
  takeGroups(data, (index, outcomes) => port.postMessage({ index, outcomes } satisfies LintReply), results).catch((error: unknown) =>
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies LintReply)
  )
}
