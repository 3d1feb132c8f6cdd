// Publishes a planned check run: created completed with the first 50 annotations, then updated with 50 more at a
// time, since the Checks API appends the annotations of each update and takes at most 50 per request.
import { prepareReport } from '../report/prepare.js'
import type { PreparedReport } from '../report/prepare.js'
import type { GateRun } from '../types.js'
import { apiError, GitHubApiError, unexpectedReply } from './api-error.js'
import { planCheckRun } from './check-run-annotations.js'
import type { CheckRunPlan } from './check-run-annotations.js'
import type { RestClient, RestResponse } from './rest.js'
import { isRateLimited } from './retry.js'

export interface CheckRunTarget {
  owner: string
  repo: string
  /** The commit the check run reports on: the pull request's head, else the pushed commit. */
  headSha: string
  /** See `checkRunName`. */
  name: string
  /** Where "Details" leads, e.g. the workflow run. */
  detailsUrl?: string
}

export interface CheckRunResult {
  id: number
  /** The check run's page on GitHub. */
  url: string
  annotations: number
}

/** The token may not write check runs; on a pull request from a fork it never can. */
export class CheckRunPermissionError extends GitHubApiError {
  override name = 'CheckRunPermissionError'
}

/** `fallback`: the one warning to show before emitting the workflow-command annotations instead. */
export type CheckRunOutcome = { published: CheckRunResult } | { fallback: string }

/**
 * Every annotation of the run on a check run of its own; never throws. When the check run cannot be written (no
 * `checks: write`, a fork's read-only token, GitHub down), the caller warns once and falls back to the
 * workflow-command annotations, so that the findings still show in the diff.
 */
export async function annotateWithCheckRun(
  client: RestClient,
  target: CheckRunTarget,
  run: GateRun,
  prepared: PreparedReport = prepareReport(run)
): Promise<CheckRunOutcome> {
  try {
    return { published: await publishCheckRun(client, target, planCheckRun(run, prepared)) }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return { fallback: `${why} The findings are annotated with workflow commands instead, which GitHub shows only 10 of per level.` }
  }
}

/** The fields of GitHub's check run that we read. */
interface CheckRun {
  id: number
  html_url: string | null
}

/**
 * Throws `CheckRunPermissionError` on a 403, `GitHubApiError` on any other refusal (saying how many annotations
 * made it when an update failed), `GitHubUnreachableError` when GitHub never answered. The create is not resent
 * after a server error: it may have landed, and a second check run of the same name would be a duplicate.
 */
export async function publishCheckRun(client: RestClient, target: CheckRunTarget, plan: CheckRunPlan): Promise<CheckRunResult> {
  if (!/^[0-9a-f]{40}$/i.test(target.headSha)) {
    throw new Error(`Cannot create the check run "${target.name}": "${target.headSha}" is not a commit SHA, and a check run must name the commit it reports on.`)
  }
  const [first = [], ...rest] = plan.batches
  const output = { title: plan.title, summary: plan.summary }
  const created = await client.request<CheckRun>('POST', `/repos/${target.owner}/${target.repo}/check-runs`, {
    name: target.name,
    head_sha: target.headSha,
    ...(target.detailsUrl !== undefined && { details_url: target.detailsUrl }),
    status: 'completed',
    conclusion: plan.conclusion,
    output: { ...output, annotations: first }
  })
  if (created.status !== 201) throw checkRunError(`create the check run "${target.name}" on ${target.owner}/${target.repo}`, created)

  const { id, html_url: html } = (created.data ?? {}) as Partial<CheckRun>
  if (typeof id !== 'number') throw unexpectedReply(`create the check run "${target.name}" on ${target.owner}/${target.repo}`, created, 'the check run')
  const url = typeof html === 'string' ? html : ''
  let sent = first.length
  for (const batch of rest) {
    // GitHub requires the title and summary with every `output`; sending the same ones changes nothing.
    const updated = await client.request<CheckRun>('PATCH', `/repos/${target.owner}/${target.repo}/check-runs/${id}`, { output: { ...output, annotations: batch } })
    if (updated.status !== 200) {
      const total = plan.batches.reduce((n, b) => n + b.length, 0)
      throw checkRunError(`add annotations to the check run ${url || id} (it has ${sent} of ${total})`, updated)
    }
    sent += batch.length
  }
  return { id, url, annotations: sent }
}

function checkRunError(action: string, response: RestResponse): GitHubApiError {
  if (response.status === 403 && !isRateLimited(response)) {
    const said = apiError(action, response, {
      403:
        'The token lacks the `checks: write` permission: add it under `permissions:` in the workflow. ' +
        'Pull requests from forks always get a read-only token, whatever the workflow asks for.'
    })
    return new CheckRunPermissionError(said.message, 403)
  }
  return apiError(action, response)
}
