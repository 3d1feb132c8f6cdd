// Turns a failed REST answer into a message a user can act on, for the statuses every endpoint shares.
import { isRateLimited, retryAfterMs } from './retry.js'
import type { RestResponse } from './rest.js'

/** GitHub answered, but not with what we asked for. Its message is shown as is: no stack trace. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError'
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/**
 * `action` completes "Cannot …" (e.g. "list the comments of octo/app#7"); `hints` adds advice for the
 * statuses whose cause depends on the call.
 */
export function apiError(action: string, response: RestResponse, hints: Readonly<Record<number, string>> = {}): GitHubApiError {
  const said = githubErrorText(response.data)
  const answer = said ? `${response.status} ${said}` : `${response.status}`
  const advice = hints[response.status] ?? defaultAdvice(response)
  // GitHub's own sentence may end with its own full stop.
  const stop = /[.!?]$/.test(answer) ? '' : '.'
  return new GitHubApiError(`Cannot ${action}: GitHub answered ${answer}${stop} ${advice}`, response.status)
}

function defaultAdvice(response: RestResponse): string {
  const { status } = response
  if (status === 401) return 'The token is invalid or expired: check the token the action is given.'
  if (isRateLimited(response) || (status === 403 && response.headers['x-ratelimit-remaining'] === '0')) {
    const wait = retryAfterMs(response.headers)
    return `GitHub's API rate limit was hit${wait === undefined ? '' : ` and it asked to wait ${Math.ceil(wait / 1000)} s`}: re-run the job later.`
  }
  if (status === 403) return 'The token lacks a permission this call needs.'
  if (status === 404) return 'Check the repository and number, and that the token can read them.'
  if (status === 422) return 'GitHub rejected what was sent.'
  if (status >= 500) {
    const tries = response.attempts > 1 ? ` after ${response.attempts} attempts` : ''
    return `GitHub had a server error${tries}: re-run the job, or check https://www.githubstatus.com.`
  }
  return 'This was not expected.'
}

/** GitHub's own words: the message and, for validation errors, what each one says. */
export function githubErrorText(data: unknown): string {
  if (typeof data === 'string') return data.trim().slice(0, 200)
  if (typeof data !== 'object' || data === null) return ''
  const { message, errors } = data as { message?: unknown; errors?: unknown }
  const details = Array.isArray(errors) ? errors.map(errorText).filter(Boolean) : []
  return [typeof message === 'string' ? message : '', ...details].filter(Boolean).join(': ')
}

function errorText(error: unknown): string {
  if (typeof error === 'string') return error
  if (typeof error !== 'object' || error === null) return ''
  const { message, field, code } = error as { message?: unknown; field?: unknown; code?: unknown }
  if (typeof message === 'string') return message
  return [field, code].filter((part) => typeof part === 'string').join(' ')
}

/**
 * GitHub answered with success, but not with the shape the endpoint documents: something else (a proxy, a captive
 * portal, a wrong GITHUB_API_URL) answered, or the answer was cut short.
 */
export function unexpectedReply(action: string, response: RestResponse, expected: string): GitHubApiError {
  return new GitHubApiError(
    `Cannot ${action}: GitHub answered ${response.status} with ${describeBody(response.data)}, not ${expected}. ` +
      "Check that GITHUB_API_URL is GitHub's REST API (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server) and that no proxy rewrites its answers, then re-run the job.",
    response.status
  )
}

function describeBody(data: unknown): string {
  if (data === null || data === undefined) return 'an empty body'
  if (typeof data === 'string') return `text that is not JSON (${JSON.stringify(data.trim().slice(0, 60))})`
  if (Array.isArray(data)) return 'a list'
  if (typeof data === 'object') return 'an object without the expected fields'
  return `a bare ${typeof data}`
}
