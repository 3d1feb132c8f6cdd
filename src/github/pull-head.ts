// The pull request's head as GitHub has it now: the one read that tells a run whether the commit it gated is still
// the one the pull request shows.
import { apiError } from './api-error.js'
import type { RestClient } from './rest.js'

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

/** The head commit's SHA ('' when the answer has none); throws a `GitHubApiError` that says what to check. */
export async function pullRequestHead(client: RestClient, pr: PullRequestRef): Promise<string> {
  const response = await client.request<{ head?: { sha?: unknown } } | null>('GET', `/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}`)
  if (response.status !== 200) {
    throw apiError(`read pull request #${pr.number} of ${pr.owner}/${pr.repo}`, response, {
      404: 'Check that the results come from this repository and that the token can read pull requests (permissions: pull-requests: write).'
    })
  }
  const sha = response.data?.head?.sha
  return typeof sha === 'string' ? sha : ''
}

/** Whether the run may write on the pull request: `stale` names the newer head, `unknown` why it could not be read. */
export type HeadCheck = { current: true } | { stale: string } | { unknown: string }

/**
 * An older run that finishes after a newer one must not overwrite the newer run's comment, check run or review.
 * A check that cannot be made does not stop the report: losing it would hide the verdict, while a late overwrite is
 * corrected by the next push's run.
 */
export async function checkHead(client: RestClient, pr: PullRequestRef, gated: string): Promise<HeadCheck> {
  try {
    const head = await pullRequestHead(client, pr)
    return head === gated ? { current: true } : { stale: head }
  } catch (e) {
    return { unknown: e instanceof Error ? e.message : String(e) }
  }
}
