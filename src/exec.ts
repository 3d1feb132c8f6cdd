import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { access, constants } from 'node:fs/promises'
import { constants as osConstants } from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'

export interface ExecResult {
  exitCode: number
  stdout: string
  stderr: string
  /** Set when the program could not be started at all (not on PATH, not executable); exitCode is then -1. */
  startError?: string
  /** Set when the program was still running at its timeout and was killed, with every process it started. */
  timedOut?: boolean
}

export interface RunOptions {
  /** Added to the inherited environment; PATH here also decides where the program is looked up. */
  env?: Record<string, string>
  cwd?: string
  /** Each line of stdout and stderr as it arrives; the caller decides how, or whether, to print it. */
  onLine?: (line: string) => void
  /** Written to the program's stdin (ShellCheck reads scripts there). */
  input?: string
  /**
   * For programs that can hang on the network or a lock: after this long the program and every process it started
   * get SIGTERM, then SIGKILL once it has exited or killGraceMs has passed, and the result says timedOut.
   */
  timeoutMs?: number
  /** How long a timed-out program has to stop after SIGTERM; 10 s, as `docker stop` gives a container. */
  killGraceMs?: number
}

const DEFAULT_KILL_GRACE_MS = 10_000

/**
 * How long the output may stay open after the program exited, as @actions/exec allowed: a process it left running
 * can hold the pipes, and must not hold the step with them.
 */
const OUTPUT_DRAIN_MS = 10_000

/** The absolute path of `name` on `searchPath` (a PATH-style list), or undefined when no executable file is there. */
export async function findExecutable(name: string, searchPath: string = process.env.PATH ?? ''): Promise<string | undefined> {
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir === '') continue
    const candidate = path.join(dir, name)
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      // not in this directory: keep looking
    }
  }
  return undefined
}

/**
 * The one way this project runs programs: an argv array (never a shell string), output captured, exit code returned.
 * Node's spawn rather than @actions/exec, which keeps the child to itself, so a hung program could not be killed.
 */
export const Exec = {
  async run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<ExecResult> {
    const env = { ...process.env, ...opts.env } as Record<string, string>
    // Looked up here, so that a missing program says so rather than "spawn ENOENT".
    const program = path.isAbsolute(cmd) ? cmd : await findExecutable(cmd, env.PATH)
    if (program === undefined) return notStarted(`${cmd} is not on PATH`)
    let child: ChildProcess
    try {
      child = spawn(program, [...args], {
        env,
        cwd: opts.cwd,
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        // A process group of its own, so that a kill reaches whatever the program started too.
        detached: opts.timeoutMs !== undefined
      })
    } catch (error) {
      return notStarted(`could not run ${cmd}: ${error instanceof Error ? error.message : String(error)}`)
    }
    return collect(cmd, child, opts)
  }
}

function collect(cmd: string, child: ChildProcess, opts: RunOptions): Promise<ExecResult> {
  return new Promise((resolve) => {
    let stdout = ''
    let stderr = ''
    read(child.stdout, opts.onLine, (text) => (stdout += text))
    read(child.stderr, opts.onLine, (text) => (stderr += text))
    if (child.stdin) {
      // A program may exit without reading its input: that is its answer, not an error of ours.
      child.stdin.on('error', () => undefined)
      child.stdin.end(opts.input)
    }
    const group = opts.timeoutMs === undefined ? undefined : child.pid
    let timedOut = false
    let timer: NodeJS.Timeout | undefined
    if (group !== undefined) {
      watchGroup(group)
      timer = setTimeout(() => {
        timedOut = true
        stopGroup(child, group, opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS)
      }, opts.timeoutMs)
    }
    let drain: NodeJS.Timeout | undefined
    child.once('exit', () => {
      clearTimeout(timer)
      drain = setTimeout(() => [child.stdout, child.stderr].forEach((s) => s?.destroy()), OUTPUT_DRAIN_MS)
    })
    const done = (result: ExecResult): void => {
      clearTimeout(timer)
      clearTimeout(drain)
      if (group !== undefined) unwatchGroup(group)
      resolve(result)
    }
    child.once('error', (error) => done(notStarted(`could not run ${cmd}: ${error.message}`)))
    child.once('close', (code, signal) => {
      // Also emitted after 'error' when the program never started: that answer has been given.
      if (child.pid === undefined) return
      const exitCode = code ?? 128 + (signal === null ? 0 : osConstants.signals[signal])
      done({ exitCode, stdout, stderr, ...(timedOut && { timedOut }) })
    })
  })
}

/** Text as it arrives, and whole lines to onLine; a last line without a newline is still a line. */
function read(stream: Readable | null, onLine: ((line: string) => void) | undefined, onText: (text: string) => void): void {
  if (!stream) return
  let partial = ''
  stream.setEncoding('utf8')
  stream.on('data', (text: string) => {
    onText(text)
    if (!onLine) return
    const lines = (partial + text).split('\n')
    partial = lines.pop() ?? ''
    lines.forEach(onLine)
  })
  stream.on('end', () => {
    if (onLine && partial !== '') onLine(partial)
  })
}

/** SIGTERM to the whole group, then SIGKILL to whatever is left of it once the program has exited or the grace is up. */
function stopGroup(child: ChildProcess, group: number, graceMs: number): void {
  signalGroup(group, 'SIGTERM')
  const grace = setTimeout(kill, graceMs)
  child.once('exit', kill)
  function kill(): void {
    clearTimeout(grace)
    signalGroup(group, 'SIGKILL')
  }
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal)
  } catch {
    // ESRCH: every process of the group has already gone
  }
}

/**
 * The groups of the programs running with a timeout. Being groups of their own, they no longer get the terminal's
 * Ctrl-C, nor do they die with us: a signal that ends this process is passed on to them first.
 */
const groups = new Set<number>()
const PASSED_ON: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

function watchGroup(group: number): void {
  if (groups.size === 0) for (const signal of PASSED_ON) process.on(signal, passOn)
  groups.add(group)
}

function unwatchGroup(group: number): void {
  groups.delete(group)
  if (groups.size === 0) for (const signal of PASSED_ON) process.off(signal, passOn)
}

function passOn(signal: NodeJS.Signals): void {
  for (const group of groups) signalGroup(group, signal)
  for (const s of PASSED_ON) process.off(s, passOn)
  // Raised again with our listener gone: this process then ends as it would have without it.
  process.kill(process.pid, signal)
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
