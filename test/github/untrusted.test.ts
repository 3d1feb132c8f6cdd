import { describe, expect, it } from 'vitest'
import { untrustedBuildRefusal } from '../../src/github/untrusted.js'

const BASE = 'b'.repeat(40)
const HEAD = 'h'.repeat(40)
const trust = { eventName: 'pull_request_target', eventSha: BASE, checkout: HEAD, build: true, allowUntrustedBuild: false }

describe('building under a privileged event', () => {
  it('refuses the pull request\'s checkout under pull_request_target, naming the two-workflow setup and the way out', () => {
    const refusal = untrustedBuildRefusal(trust)
    expect(refusal).toContain('Refusing to build: this pull_request_target run holds a write token')
    expect(refusal).toContain(`the workspace is commit ${HEAD.slice(0, 12)}, not ${BASE.slice(0, 12)}`)
    expect(refusal).toContain('examples/fork-safe-gate.yml and examples/fork-safe-report.yml')
    expect(refusal).toContain('allow-untrusted-build: true')
  })

  it('refuses under workflow_run too, and when git cannot name the checkout', () => {
    expect(untrustedBuildRefusal({ ...trust, eventName: 'workflow_run' })).toContain('this workflow_run run')
    expect(untrustedBuildRefusal({ ...trust, checkout: undefined })).toContain('the workspace is a checkout git cannot name')
  })

  it('lets the base branch\'s own commit build, every other event build, and the input or build: false through', () => {
    expect(untrustedBuildRefusal({ ...trust, checkout: BASE })).toBeUndefined()
    for (const eventName of ['pull_request', 'push', 'merge_group', 'schedule', 'workflow_dispatch']) expect(untrustedBuildRefusal({ ...trust, eventName })).toBeUndefined()
    expect(untrustedBuildRefusal({ ...trust, allowUntrustedBuild: true })).toBeUndefined()
    expect(untrustedBuildRefusal({ ...trust, build: false })).toBeUndefined()
  })
})
