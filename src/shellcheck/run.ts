// Runs ShellCheck over the scripts of a Dockerfile: one `shellcheck -` per script, the script on stdin, at most a
// few at a time. A missing or broken shellcheck is a note for the user, never an error: lint goes on without SC.

import { Exec, findExecutable, lastNonBlankLine } from '../exec.js'
import type { ExecResult } from '../exec.js'
import type { ExternalHit } from '../lint/rule.js'
import { shellcheckHits, uniqueHits } from './report.js'
import type { ShellcheckScript, ShellDialect } from './script.js'

/** Runs `program` with `input` on stdin. */
export type RunWithInput = (program: string, args: readonly string[], input: string) => Promise<ExecResult>

export interface ShellcheckRunOptions {
  /** Where to look for `shellcheck` (PATH-style); this process's PATH by default. */
  searchPath?: string
  /** How many shellcheck processes may run at once. */
  concurrency?: number
  /** Replaces the process runner, e.g. to count runs. */
  run?: RunWithInput
}

/** Why ShellCheck did not run; the caller prints it once. */
export interface ShellcheckUnavailable {
  unavailable: string
}

const DEFAULT_CONCURRENCY = 4
// hadolint's exclusions: 2187 (ash is not checked as such), 1090/1091 (`source` of files we cannot see).
const EXCLUDED = 'SC2187,SC1090,SC1091'

/** The argv for one script: json1 for a stable shape, no `.shellcheckrc` so that results do not depend on the folder. */
export function shellcheckArgs(shell: ShellDialect): string[] {
  return ['--format=json1', `--shell=${shell}`, `--exclude=${EXCLUDED}`, '--norc', '-']
}

export async function runShellcheck(scripts: readonly ShellcheckScript[], opts: ShellcheckRunOptions = {}): Promise<ExternalHit[] | ShellcheckUnavailable> {
  if (scripts.length === 0) return []
  const program = await findExecutable('shellcheck', opts.searchPath)
  if (program === undefined) {
    return { unavailable: 'shellcheck is not on PATH, so the ShellCheck (SC) checks of RUN scripts were skipped; install it (apt-get install shellcheck, brew install shellcheck) to run them' }
  }
  const run = opts.run ?? runWithInput
  const results = await mapLimited(scripts, opts.concurrency ?? DEFAULT_CONCURRENCY, (s) => run(program, shellcheckArgs(s.shell), s.script))
  const hits: ExternalHit[] = []
  for (const [i, result] of results.entries()) {
    // Exit 0: no findings; 1: findings. Anything else means shellcheck itself failed.
    if (result.startError !== undefined || (result.exitCode !== 0 && result.exitCode !== 1)) {
      const why = result.startError ?? `exit code ${result.exitCode}${describe(result.stderr)}`
      return { unavailable: `shellcheck failed (${why}), so the ShellCheck (SC) checks of RUN scripts were skipped` }
    }
    try {
      hits.push(...shellcheckHits(result.stdout, scripts[i].line))
    } catch (error) {
      return { unavailable: `shellcheck gave output this tool cannot read (${(error as Error).message}; version 0.7 or later is needed), so the ShellCheck (SC) checks were skipped` }
    }
  }
  return uniqueHits(hits)
}

function describe(stderr: string): string {
  const last = lastNonBlankLine(stderr)
  return last === undefined ? '' : `: ${last}`
}

function runWithInput(program: string, args: readonly string[], input: string): Promise<ExecResult> {
  return Exec.run(program, args, { input })
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
