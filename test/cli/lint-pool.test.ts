import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintFiles } from '../../src/cli/lint-files.js'
import type { FileOutcome } from '../../src/cli/lint-files.js'
import { lintInParallel, MIN_FILES_PER_THREAD, planThreads, takeGroups } from '../../src/cli/lint-pool.js'
import type { LintReply, LintWorker, LintWorkerData, StartLintWorker } from '../../src/cli/lint-pool.js'
import { defaultLintConfig } from '../../src/lint/index.js'

/**
 * Stands in for a worker thread: takes groups from the shared counter as a worker does, in this thread, and posts each
 * group's outcomes only after its next one is linted (or when it ends), so that groups finish out of order; one that
 * `fails` says so for each group.
 */
class FakeWorker implements LintWorker {
  readonly took: number[] = []
  terminated = false
  private readonly listeners: Record<string, Array<(value: never) => void>> = {}
  private held: LintReply | undefined
  constructor(data: LintWorkerData, fails = false) {
    // Started once the pool has listened, as a thread would be; at the pool's first await, which without ShellCheck to
    // wait for is the end of its first group's lint: a later start would find every group taken.
    queueMicrotask(() => {
      void takeGroups(data, (index, outcomes) => {
        this.took.push(index)
        const previous = this.held
        this.held = fails ? { error: 'out of memory' } : { index, outcomes }
        if (previous) this.emit('message', previous)
      }).then(() => this.held && this.emit('message', this.held))
    })
  }

  on(event: 'message' | 'error' | 'exit', listener: (value: never) => void): this {
    ;(this.listeners[event] ??= []).push(listener)
    return this
  }

  terminate(): void {
    this.terminated = true
  }

  emit(event: string, value: unknown): void {
    for (const listener of this.listeners[event] ?? []) listener(value as never)
  }
}

function workspace(count: number): { cwd: string; files: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), 'cg-pool-'))
  const files = Array.from({ length: count }, (_, i) => `f${i}.Dockerfile`)
  // Each file's findings name its own line count, so a file out of place shows.
  files.forEach((file, i) => writeFileSync(join(cwd, file), `FROM alpine:latest\n${'RUN cd /tmp\n'.repeat(i % 4)}CMD ["x"]\n`))
  return { cwd, files }
}

describe('lint threads', () => {
  it('plans as many threads as --jobs says, never more than files, and unasked five hundred files a thread and a core left', () => {
    expect(planThreads(40, 3, 2)).toEqual({ workers: 2, groupSize: 7 })
    expect(planThreads(2, 8, 2)).toEqual({ workers: 1, groupSize: 1 })
    expect(planThreads(1000, 1, 8)).toEqual({ workers: 0, groupSize: 50 })
    expect(planThreads(MIN_FILES_PER_THREAD * 2 - 1, undefined, 8)).toEqual({ workers: 0, groupSize: 50 })
    expect(planThreads(MIN_FILES_PER_THREAD * 2, undefined, 8)).toEqual({ workers: 1, groupSize: 50 })
    expect(planThreads(MIN_FILES_PER_THREAD * 20, undefined, 4)).toEqual({ workers: 2, groupSize: 50 })
    expect(planThreads(MIN_FILES_PER_THREAD * 20, undefined, 2)).toEqual({ workers: 0, groupSize: 50 })
    expect(planThreads(MIN_FILES_PER_THREAD * 20, undefined, 1)).toEqual({ workers: 0, groupSize: 50 })
    expect(planThreads(0, undefined, 4)).toEqual({ workers: 0, groupSize: 1 })
  })

  it('gives the outcomes of a single thread, in the files order, whichever thread finished first', async () => {
    const { cwd, files } = workspace(23)
    const sources = [...files.map((file) => ({ file })), { file: 'missing' }, { file: '-', text: 'FROM alpine:latest\n' }]
    const workers: FakeWorker[] = []
    const start: StartLintWorker = (data) => {
      const worker = new FakeWorker(data)
      workers.push(worker)
      return worker
    }
    const parallel = await lintInParallel(sources, { config: defaultLintConfig, cwd }, { workers: 2, groupSize: 3 }, start)
    // Whether ShellCheck was skipped is said once per run, from whichever file has it: which files have it depends on
    // the groups when shellcheck is not on PATH.
    const saying = (outcomes: FileOutcome[]) => ({ outcomes: outcomes.map(({ shellcheckSkipped: _, ...o }) => o), skipped: [...new Set(outcomes.map((o) => o.shellcheckSkipped))].sort() })
    expect(saying(parallel)).toEqual(saying(await lintFiles(sources, defaultLintConfig, cwd)))
    expect(parallel.map((o) => o.file)).toEqual(sources.map((s) => s.file))
    expect(workers.every((w) => w.took.length > 0 && w.terminated)).toBe(true)
  })

  it('fails the run, naming why, when a worker fails or stops early, and ends every worker', async () => {
    const { cwd, files } = workspace(12)
    const sources = files.map((file) => ({ file }))
    const workers: FakeWorker[] = []
    const failing: StartLintWorker = (data) => {
      const worker = new FakeWorker(data, true)
      workers.push(worker)
      return worker
    }
    await expect(lintInParallel(sources, { config: defaultLintConfig, cwd }, { workers: 2, groupSize: 1 }, failing)).rejects.toThrow('a lint worker failed: out of memory')
    expect(workers.every((w) => w.terminated)).toBe(true)

    const exiting: StartLintWorker = (data) => {
      const worker = new FakeWorker({ ...data, sources: [] })
      setImmediate(() => worker.emit('exit', 1))
      return worker
    }
    await expect(lintInParallel(sources, { config: defaultLintConfig, cwd }, { workers: 1, groupSize: 1 }, exiting)).rejects.toThrow('a lint worker stopped (exit code 1) before its files were linted')
  })

  it('tells its workers where ShellCheck\'s kept findings are, to read them', async () => {
    const { cwd, files } = workspace(4)
    const given: Array<string | undefined> = []
    const start: StartLintWorker = (data) => {
      given.push(data.shellcheckResultsDir)
      return new FakeWorker(data)
    }
    const shellcheckResults = { dir: '/somewhere/shellcheck', lookup: () => undefined, store: () => undefined, save: () => undefined }
    await lintInParallel(files.map((file) => ({ file })), { config: defaultLintConfig, cwd, shellcheckResults }, { workers: 1, groupSize: 1 }, start)
    await lintInParallel(files.map((file) => ({ file })), { config: defaultLintConfig, cwd }, { workers: 1, groupSize: 1 }, start)
    expect(given).toEqual(['/somewhere/shellcheck', undefined])
  })
})
