// Many files over several threads: this thread and up to jobs - 1 workers take groups of files in turn, and the
// outcomes are put back in the files' order whichever thread finished first, so the output is that of one thread.

import type { LintConfig } from '../lint/index.js'
import { chunks, GROUP_SIZE, lintFiles } from './lint-files.js'
import type { FileOutcome, LintSource } from './lint-files.js'

/** What the main thread sends a worker: a group of files, by its place in the run. */
export interface LintRequest {
  index: number
  sources: LintSource[]
}

/** A worker's answer: the group's outcomes, or why it could not lint them. */
export type LintReply = { index: number; outcomes: FileOutcome[] } | { index: number; error: string }

/** What a worker is given once, at its start. */
export interface LintWorkerData {
  config: LintConfig
  cwd: string
}

/** The part of node:worker_threads' Worker the pool uses, so that tests can stand in for it. */
export interface LintWorker {
  postMessage(request: LintRequest): void
  on(event: 'message', listener: (reply: LintReply) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  terminate(): unknown
}

export type StartLintWorker = (data: LintWorkerData) => LintWorker

// Unasked, each thread gets at least this many files: a worker loads the whole engine and warms it up again, which
// took as much CPU as linting some hundred files on one thread (npm run bench, figure 1).
export const MIN_FILES_PER_THREAD = 4 * GROUP_SIZE

export interface ThreadPlan {
  /** Workers to start besides this thread. */
  workers: number
  /** Files a thread takes at a time: about two turns per thread, so that one slow group does not hold up the rest. */
  groupSize: number
}

/** The threads for `files` files: as many as --jobs says (never more than files), else as the cores and files allow. */
export function planThreads(files: number, jobs: number | undefined, cores: number): ThreadPlan {
  const threads = Math.max(1, jobs !== undefined ? Math.min(jobs, files) : Math.min(cores, Math.floor(files / MIN_FILES_PER_THREAD)))
  return { workers: threads - 1, groupSize: Math.max(1, Math.min(GROUP_SIZE, Math.ceil(files / (2 * threads)))) }
}

/** Lints the files on this thread and the plan's workers; the outcomes are in the files' order. */
export async function lintInParallel(sources: readonly LintSource[], data: LintWorkerData, { workers, groupSize }: ThreadPlan, start: StartLintWorker): Promise<FileOutcome[]> {
  const groups = chunks(sources, groupSize)
  const done: FileOutcome[][] = []
  let taken = 0
  const started: LintWorker[] = []
  try {
    const byWorkers = Array.from({ length: workers }, () => {
      const worker = start(data)
      started.push(worker)
      return new Promise<void>((resolve, reject) => {
        const ask = (): void => {
          if (taken === groups.length) return resolve()
          const index = taken++
          worker.postMessage({ index, sources: groups[index]! })
        }
        worker.on('message', (reply) => {
          if ('error' in reply) return reject(new Error(`a lint worker failed: ${reply.error}`))
          done[reply.index] = reply.outcomes
          ask()
        })
        worker.on('error', (error) => reject(new Error(`a lint worker failed: ${error.message}`)))
        // After its last group that settles nothing; before it, the run must not wait for ever.
        worker.on('exit', (code) => reject(new Error(`a lint worker stopped (exit code ${code}) before its files were linted`)))
        ask()
      })
    })
    const byThisThread = (async () => {
      while (taken < groups.length) {
        const index = taken++
        done[index] = await lintFiles(groups[index]!, data.config, data.cwd)
      }
    })()
    await Promise.all([byThisThread, ...byWorkers])
  } finally {
    for (const worker of started) worker.terminate()
  }
  return done.flat()
}
