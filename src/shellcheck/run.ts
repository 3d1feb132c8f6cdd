// Runs ShellCheck over the scripts of one or more Dockerfiles. Each distinct script is written to a file of its own in
// a temporary folder, and one `shellcheck` checks a whole batch of them (json1 names the file of each finding, so it
// maps back to its RUNs): a process per RUN cost a start-up per RUN, and a 1 MB Dockerfile took ten times as long.
// A missing or broken shellcheck is a note for the user, never an error.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findExecutable, lastNonBlankLine, runLocal } from '../exec.js'
import type { ExecResult } from '../exec.js'
import { describeFsError } from '../real-paths.js'
import type { ExternalHit } from '../lint/rule.js'
import { shellcheckComments } from './report.js'
import type { ShellcheckScript, ShellDialect } from './script.js'

/** Runs `program` with `args` in the folder `cwd`; the default starts it before returning (see runShellcheck). */
export type RunShellcheck = (program: string, args: readonly string[], cwd: string) => Promise<ExecResult>

export interface ShellcheckRunOptions {
  /** Where to look for `shellcheck` (PATH-style); this process's PATH by default. */
  searchPath?: string
  /** How many shellcheck processes may run at once. */
  concurrency?: number
  /** Where the scripts' folder is made (and removed); the system's temporary folder by default. */
  tempDir?: string
  /** Replaces the process runner, e.g. to count runs. */
  run?: RunShellcheck
  /** Findings of scripts checked before: a script found there is not checked again, and one checked now is added. */
  results?: ShellcheckResults
}

/** One script's findings, without the line of the RUN they are reported on. */
export type ScriptFindings = Array<Omit<ExternalHit, 'line'>>

/** Findings kept from earlier checks, by the shellcheck program that found them (the CLI keeps them between runs). */
export interface ShellcheckResults {
  lookup(program: string, shell: ShellDialect, script: string): ScriptFindings | undefined
  store(program: string, shell: ShellDialect, script: string, findings: ScriptFindings): void
}

/** What tells two scripts apart for ShellCheck: the text, and the dialect it is checked in. */
export function scriptKey(shell: ShellDialect, script: string): string {
  return `${shell}\n${script}`
}

/** Why ShellCheck did not run; the caller prints it once. */
export interface ShellcheckUnavailable {
  unavailable: string
}

export const SHELLCHECK_NOT_ON_PATH =
  'shellcheck is not on PATH, so the ShellCheck (SC) checks of RUN scripts were skipped; install it (apt-get install shellcheck, brew install shellcheck) to run them'

const DEFAULT_CONCURRENCY = 4
// Small files get one process; a huge one is split so that several processes share the work, each with few enough
// file names to stay far below any command-line limit (Windows': 32,767 characters).
const BATCH_SIZE = { min: 100, max: 1000 }
// hadolint's exclusions: 2187 (ash is not checked as such), 1090/1091 (`source` of files we cannot see).
const EXCLUDED = 'SC2187,SC1090,SC1091'

/** The argv for a batch: json1 for a stable shape that names each file, no `.shellcheckrc` so that results do not depend on the folder. */
export function shellcheckArgs(shell: ShellDialect, files: readonly string[]): string[] {
  return ['--format=json1', `--shell=${shell}`, `--exclude=${EXCLUDED}`, '--norc', ...files]
}

export function findShellcheck(searchPath?: string): string | undefined {
  return findExecutable('shellcheck', searchPath)
}

/**
 * Each script's findings, on its line, in the scripts' order; or why ShellCheck could not check them. The processes
 * are started before this returns, so that the caller's next synchronous work (the rules) runs beside them.
 */
