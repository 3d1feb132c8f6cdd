import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import examples from '@octokit/webhooks-examples/api.github.com/index.json' with { type: 'json' }
import { describe, expect, it } from 'vitest'
import { comparisonBase, readRunnerContext } from '../../src/github/context.js'

function payloadFile(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cg-event-')), 'event.json')
  writeFileSync(path, JSON.stringify(payload))
  return path
}

const events = examples as Array<{ name: string; examples: Array<Record<string, unknown>> }>
const example = (name: string, action?: string) => events.find((e) => e.name === name)!.examples.find((e) => !action || e.action === action)!

describe('the runner context', () => {
  it('finds the pull request and its head commit in a real pull_request payload', () => {
    const payload = example('pull_request', 'opened') as { number: number; pull_request: { head: { sha: string }; base: { sha: string } } }
    const ctx = readRunnerContext({
      GITHUB_EVENT_PATH: payloadFile(payload),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SHA: 'merge-commit-sha',
      GITHUB_RUN_ID: '7',
      GITHUB_API_URL: 'https://ghes.example.com/api/v3/'
    })
    expect(ctx.pullRequest).toEqual({ number: payload.number, headSha: payload.pull_request.head.sha, baseSha: payload.pull_request.base.sha })
    expect(ctx.defaultBranchRun).toBe(false)
    expect(ctx.runId).toBe('7')
    expect(ctx.sha).toBe(payload.pull_request.head.sha)
    expect(ctx.eventSha).toBe('merge-commit-sha')
    expect(ctx.apiUrl).toBe('https://ghes.example.com/api/v3')
    expect(ctx.runUrl).toBe('https://github.com/Codertocat/Hello-World/actions/runs/7')
    expect([ctx.owner, ctx.repo]).toEqual(['Codertocat', 'Hello-World'])
  })

  it('has no pull request on a push, and links to the pushed commit', () => {
    const ctx = readRunnerContext({ GITHUB_EVENT_PATH: payloadFile(example('push')), GITHUB_SHA: 'abc' })
    expect(ctx.pullRequest).toBeUndefined()
    expect(ctx.sha).toBe('abc')
  })

  it('knows a push to the default branch, where the baseline is saved, from any other push', () => {
    const push = example('push') as { ref: string; repository: { default_branch: string } }
    const onDefault = { ...push, ref: `refs/heads/${push.repository.default_branch}` }
    const elsewhere = { ...push, ref: `refs/heads/${push.repository.default_branch}-feature` }
    expect(readRunnerContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payloadFile(onDefault) }).defaultBranchRun).toBe(true)
    expect(readRunnerContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payloadFile(elsewhere) }).defaultBranchRun).toBe(false)
    // A tag push carries the same repository, but its ref is refs/tags/…
    expect(readRunnerContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payloadFile({ ...push, ref: `refs/tags/${push.repository.default_branch}` }) }).defaultBranchRun).toBe(false)
  })

  it('takes scheduled runs, and a dispatch of the default branch, for default-branch runs, as the runner builds their events', () => {
    // A schedule has no webhook: the runner's payload is the cron line alone, and the run is on the default branch.
    expect(readRunnerContext({ GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: payloadFile({ schedule: '0 6 * * 1' }) }).defaultBranchRun).toBe(true)
    const dispatch = example('workflow_dispatch') as { ref: string; repository: { default_branch: string } }
    expect(dispatch.ref).toBe(`refs/heads/${dispatch.repository.default_branch}`)
    expect(readRunnerContext({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: payloadFile(dispatch) }).defaultBranchRun).toBe(true)
    expect(readRunnerContext({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: payloadFile({ ...dispatch, ref: 'refs/heads/release' }) }).defaultBranchRun).toBe(false)
    // Same payload, another event: only push, schedule and workflow_dispatch save.
    expect(readRunnerContext({ GITHUB_EVENT_NAME: 'repository_dispatch', GITHUB_EVENT_PATH: payloadFile(dispatch) }).defaultBranchRun).toBe(false)
  })

  it('reads a merge queue group\'s base and head from a real merge_group payload, and compares it with the base', () => {
    const payload = example('merge_group', 'checks_requested') as { merge_group: { head_sha: string; base_sha: string } }
    const ctx = readRunnerContext({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: payloadFile(payload), GITHUB_SHA: payload.merge_group.head_sha })
    expect(ctx.mergeGroup).toEqual({ headSha: payload.merge_group.head_sha, baseSha: payload.merge_group.base_sha })
    expect(ctx.pullRequest).toBeUndefined()
    expect(ctx.defaultBranchRun).toBe(false)
    expect(ctx.sha).toBe(payload.merge_group.head_sha)
    expect(comparisonBase(ctx)).toBe(payload.merge_group.base_sha)
    expect(() => readRunnerContext({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: payloadFile({ merge_group: { head_sha: 'x' } }) })).toThrow(
      'GITHUB_EVENT_PATH: the merge_group payload names no merge_group.base_sha and head_sha'
    )
  })

  it('compares a pull request with its base, and a push with nothing', () => {
    const pr = example('pull_request', 'opened') as { pull_request: { base: { sha: string } } }
    expect(comparisonBase(readRunnerContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payloadFile(pr) }))).toBe(pr.pull_request.base.sha)
    expect(comparisonBase(readRunnerContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payloadFile(example('push')) }))).toBeUndefined()
  })

  it('says which file it could not read when the payload is broken', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cg-event-')), 'event.json')
    writeFileSync(path, '{ not json')
    expect(() => readRunnerContext({ GITHUB_EVENT_PATH: path })).toThrow(`GITHUB_EVENT_PATH: cannot read the event payload at ${path}`)
  })
})
