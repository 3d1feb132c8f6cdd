// Everything the action learns from the runner's environment. Read once, from an env object passed in,
// so tests describe a runner with a plain record instead of patching process.env.
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { UsageError } from '../options.js'

export interface RunnerContext {
  workspace: string
  tempDir: string
  apiUrl: string
  serverUrl: string
  /** owner/name */
  repository: string
  owner: string
  repo: string
  eventName: string
  /** The pull request this run reports on, when the event has one. */
  pullRequest?: { number: number; headSha: string }
  /** The commit the reports link to: the PR's head, else the pushed commit. */
  sha: string
  runUrl?: string
}

type Env = Record<string, string | undefined>

export function readRunnerContext(env: Env = process.env): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner = '', repo = ''] = repository.split('/')
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com')
  const pullRequest = readPullRequest(env.GITHUB_EVENT_PATH)
  const runId = env.GITHUB_RUN_ID
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || tmpdir(),
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    serverUrl,
    repository,
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    pullRequest,
    sha: pullRequest?.headSha || env.GITHUB_SHA || '',
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined
  }
}

function readPullRequest(eventPath: string | undefined): RunnerContext['pullRequest'] {
  if (!eventPath) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'))
  } catch (e) {
    throw new UsageError(`GITHUB_EVENT_PATH: cannot read the event payload at ${eventPath}: ${(e as Error).message}`)
  }
  const pr = (payload as { pull_request?: { number?: unknown; head?: { sha?: unknown } } } | null)?.pull_request
  if (!pr || typeof pr.number !== 'number') return undefined
  return { number: pr.number, headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : '' }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
