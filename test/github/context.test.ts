import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import examples from '@octokit/webhooks-examples/api.github.com/index.json' with { type: 'json' }
import { describe, expect, it } from 'vitest'
import { readRunnerContext } from '../../src/github/context.js'

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
    expect(ctx.defaultBranchPush).toBe(false)
    expect(ctx.runId).toBe('7')
    expect(ctx.sha).toBe(payload.pull_request.head.sha)
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
    expect(readRunnerContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payloadFile(onDefault) }).defaultBranchPush).toBe(true)
    expect(readRunnerContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payloadFile(elsewhere) }).defaultBranchPush).toBe(false)
    // A tag push carries the same repository, but its ref is refs/tags/…
    expect(readRunnerContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payloadFile({ ...push, ref: `refs/tags/${push.repository.default_branch}` }) }).defaultBranchPush).toBe(false)
  })

  it('says which file it could not read when the payload is broken', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cg-event-')), 'event.json')
    writeFileSync(path, '{ not json')
    expect(() => readRunnerContext({ GITHUB_EVENT_PATH: path })).toThrow(`GITHUB_EVENT_PATH: cannot read the event payload at ${path}`)
  })
})
