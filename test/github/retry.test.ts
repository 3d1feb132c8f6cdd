import { describe, expect, it } from 'vitest'
import { retryAfterMs, retryDelayMs } from '../../src/github/retry.js'
import type { AttemptOutcome } from '../../src/github/retry.js'

const policy = { delaysMs: [1000, 3000], maxRetryAfterMs: 60_000 }
const answer = (status: number, headers: Record<string, string> = {}): AttemptOutcome => ({ status, headers })

describe('retryDelayMs', () => {
  it('backs off on server errors and lost connections, then stops', () => {
    expect(retryDelayMs('GET', answer(502), 1, policy)).toBe(1000)
    expect(retryDelayMs('PATCH', { failure: 'timeout' }, 2, policy)).toBe(3000)
    expect(retryDelayMs('GET', { failure: 'network' }, 3, policy)).toBeUndefined()
  })

  it('does not resend a POST that may have landed', () => {
    expect(retryDelayMs('POST', answer(500), 1, policy)).toBeUndefined()
    expect(retryDelayMs('POST', { failure: 'timeout' }, 1, policy)).toBeUndefined()
  })

  it('resends any request GitHub refused for its rate limit, after the wait it asks for', () => {
    expect(retryDelayMs('POST', answer(429, { 'retry-after': '5' }), 1, policy)).toBe(5000)
    expect(retryDelayMs('GET', answer(403, { 'retry-after': '0' }), 2, policy)).toBe(0)
    expect(retryDelayMs('GET', answer(429), 1, policy)).toBe(1000)
  })

  it('gives up when asked to wait longer than the cap', () => {
    expect(retryDelayMs('GET', answer(429, { 'retry-after': '61' }), 1, policy)).toBeUndefined()
  })

  it('treats client errors as final', () => {
    for (const status of [400, 401, 403, 404, 422]) expect(retryDelayMs('GET', answer(status), 1, policy)).toBeUndefined()
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
