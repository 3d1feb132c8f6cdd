import { onFirstUse } from './builtin.js'
import { accessSync, constants } from 'node:fs'
import { constants as osConstants } from 'node:os'
import path from 'node:path'

const crypto = onFirstUse<typeof import('node:crypto')>('node:crypto')
const childProcess = onFirstUse<typeof import('node:child_process')>('node:child_process')

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

/** The absolute path of `name` on `searchPath` (a PATH-style list), or undefined when no executable file is there. */
export function findExecutable(name: string, searchPath: string = process.env.PATH ?? ''): string | undefined {
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

/**
 * The one way this project runs programs, through @actions/exec: an argv array (never a shell string), output
 * captured, exit code returned. @actions/exec keeps the child process to itself, so a program given a timeout runs
 * under a watchdog (a second Node process, `WATCHDOG`) that can stop it and everything it started.
 */
export const Exec = {
  async run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<ExecResult> {
    const env = { ...process.env, ...opts.env } as Record<string, string>
    // @actions/exec looks programs up on this process's PATH, not on the env it is given, so resolve here.
    const program = path.isAbsolute(cmd) ? cmd : findExecutable(cmd, env.PATH)
    if (program === undefined) return notStarted(`${cmd} is not on PATH`)
    // Printed by the watchdog when it stopped the program: random, so that no program's output can pass for it.
    const token = `container-gate-watchdog-${crypto().randomBytes(12).toString('hex')}`
    const watched = opts.timeoutMs !== undefined
    const argv = watched
      ? ['-e', WATCHDOG, '--', String(opts.timeoutMs), String(opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS), token, program, ...args]
      : [...args]
    const lines = opts.onLine && lineSplitter((l) => !l.startsWith(token) && opts.onLine!(l))
    try {
      // Loaded on first use: with node:child_process it costs 5 ms, and a `lint` without ShellCheck never runs a program.
      const { getExecOutput } = await import('@actions/exec')
      const result = await getExecOutput(watched ? process.execPath : program, argv, {
        env,
        cwd: opts.cwd,
        silent: true,
        ignoreReturnCode: true,
        // Only when there is some: @actions/exec writes it with no error handler of its own, so a program that exits
        // before reading an empty one would end this process with EPIPE. None of the programs we run reads stdin unasked.
        ...(opts.input !== undefined && { input: Buffer.from(opts.input) }),
        listeners: lines && { stdout: lines.stdout, stderr: lines.stderr }
      })
      lines?.flush()
      if (!watched || !result.stderr.includes(token)) return result
      const notRun = new RegExp(`^${token} not started: (.*)$`, 'm').exec(result.stderr)
      if (notRun) return notStarted(`could not run ${cmd}: ${notRun[1]}`)
      return { ...result, stderr: result.stderr.split(`${token}\n`).join(''), timedOut: true }
    } catch (error) {
      return notStarted(`could not run ${cmd}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

/**
 * A short local program given by its absolute path, output captured, started before this call returns: what the CLI's
 * lint runs ShellCheck with, so that ShellCheck works while the caller goes on with its own synchronous work (the rules).
 * Exec.run looks the program up and waits on the thread pool before it starts anything, and @actions/exec's code costs
 * a one-file lint more than the rules do; a program that needs a timeout, its lines as they come or a shell-free
 * Windows argv goes through Exec.run.
 */
export function runLocal(program: string, args: readonly string[], opts: { cwd?: string } = {}): Promise<ExecResult> {
  return new Promise((resolve) => {
    childProcess().execFile(program, args, { cwd: opts.cwd, encoding: 'utf8', maxBuffer: Infinity }, (error, stdout, stderr) => {
      if (error === null) return resolve({ exitCode: 0, stdout, stderr })
      // Started, then exited non-zero or by a signal: execFile reports both as an error with the process's code.
      const failed = error as { code?: unknown; signal?: NodeJS.Signals | null }
      if (typeof failed.code === 'number') return resolve({ exitCode: failed.code, stdout, stderr })
      if (failed.signal) return resolve({ exitCode: 128 + (osConstants.signals[failed.signal] ?? 0), stdout, stderr })
      resolve(notStarted(`could not run ${program}: ${error.message}`))
    })
  })
}

/**
 * Runs `program args…` in a process group of its own and, at the deadline, says so (the token, on stderr; the token
 * and why, when the program could not be started) and gives
 * the group SIGTERM, then SIGKILL once the program has exited or the grace is up, so that whatever it started goes
 * too. Being a group of its own, the program no longer gets the terminal's signals: the watchdog passes them on, and
 * stops the group if this process dies without it. Exits with the program's code, 128 + n for a signal n.
 */
const WATCHDOG = `
const [timeoutMs, graceMs, token, program, ...args] = process.argv.slice(1)
const { spawn } = require('node:child_process')
const { constants } = require('node:os')
const child = spawn(program, args, { stdio: 'inherit', detached: true })
const signal = (name) => { try { process.kill(-child.pid, name) } catch {} }
let stopped = false
const deadline = setTimeout(() => {
  stopped = true
  process.stderr.write(token + '\\n')
  signal('SIGTERM')
  setTimeout(() => signal('SIGKILL'), Number(graceMs)).unref()
}, Number(timeoutMs))
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(name, () => signal(name))
const parent = process.ppid
const orphaned = setInterval(() => { if (process.ppid !== parent) { signal('SIGKILL'); process.exit(1) } }, 1000)
child.on('error', (error) => { process.stderr.write(token + ' not started: ' + error.message + '\\n'); process.exit(127) })
child.on('exit', (code, name) => {
  clearTimeout(deadline)
  clearInterval(orphaned)
  if (stopped) signal('SIGKILL')
  process.exitCode = code === null ? 128 + (constants.signals[name] || 0) : code
})
`

/**
 * Whole lines of both outputs as they arrive, and at the end a last line that had no newline (which @actions/exec's
 * own line listeners drop).
 */
function lineSplitter(onLine: (line: string) => void): { stdout: (b: Buffer) => void; stderr: (b: Buffer) => void; flush: () => void } {
  const partial = { stdout: '', stderr: '' }
  const take = (stream: keyof typeof partial) => (data: Buffer) => {
    const parts = (partial[stream] + data.toString('utf8')).split('\n')
    partial[stream] = parts.pop() ?? ''
    parts.forEach((l) => onLine(l.replace(/\r$/, '')))
  }
  return {
    stdout: take('stdout'),
    stderr: take('stderr'),
    flush: () => {
      for (const stream of ['stdout', 'stderr'] as const) if (partial[stream] !== '') onLine(partial[stream])
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
