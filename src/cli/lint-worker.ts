// The worker thread's side of lint-pool.ts: lints each group of files it is sent and posts the outcomes back.

import { onFirstUse } from '../builtin.js'
import { lintFiles } from './lint-files.js'
import type { LintReply, LintRequest, LintWorkerData } from './lint-pool.js'

// Loaded in a worker only, not by every lint run that loads this bundle.
const threads = onFirstUse<typeof import('node:worker_threads')>('node:worker_threads')

/** Started by the code a worker is created with (see src/cli.ts); answers until the main thread ends it. */
export function serveLintWorker(): void {
  const { parentPort, workerData } = threads()
  const { config, cwd } = workerData as LintWorkerData
  const port = parentPort!
  port.on('message', ({ index, sources }: LintRequest) => {
    lintFiles(sources, config, cwd).then(
      (outcomes) => port.postMessage({ index, outcomes } satisfies LintReply),
      (error: unknown) => port.postMessage({ index, error: error instanceof Error ? error.message : String(error) } satisfies LintReply)
    )
  })
}
