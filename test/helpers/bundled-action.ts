// The committed bundle run the way a GitHub runner runs it: a separate node process with INPUT_* variables, the
// event payload in GITHUB_EVENT_PATH, and the runner's files for outputs and the job summary.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import examples from '@octokit/webhooks-examples/api.github.com/index.json' with { type: 'json' }
import { ACTION_NODE } from './action-runtime.js'

const bundle = fileURLToPath(new URL('../../dist/index.cjs', import.meta.url))

/** A real webhook payload from @octokit/webhooks-examples: the first of event `name` that passes `pick`. */
export function webhookExample<T>(name: string, pick: (payload: T) => boolean = () => true): T {
  const group = (examples as Array<{ name: string; examples: unknown[] }>).find((e) => e.name === name)
  const payload = group?.examples.find((e) => pick(e as T))
  if (!payload) throw new Error(`@octokit/webhooks-examples has no matching ${name} payload`)
  return structuredClone(payload) as T
}

/** The fields of a pull_request payload the tests read; the payloads are @octokit/webhooks-examples'. */
export interface PullRequestEvent {
  action: string
  number: number
  repository: { full_name: string; default_branch: string }
  pull_request: { head: { sha: string }; base: { sha: string } }
}

/** The real `pull_request` payload of that action (`opened` unless said). */
export function pullRequestExample(action = 'opened'): PullRequestEvent {
  return webhookExample<PullRequestEvent>('pull_request', (e) => e.action === action)
}

export interface BundledRun {
  status: number | null
  /** stdout and stderr, interleaved as they came. */
  stdout: string
  summary: string
  outputs: Record<string, string>
  /** The run's own folder: event.json, output, summary.md, and RUNNER_TEMP unless one was given. */
  dir: string
}

export interface BundledRunOptions {
  name: string
  workspace: string
  event: { name: string; payload: unknown }
  /** The rest of the runner's environment: GITHUB_*, INPUT_*, the stand-in trivy's settings… */
  env: Record<string, string | undefined>
}

/** Asynchronous on purpose: a loopback GitHub living in the test's process must keep answering meanwhile. */
export async function runBundledAction(opts: BundledRunOptions): Promise<BundledRun> {
  const dir = mkdtempSync(join(tmpdir(), `cg-runner-${opts.name}-`))
  const eventPath = join(dir, 'event.json')
  const outputPath = join(dir, 'output')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(opts.event.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const child = spawn(ACTION_NODE, [bundle], {
    cwd: opts.workspace,
    env: {
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: opts.workspace,
      GITHUB_EVENT_NAME: opts.event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: dir,
      ...opts.env
    }
  })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { status, stdout, summary: readFileSync(summaryPath, 'utf8'), outputs: parseOutputs(readFileSync(outputPath, 'utf8')), dir }
}

/** The runner's GITHUB_OUTPUT file format: `name<<DELIMITER`, value lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const end = lines.indexOf(m[2]!, i + 1)
    outputs[m[1]!] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}
