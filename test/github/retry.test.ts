import { describe, expect, it } from 'vitest'
import { isRateLimited, retryAfterMs, retryOptions, throttleOptions } from '../../src/github/retry.js'

const policy = { retries: 2, maxRetryAfterMs: 60_000, secondMs: 1000 }
const answer = (status: number, headers: Record<string, string> = {}, message?: string) => ({ status, headers, data: message === undefined ? null : { message } })
const GET = { method: 'GET', url: 'https://api.github.com/user' }

describe('throttleOptions', () => {
  it('resends after the wait GitHub asks for, up to the cap and the number of retries, and says so', () => {
    const said: string[] = []
    const { onSecondaryRateLimit, onRateLimit } = throttleOptions(policy, (m) => void said.push(m))

    expect(onSecondaryRateLimit(60, GET, undefined, 0)).toBe(true)
    expect(onRateLimit(61, GET, undefined, 0)).toBe(false)
    expect(onRateLimit(5, GET, undefined, 2)).toBe(false)
    expect(said).toEqual(["GitHub's secondary rate limit was hit: sending GET https://api.github.com/user again in 60 s."])
  })

  it('counts the waits in the given second', () => {
    expect(throttleOptions({ ...policy, secondMs: 1 }, () => {}).retryAfterBaseValue).toBe(1)
    expect(retryOptions({ ...policy, secondMs: 1 })).toMatchObject({ retries: 2, retryAfterBaseValue: 1 })
  })

  it('leaves rate limits and client errors out of the back-off', () => {
    for (const status of [400, 401, 403, 404, 422, 429]) expect(retryOptions(policy).doNotRetry).toContain(status)
    expect(retryOptions(policy).doNotRetry).not.toContain(500)
  })
})

describe('isRateLimited', () => {
  it('tells a rate limit from a missing permission', () => {
    expect(isRateLimited(answer(429))).toBe(true)
    expect(isRateLimited(answer(403, { 'retry-after': '30' }))).toBe(true)
    expect(isRateLimited(answer(403, { 'x-ratelimit-remaining': '0' }))).toBe(true)
    // A secondary rate limit does not always carry retry-after.
    expect(isRateLimited(answer(403, {}, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'))).toBe(true)
    expect(isRateLimited(answer(403, {}, 'API rate limit exceeded for installation ID 1.'))).toBe(true)
    expect(isRateLimited(answer(403, {}, 'Resource not accessible by integration'))).toBe(false)
    expect(isRateLimited(answer(403, { 'x-ratelimit-remaining': '4999' }))).toBe(false)
    expect(isRateLimited(answer(404, { 'retry-after': '1' }))).toBe(false)
  })
})

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(retryAfterMs({ 'retry-after': '12' }, now)).toBe(12_000)
    expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }, now)).toBe(30_000)
    expect(retryAfterMs({ 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' }, now)).toBe(0)
    expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined()
    expect(retryAfterMs({}, now)).toBeUndefined()
  })
})
