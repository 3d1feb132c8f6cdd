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
  /** The pull request this run reports on, when the event has one. `baseSha`: the base branch's commit, '' when absent. */
  pullRequest?: { number: number; headSha: string; baseSha: string }
  /**
   * The run a `workflow_run` event reports on: the fork-safe pair's gate run, whose results this run reads. Its
   * `pullRequests` are the numbers GitHub lists for it (always empty for a fork's pull request).
   */
  workflowRun?: { id: number; headSha: string; event: string; htmlUrl: string; pullRequests: number[] }
  /** A merge queue's group (`merge_group`): its base is the commit the queue merges onto. */
  mergeGroup?: { headSha: string; baseSha: string }
  /**
   * A run on the repository's default branch (a push to it, a scheduled run, a manual dispatch of it): the run
   * whose results pull requests and merge queues compare against.
   */
  defaultBranchRun: boolean
  /** GITHUB_RUN_ID; '' outside Actions. */
  runId: string
  /** The commit the reports link to: the PR's head, the merge queue group's, else the pushed commit. */
  sha: string
  /** GITHUB_SHA, the commit the event runs on: under pull_request_target and workflow_run, the base branch's. */
  eventSha: string
  runUrl?: string
}

type Env = Record<string, string | undefined>

export function readRunnerContext(env: Env = process.env): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner = '', repo = ''] = repository.split('/')
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com')
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const pullRequest = readPullRequest(payload)
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const mergeGroup = eventName === 'merge_group' ? readMergeGroup(payload) : undefined
  const runId = env.GITHUB_RUN_ID
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || tmpdir(),
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    serverUrl,
    repository,
    owner,
    repo,
    eventName,
    pullRequest,
    ...(mergeGroup && { mergeGroup }),
    ...(eventName === 'workflow_run' && { workflowRun: readWorkflowRun(payload) }),
    defaultBranchRun: isDefaultBranchRun(eventName, payload),
    runId: runId ?? '',
    sha: pullRequest?.headSha || mergeGroup?.headSha || env.GITHUB_SHA || '',
    eventSha: env.GITHUB_SHA ?? '',
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined
  }
}

function readPayload(eventPath: string | undefined): unknown {
  if (!eventPath) return undefined
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8'))
  } catch (e) {
    throw new UsageError(`GITHUB_EVENT_PATH: cannot read the event payload at ${eventPath}: ${(e as Error).message}`)
  }
}

function readPullRequest(payload: unknown): RunnerContext['pullRequest'] {
  const pr = (payload as { pull_request?: { number?: unknown; head?: { sha?: unknown }; base?: { sha?: unknown } } } | null)?.pull_request
  if (!pr || typeof pr.number !== 'number') return undefined
  const sha = (v: unknown): string => (typeof v === 'string' ? v : '')
  return { number: pr.number, headSha: sha(pr.head?.sha), baseSha: sha(pr.base?.sha) }
}

function readWorkflowRun(payload: unknown): RunnerContext['workflowRun'] {
  const run = (payload as { workflow_run?: Record<string, unknown> } | null)?.workflow_run
  if (!run || typeof run.id !== 'number') return undefined
  const text = (v: unknown): string => (typeof v === 'string' ? v : '')
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : []
  return {
    id: run.id,
    headSha: text(run.head_sha),
    event: text(run.event),
    htmlUrl: text(run.html_url),
    pullRequests: prs.map((p: { number?: unknown }) => p?.number).filter((n): n is number => typeof n === 'number')
  }
}

/** The commit a pull request's or a merge queue's run is compared with; undefined for every other run. */
export function comparisonBase(runner: RunnerContext): string | undefined {
  if (runner.pullRequest) return runner.pullRequest.baseSha
  return runner.mergeGroup?.baseSha
}

function readMergeGroup(payload: unknown): RunnerContext['mergeGroup'] {
  const group = (payload as { merge_group?: { head_sha?: unknown; base_sha?: unknown } } | null)?.merge_group
  if (typeof group?.base_sha !== 'string' || typeof group.head_sha !== 'string') {
    throw new UsageError('GITHUB_EVENT_PATH: the merge_group payload names no merge_group.base_sha and head_sha; without them the queue cannot be compared with its base.')
  }
  return { headSha: group.head_sha, baseSha: group.base_sha }
}

/**
 * Scheduled runs always run on the default branch's newest commit (their payload is only `{"schedule": "…"}`). A
 * push's and a dispatch's `ref` names their branch; `repository.default_branch` names the default one.
 */
function isDefaultBranchRun(eventName: string, payload: unknown): boolean {
  if (eventName === 'schedule') return true
  if (eventName !== 'push' && eventName !== 'workflow_dispatch') return false
  const event = payload as { ref?: unknown; repository?: { default_branch?: unknown } } | null | undefined
  const branch = event?.repository?.default_branch
  return typeof branch === 'string' && branch !== '' && event?.ref === `refs/heads/${branch}`
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
