// Many files over several threads: this thread and up to jobs - 1 workers take groups of files in turn, and the
// outcomes are put back in the files' order whichever thread finished first, so the output is that of one thread.

import type { LintConfig } from '../lint/index.js'
import type { ShellcheckResults } from '../shellcheck/index.js'
import { chunks, GROUP_SIZE, lintFiles } from './lint-files.js'
import type { FileOutcome, LintSource } from './lint-files.js'
import type { KeptShellcheckResults } from './shellcheck-results.js'

/** A worker's message: a group's outcomes, by its place in the run, or why it could not lint. */
export type LintReply = { index: number; outcomes: FileOutcome[] } | { error: string }

/** What a worker is given once, at its start: the whole run, and where the threads count the groups they took. */
export interface LintWorkerData {
  config: LintConfig
  cwd: string
  sources: LintSource[]
  groupSize: number
  /** One shared counter: the next group to take. */
  taken: Int32Array
  /** Where ShellCheck's kept findings are, for a worker to read (the main thread writes them back). */
  shellcheckResultsDir?: string
}

/** The part of node:worker_threads' Worker the pool uses, so that tests can stand in for it. */
export interface LintWorker {
  on(event: 'message', listener: (reply: LintReply) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  terminate(): unknown
}

export type StartLintWorker = (data: LintWorkerData) => LintWorker

// Unasked, each thread gets at least this many files, and one core is left to V8's own threads, which compile the
// engine's hot code and collect garbage beside a lint (40% of a core over a 4,800-file lint on one thread). A worker
// starts a Node environment, loads the engine and JITs it again, which takes it over a thousand files: on 2 cores, two
// threads took 690 ms against one's 560 over 1,200 files, 1,080 against 910 over 2,400, and 1,450 against 1,400 over
// 4,800, with 30% more CPU.
export const MIN_FILES_PER_THREAD = 10 * GROUP_SIZE

export interface ThreadPlan {
  /** Workers to start besides this thread. */
  workers: number
  /** Files a thread takes at a time: about two turns per thread, so that one slow group does not hold up the rest. */
  groupSize: number
}

/** The threads for `files` files: as many as --jobs says (never more than files), else as the cores and files allow. */
export function planThreads(files: number, jobs: number | undefined, cores: number): ThreadPlan {
  const threads = Math.max(1, jobs !== undefined ? Math.min(jobs, files) : Math.min(cores - 1, Math.floor(files / MIN_FILES_PER_THREAD)))
  return { workers: threads - 1, groupSize: Math.max(1, Math.min(GROUP_SIZE, Math.ceil(files / (2 * threads)))) }
}

/**
 * One thread's share: the run's next group, from the shared counter, until none is left. Every thread takes its own,
 * so that a worker never waits for this thread (busy with its own group) to hand it one.
 */
export async function takeGroups(data: LintWorkerData, linted: (index: number, outcomes: FileOutcome[]) => void, shellcheckResults?: ShellcheckResults): Promise<void> {
  const groups = chunks(data.sources, data.groupSize)
  for (let index = Atomics.add(data.taken, 0, 1); index < groups.length; index = Atomics.add(data.taken, 0, 1)) {
    linted(index, await lintFiles(groups[index]!, data.config, data.cwd, { shellcheckResults }))
  }
}

/** Lints the files on this thread and the plan's workers; the outcomes are in the files' order. */
export async function lintInParallel(
  sources: readonly LintSource[],
  { config, cwd, shellcheckResults }: { config: LintConfig; cwd: string; shellcheckResults?: KeptShellcheckResults },
  { workers, groupSize }: ThreadPlan,
  start: StartLintWorker
): Promise<FileOutcome[]> {
  const data: LintWorkerData = {
    config,
    cwd,
    sources: [...sources],
    groupSize,
    taken: new Int32Array(new SharedArrayBuffer(4)),
    ...(shellcheckResults && { shellcheckResultsDir: shellcheckResults.dir })
  }
  const done: FileOutcome[][] = []
  let left = Math.ceil(sources.length / groupSize)
  const started: LintWorker[] = []
  try {
    await new Promise<void>((resolve, reject) => {
      const linted = (index: number, outcomes: FileOutcome[]): void => {
        done[index] = outcomes
        if (--left === 0) resolve()
      }
      for (let w = 0; w < workers; w++) {
        const worker = start(data)
        started.push(worker)
        worker.on('message', (reply) => ('error' in reply ? reject(new Error(`a lint worker failed: ${reply.error}`)) : linted(reply.index, reply.outcomes)))
        worker.on('error', (error) => reject(new Error(`a lint worker failed: ${error.message}`)))
        // A worker ends by itself, with 0, once no group is left; it has posted every group it took by then.
        worker.on('exit', (code) => code !== 0 && reject(new Error(`a lint worker stopped (exit code ${code}) before its files were linted`)))
      }
      if (left === 0) resolve()
      takeGroups(data, linted, shellcheckResults).catch(reject)
    })
  } finally {
    for (const worker of started) worker.terminate()
  }
  return done.flat()
}
