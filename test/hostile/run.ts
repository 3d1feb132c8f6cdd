// Running the bundles as a user or a runner would: a separate process, its exit code and its output.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { ACTION_NODE } from '../helpers/action-runtime.js'

export const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url))
export const ACTION = fileURLToPath(new URL('../../dist/index.cjs', import.meta.url))

export interface Ran {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Asynchronous, so that a loopback server in this process keeps answering while the child runs. The action runs on
 * the Node that action.yml names, the CLI on the one running the tests.
 */
export async function runNode(script: string, args: string[], opts: { cwd: string; env?: Record<string, string | undefined>; input?: string; user?: { uid: number; gid: number } }): Promise<Ran> {
  const child = spawn(script === ACTION ? ACTION_NODE : process.execPath, [script, ...args], { cwd: opts.cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env }, ...opts.user })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdin.end(opts.input ?? '')
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { status, stdout, stderr }
}

/** The lines of a run's output outside its stop-commands blocks: where a `::` line is a command. */
export function liveLines(output: string): string[] {
  const live: string[] = []
  let stop: string | undefined
  for (const line of output.split(/\r?\n/)) {
    if (stop !== undefined) {
      if (line === `::${stop}::`) stop = undefined
      continue
    }
    const start = /^::stop-commands::(.+)$/.exec(line)
    if (start) stop = start[1]
    else live.push(line)
  }
  return live
}
