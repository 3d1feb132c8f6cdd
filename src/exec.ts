import { accessSync, constants } from 'node:fs'
import path from 'node:path'

export interface ExecResult {
  exitCode: number
  stdout: string
  stderr: string
  /** Set when the program could not be started at all (not on PATH, not executable); exitCode is then -1. */
  startError?: string
}

export interface RunOptions {
  /** Added to the inherited environment; PATH here also decides where the program is looked up. */
  env?: Record<string, string>
  cwd?: string
  /** Each line of stdout and stderr as it arrives; the caller decides how, or whether, to print it. */
  onLine?: (line: string) => void
  /** Written to the program's stdin (ShellCheck reads scripts there). */
  input?: string
}

/** The absolute path of `name` on `searchPath` (a PATH-style list), or undefined when no executable file is there. */
export async function findExecutable(name: string, searchPath: string = process.env.PATH ?? ''): Promise<string | undefined> {
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir === '') continue
    const candidate = path.join(dir, name)
    // Synchronous: a look-up through the thread pool per folder cost each miss an error and a turn of the event loop.
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not in this directory: keep looking
    }
  }
  return undefined
}

/** The one way this project runs programs: an argv array (never a shell string), output captured, exit code returned. */
export const Exec = {
  async run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<ExecResult> {
    const env = { ...process.env, ...opts.env } as Record<string, string>
    // @actions/exec looks programs up on this process's PATH, not on the env it is given, so resolve here.
    const program = path.isAbsolute(cmd) ? cmd : await findExecutable(cmd, env.PATH)
    if (program === undefined) return notStarted(`${cmd} is not on PATH`)
    const onLine = opts.onLine
    try {
      // Loaded on first use: with node:child_process it costs 5 ms, and a `lint` without ShellCheck never runs a program.
      const { getExecOutput } = await import('@actions/exec')
      return await getExecOutput(program, [...args], {
        env,
        cwd: opts.cwd,
        silent: true,
        ignoreReturnCode: true,
        ...(opts.input !== undefined && { input: Buffer.from(opts.input) }),
        listeners: onLine ? { stdline: onLine, errline: onLine } : undefined
      })
    } catch (error) {
      return notStarted(`could not run ${cmd}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

function notStarted(message: string): ExecResult {
  return { exitCode: -1, stdout: '', stderr: '', startError: message }
}

/** The last line of a program's output that has any text, trimmed; programs put their final error there. */
export function lastNonBlankLine(text: string): string | undefined {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '').at(-1)
}

/** Runs a step and stamps how long it took on its outcome, for the reports. */
export async function timed<T extends object>(step: () => Promise<T>): Promise<T & { durationMs: number }> {
  const started = Date.now()
  const outcome = await step()
  return { ...outcome, durationMs: Date.now() - started }
}
