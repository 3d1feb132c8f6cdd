// fail-scope new gates only what a change introduced, which needs a baseline to tell. Without one the gate fails
// closed: every finding is judged, as with fail-scope all, and the run's notes say so. Pure.
import type { Comparison, Policy } from '../types.js'

/** Said in the summary, the comment and the run's warning whenever fail-scope new had no baseline. */
export const JUDGED_ALL_NOTE =
  'fail-scope is new, but without a baseline nothing can be told apart as new, so every finding is judged, as with fail-scope: all.'

/** The policy the gate decides with, and the comparison the reports show. */
export function scopedPolicy(policy: Policy, comparison: Comparison | undefined): { policy: Policy; comparison?: Comparison } {
  if (policy.failScope !== 'new' || comparison?.baseline) return { policy, ...(comparison && { comparison }) }
  return { policy: { ...policy, failScope: 'all' }, comparison: { notes: [...(comparison?.notes ?? []), JUDGED_ALL_NOTE] } }
}

/** True when the run was meant to gate on new findings only and judged them all for want of a baseline. */
export function judgedAll(comparison: Comparison | undefined): boolean {
  return comparison?.notes.includes(JUDGED_ALL_NOTE) === true
}
