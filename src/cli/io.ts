import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'
import { UsageError } from '../options.js'
import type { StartLintWorker } from './lint-pool.js'

/** What a command may touch of its process: injected, so commands run in tests without spawning. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** stderr as a stream, for progress that redraws itself on a terminal. */
  stderrStream: { write(text: string): unknown; isTTY?: boolean; columns?: number }
  readStdin: () => Promise<string>
  cwd: string
  /** Colour only on a terminal, and never when NO_COLOR is set. */
  color: boolean
  /** Starts a lint worker thread; without it `lint` runs on this thread alone, whatever --jobs says. */
  startLintWorker?: StartLintWorker
  /** The folder the CLI keeps its caches in (see cache-dir.ts); without it nothing is kept between runs. */
  cacheDir?: string
  /**
   * Makes V8's settings for a lint of this many files a thread (see v8-settings.ts), and gives what sets them back.
   * Absent in tests, which run commands in the test runner's own process.
   */
  tuneForLint?: (filesPerThread: number) => () => void
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * node:util's parser, with its errors turned into usage errors that point to the command's help. The command prints
 * them after its own name, as it prints its other usage errors.
 */
export function parseCliArgs<T extends Options>(args: string[], options: T, command: string) {
  const start = trailingOperands(args)
  try {
    const parsed = parseArgs({ args: args.slice(0, start), options, allowPositionals: true, strict: true })
    return start === args.length ? parsed : { ...parsed, positionals: parsed.positionals.concat(args.slice(start)) }
  } catch (e) {
    throw new UsageError(`${(e as Error).message}. Run container-gate ${command} --help.`)
  }
}

/**
 * Where the operands that end the arguments start: the run of words that are not options (`-` is one) with none right
 * after an option, which might take it as its value. node:util's parser makes a token of each argument at V8's baseline
 * tier, a millisecond and 55 memory pages for the 463 files of a lint; these are positionals however it reads the rest.
 */
export function trailingOperands(args: readonly string[]): number {
  let start = args.length
  while (start > 0 && !args[start - 1].startsWith('-')) start--
  return start > 0 && start < args.length ? start + 1 : start
}
