// When a failed REST call is worth another try, and how long to wait first. Pure: the client feeds it each
// attempt's outcome and sleeps for what it returns.

export interface RetryPolicy {
  /** The waits before the second, third… attempt; one more attempt than there are delays. */
  delaysMs: readonly number[]
  /** The longest wait a `retry-after` header may ask for; a longer one is not worth holding the job for. */
  maxRetryAfterMs: number
}

export type AttemptOutcome =
  | { status: number; headers: Readonly<Record<string, string>> }
  | { failure: 'timeout' | 'network' }

/**
 * The wait before the next attempt, or undefined when `outcome` is final. A POST creates something, so it is
 * sent again only when GitHub refused it outright (rate limited): after a 5xx or a timeout it may have landed.
 */
export function retryDelayMs(
  method: string,
  outcome: AttemptOutcome,
  attempt: number,
  policy: RetryPolicy,
  now: number = Date.now()
): number | undefined {
  const backoff = policy.delaysMs[attempt - 1]
  if (backoff === undefined) return undefined
  if ('failure' in outcome) return method === 'POST' ? undefined : backoff
  if (isRateLimited(outcome)) {
    const asked = retryAfterMs(outcome.headers, now)
    if (asked === undefined) return backoff
    return asked <= policy.maxRetryAfterMs ? asked : undefined
  }
  return outcome.status >= 500 && method !== 'POST' ? backoff : undefined
}

/** 429, or a 403 that carries `retry-after` (GitHub's secondary rate limit). */
export function isRateLimited(outcome: { status: number; headers: Readonly<Record<string, string>> }): boolean {
  return outcome.status === 429 || (outcome.status === 403 && outcome.headers['retry-after'] !== undefined)
}

/** `retry-after` is either seconds or an HTTP date. */
export function retryAfterMs(headers: Readonly<Record<string, string>>, now: number = Date.now()): number | undefined {
  const value = headers['retry-after']?.trim()
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}
