// When a failed REST call is worth another try, and how long to wait first: the settings of Octokit's retry and
// throttling plugins, and how to tell a rate limit from a refusal.
import Bottleneck from 'bottleneck/light.js'

export interface RetryPolicy {
  /** How many times a request is sent again, whatever the cause. */
  retries: number
  /** The longest wait a rate limit may ask for; a longer one is not worth holding the job for. */
  maxRetryAfterMs: number
  /** What the plugins count a second as. */
  secondMs: number
}

/**
 * plugin-retry resends server errors and requests that got no answer, waiting 1, 4, 9… seconds. Rate limits are the
 * throttling plugin's, which waits as GitHub asks; the other 4xx are final.
 */
export function retryOptions(policy: RetryPolicy) {
  return { retries: policy.retries, retryAfterBaseValue: policy.secondMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] }
}

/** A rate limit's wait as the throttling plugin reports it; true resends the request after it. */
type LimitHandler = (retryAfterSeconds: number, request: { method: string; url: string }, octokit: unknown, retryCount: number) => boolean

export function throttleOptions(policy: RetryPolicy, log: (message: string) => void) {
  const handler =
    (limit: string): LimitHandler =>
    (seconds, request, _octokit, retryCount) => {
      if (retryCount >= policy.retries || seconds * 1000 > policy.maxRetryAfterMs) return false
      log(`GitHub's ${limit} was hit: sending ${request.method} ${request.url} again in ${seconds} s.`)
      return true
    }
  return {
    retryAfterBaseValue: policy.secondMs,
    // GitHub asks for a second between writes, and the plugin leaves three between those that notify people.
    // Each client has its own, so that a second client in the same process does not wait for the first.
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: policy.secondMs }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * policy.secondMs }),
    onRateLimit: handler('rate limit'),
    onSecondaryRateLimit: handler('secondary rate limit')
  }
}

/**
 * 429, or a 403 that is GitHub's rate limit rather than a missing permission: it carries `retry-after`, says no
 * requests remain, or words itself as a (secondary) rate limit, with or without `retry-after`.
 */
export function isRateLimited(outcome: { status: number; headers: Readonly<Record<string, string>>; data?: unknown }): boolean {
  if (outcome.status === 429) return true
  if (outcome.status !== 403) return false
  if (outcome.headers['retry-after'] !== undefined || outcome.headers['x-ratelimit-remaining'] === '0') return true
  const message = (outcome.data as { message?: unknown } | null | undefined)?.message
  return typeof message === 'string' && /\brate limit\b/i.test(message)
}

/** `retry-after` is either seconds or an HTTP date. */
export function retryAfterMs(headers: Readonly<Record<string, string>>, now: number = Date.now()): number | undefined {
  const value = headers['retry-after']?.trim()
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}