export async function runShellcheck(program: string, scripts: readonly ShellcheckScript[], opts: ShellcheckRunOptions = {}): Promise<ExternalHit[][] | ShellcheckUnavailable> {
  // ShellCheck takes some 15 ms over a script however it is started, and a long file repeats its RUNs word for word:
  // each distinct script (in its dialect) is checked once, and its findings go on the line of every RUN that has it.
  const distinct: ShellcheckScript[] = []
  const indexOf = new Map<string, number>()
  const checkedAs = scripts.map((s) => {
    const key = scriptKey(s.shell, s.script)
    let index = indexOf.get(key)
    if (index === undefined) indexOf.set(key, (index = distinct.push(s) - 1))
    return index
  })
  const found = distinct.map((s) => opts.results?.lookup(program, s.shell, s.script))
  const unknown = distinct.filter((_, i) => found[i] === undefined)
  const checked = await checkScripts(program, unknown, opts)
  if (!Array.isArray(checked)) return checked
  let next = 0
  for (let i = 0; i < distinct.length; i++) {
    if (found[i] !== undefined) continue
    const { shell, script } = distinct[i]
    found[i] = checked[next++]
    opts.results?.store(program, shell, script, found[i]!)
  }
  return scripts.map((s, i) => found[checkedAs[i]]!.map((comment) => ({ ...comment, line: s.line })))
}

async function checkScripts(program: string, scripts: readonly ShellcheckScript[], opts: ShellcheckRunOptions): Promise<ScriptFindings[] | ShellcheckUnavailable> {
  const found: ScriptFindings[] = scripts.map(() => [])
  if (scripts.length === 0) return found
  const run = opts.run ?? runIn
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY
  let dir: string | undefined
  try {
    dir = mkdtempSync(join(opts.tempDir ?? tmpdir(), 'container-gate-shellcheck-'))
    // Named by their index, so that a finding's file says which script it is about. Written synchronously: small
    // files, each written faster than a turn of the event loop.
    for (const [i, { script }] of scripts.entries()) writeFileSync(join(dir, String(i)), script)
  } catch (error) {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
    return { unavailable: `the scripts could not be written for shellcheck (${describeFsError(error)}), so the ShellCheck (SC) checks of RUN scripts were skipped` }
  }
  const folder = dir
  try {
    const failures = await mapLimited(batchesOf(scripts, concurrency), concurrency, async ({ shell, indexes }) =>
      readBatch(await run(program, shellcheckArgs(shell, indexes.map(String)), folder), found)
    )
    return failures.find((f) => f !== undefined) ?? found
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** The scripts' indexes grouped by dialect (one `--shell` per process), then cut into batches. */
function batchesOf(scripts: readonly ShellcheckScript[], concurrency: number): Array<{ shell: ShellDialect; indexes: number[] }> {
  const byShell = new Map<ShellDialect, number[]>()
  scripts.forEach((s, i) => {
    const indexes = byShell.get(s.shell)
    if (indexes) indexes.push(i)
    else byShell.set(s.shell, [i])
  })
  return [...byShell].flatMap(([shell, indexes]) => {
    const size = Math.min(BATCH_SIZE.max, Math.max(BATCH_SIZE.min, Math.ceil(indexes.length / concurrency)))
    return Array.from({ length: Math.ceil(indexes.length / size) }, (_, b) => ({ shell, indexes: indexes.slice(b * size, (b + 1) * size) }))
  })
}

/** Adds a batch's findings to those of its scripts; says why when shellcheck failed or printed something else. */
function readBatch(result: ExecResult, found: ScriptFindings[]): ShellcheckUnavailable | undefined {
  // Exit 0: no findings; 1: findings. Anything else means shellcheck itself failed.
  if (result.startError !== undefined || (result.exitCode !== 0 && result.exitCode !== 1)) {
    const why = result.startError ?? `exit code ${result.exitCode}${describe(result.stderr)}`
    return { unavailable: `shellcheck failed (${why}), so the ShellCheck (SC) checks of RUN scripts were skipped` }
  }
  try {
    for (const { file, ...comment } of shellcheckComments(result.stdout)) {
      const own = /^\d+$/.test(file) ? found[Number(file)] : undefined
      if (own === undefined) throw new Error(`a comment is about "${file}", a file that was not checked`)
      own.push(comment)
    }
  } catch (error) {
    return { unavailable: `shellcheck gave output this tool cannot read (${(error as Error).message}; version 0.7 or later is needed), so the ShellCheck (SC) checks were skipped` }
  }
  return undefined
}

function describe(stderr: string): string {
  const last = lastNonBlankLine(stderr)
  return last === undefined ? '' : `: ${last}`
}

function runIn(program: string, args: readonly string[], cwd: string): Promise<ExecResult> {
  return runLocal(program, args, { cwd })
}

/** `fn` over `items` with at most `limit` calls in flight; results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
