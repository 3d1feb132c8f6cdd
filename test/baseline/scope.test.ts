import { describe, expect, it } from 'vitest'
import { judgedAll, JUDGED_ALL_NOTE, scopedPolicy } from '../../src/baseline/scope.js'
import type { Policy } from '../../src/types.js'

const policy: Policy = { failOnVuln: 'CRITICAL', failOnLint: 'error', failScope: 'new', severities: ['CRITICAL', 'HIGH'] }

describe('fail-scope new without a baseline', () => {
  it('judges every finding and says so, whatever the reason there is none', () => {
    const missing = scopedPolicy(policy, { notes: ['No baseline: none saved. Nothing is marked new.'] })
    expect(missing.policy.failScope).toBe('all')
    expect(missing.comparison?.notes).toEqual(['No baseline: none saved. Nothing is marked new.', JUDGED_ALL_NOTE])
    expect(judgedAll(missing.comparison)).toBe(true)
    const none = scopedPolicy(policy, undefined)
    expect(none).toEqual({ policy: { ...policy, failScope: 'all' }, comparison: { notes: [JUDGED_ALL_NOTE] } })
  })

  it('keeps fail-scope new with a baseline, and fail-scope all as it is', () => {
    const comparison = { baseline: { source: 'the Actions cache', lintFindings: 0 }, notes: [] }
    expect(scopedPolicy(policy, comparison)).toEqual({ policy, comparison })
    expect(judgedAll(comparison)).toBe(false)
    const all = { ...policy, failScope: 'all' as const }
    expect(scopedPolicy(all, undefined)).toEqual({ policy: all })
    expect(scopedPolicy(all, { notes: ['No baseline: x.'] })).toEqual({ policy: all, comparison: { notes: ['No baseline: x.'] } })
  })
})
