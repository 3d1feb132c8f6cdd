// The committed bundle on a self-hosted runner behind a proxy: GITHUB_API_URL names a host that only the proxy can
// resolve, so the comment, the check run and the review reach the loopback GitHub through the proxy or not at all.
// Lint only (build: false, scan: false): no Docker engine needed.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pullRequestExample, runBundledAction } from '../helpers/bundled-action.js'
import type { BundledRun } from '../helpers/bundled-action.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'
import { startProxy } from '../helpers/http-proxy.js'
import type { LoopbackProxy } from '../helpers/http-proxy.js'

const HOST = 'api.github.test'

describe('the bundled action behind a proxy', () => {
  const opened = pullRequestExample()
  const token = 'ghs_e2eProxyTokenThatMustNeverBePrinted'
  let github: FakeGitHub
  let proxy: LoopbackProxy
  let run: BundledRun

  beforeAll(async () => {
    github = await startFakeGitHub({
      host: HOST,
      repository: opened.repository.full_name,
      pullRequests: [opened.number],
      headSha: opened.pull_request.head.sha,
      token,
      // The pull request adds the ADD line that DL3020 offers to fix.
      pullFiles: { [opened.number]: [{ filename: 'Dockerfile', patch: '@@ -0,0 +1,3 @@\n+FROM alpine:3.19\n+ADD app.sh /app.sh\n+USER 65534' }] }
    })
    proxy = await startProxy({ [HOST]: '127.0.0.1' })
    const workspace = mkdtempSync(join(tmpdir(), 'cg-proxy-workspace-'))
    writeFileSync(join(workspace, 'Dockerfile'), 'FROM alpine:3.19\nADD app.sh /app.sh\nUSER 65534\n')
    run = await runBundledAction({
      name: 'proxy',
      workspace,
      event: { name: 'pull_request', payload: opened },
      env: {
        GITHUB_REPOSITORY: opened.repository.full_name,
        GITHUB_SHA: opened.pull_request.head.sha,
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: '4343',
        HTTP_PROXY: proxy.url,
        HTTPS_PROXY: proxy.url,
        'INPUT_GITHUB-TOKEN': token,
        INPUT_DOCKERFILE: 'Dockerfile',
        INPUT_BUILD: 'false',
        INPUT_SCAN: 'false',
        INPUT_ANNOTATIONS: 'check-run',
        INPUT_SUGGESTIONS: 'true'
      }
    })
  }, 120_000)

  afterAll(async () => {
    await github?.close()
    await proxy?.close()
  })

  it('posts the comment, the check run and the review, and warns of nothing', () => {
    expect(run.stdout).not.toMatch(/::warning::/)
    expect(github.commentsOn(opened.number)).toHaveLength(1)
    expect(run.outputs['comment-url']).toBe(github.commentsOn(opened.number)[0]!.html_url)
    expect(github.checkRuns).toHaveLength(1)
    expect(github.reviews).toHaveLength(1)
    expect(github.reviewComments[0]).toMatchObject({ path: 'Dockerfile', line: 2 })
  })

  it('sent every call through the proxy, to the API host and nowhere else', () => {
    const writes = github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)
    expect(writes).toEqual([
      `POST /repos/${opened.repository.full_name}/check-runs`,
      `POST /repos/${opened.repository.full_name}/issues/${opened.number}/comments`,
      `POST /repos/${opened.repository.full_name}/pulls/${opened.number}/reviews`
    ])
    expect(proxy.requests.length).toBeGreaterThan(0)
    expect(proxy.requests.filter((r) => r.target !== new URL(github.url).host)).toEqual([])
  })

  it('never prints the token, only registers it as a secret', () => {
    expect(run.stdout.split('\n').filter((line) => line.includes(token))).toEqual([`::add-mask::${token}`])
  })
})
