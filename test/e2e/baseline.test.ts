// "What this pull request introduced", end to end: the bundled action runs on a push to the default branch and saves
// its baseline in the Actions cache, then on a pull request restores it and marks only what the pull request added.
// The cache is a loopback one speaking the service's v1 protocol to @actions/cache's real client; the workspace is a
// real git repository, so the changed lines come from git itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baselinePath } from '../../src/baseline/cache.js'
import { baselineRestoreKey } from '../../src/baseline/keys.js'
import { pullRequestExample, runBundledAction } from '../helpers/bundled-action.js'
import type { BundledRun } from '../helpers/bundled-action.js'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'
import { trivyFixture, trivyStubEnv } from '../helpers/trivy-stub.js'
import { startFakeActionsCache } from './fake-actions-cache.js'
import type { FakeActionsCache } from './fake-actions-cache.js'
import { git } from '../helpers/git.js'

const engine = await dockerEngine()
/** The vulnerability the pull request brings: the baseline's report lacks it. */
const ADDED = { id: 'CVE-2019-14697', pkg: 'musl-utils' }

type RunnerResult = BundledRun

describe('the bundled action against a baseline', needs('Docker', engine), () => {
  let github: FakeGitHub
  let cache: FakeActionsCache
  let workspace: string
  /** RUNNER_TEMP, the same for both runs, as on a hosted runner: the cache entry's version covers the file's path. */
  let runnerTemp: string
  let push: RunnerResult
  let pr: RunnerResult
  let comment = ''
  let base = ''
  const opened = pullRequestExample()
  const token = 'ghs_e2eBaselineTokenThatMustNeverBePrinted'

  async function runAction(name: string, event: { name: string; payload: unknown; runId: string }, report: string, inputs: Record<string, string> = {}): Promise<RunnerResult> {
    return runBundledAction({
      name,
      workspace,
      event: { name: event.name, payload: event.payload },
      env: {
        ...trivyStubEnv({ report, log: join(runnerTemp, `${name}-trivy.log`) }),
        GITHUB_REPOSITORY: opened.repository.full_name,
        GITHUB_SHA: git(workspace, 'rev-parse', 'HEAD'),
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: event.runId,
        RUNNER_TEMP: runnerTemp,
        ACTIONS_CACHE_URL: cache.url,
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
        'INPUT_GITHUB-TOKEN': token,
        'INPUT_BUILD-ARGS': `BASE=${(engine as { baseImage: string }).baseImage}`,
        // Trivy's DB cache stays out of it: only the baseline goes through the cache.
        INPUT_CACHE: 'false',
        ...inputs
      }
    })
  }

  beforeAll(async () => {
    github = await startFakeGitHub({ repository: opened.repository.full_name, pullRequests: [opened.number], token })
    cache = await startFakeActionsCache()
    workspace = mkdtempSync(join(tmpdir(), 'cg-workspace-'))
    runnerTemp = mkdtempSync(join(tmpdir(), 'cg-runner-temp-'))
    const full = JSON.parse(readFileSync(trivyFixture('trivy-golden-alpine-39.json'), 'utf8')) as { Results: Array<{ Vulnerabilities?: Array<{ VulnerabilityID: string; PkgName: string }> }> }
    const before = { ...full, Results: full.Results.map((r) => ({ ...r, Vulnerabilities: r.Vulnerabilities?.filter((v) => !(v.VulnerabilityID === ADDED.id && v.PkgName === ADDED.pkg)) })) }
    const beforeReport = join(runnerTemp, '..', `${runnerTemp.split('/').pop()}-before.json`)
    writeFileSync(beforeReport, JSON.stringify(before))

    // The default branch: runs as root (CG008 on line 2, from the built image), which the pull request leaves alone.
    git(workspace, 'init', '-q', '-b', opened.repository.default_branch)
    writeFileSync(join(workspace, 'Dockerfile'), ['ARG BASE', 'FROM ${BASE}', 'CMD ["true"]'].join('\n') + '\n')
    git(workspace, 'add', 'Dockerfile')
    git(workspace, 'commit', '-q', '-m', 'base')
    base = git(workspace, 'rev-parse', 'HEAD')
    push = await runAction(
      'push',
      { name: 'push', runId: '100', payload: { ref: `refs/heads/${opened.repository.default_branch}`, after: base, repository: opened.repository } },
      beforeReport
    )

    // The pull request writes a file and rewrites CMD in shell form (DL3025, a warning, on a changed line).
    writeFileSync(join(workspace, 'Dockerfile'), ['ARG BASE', 'FROM ${BASE}', 'RUN head -c 20000 /dev/zero > /padding', 'CMD cat /padding'].join('\n') + '\n')
    git(workspace, 'commit', '-q', '-am', 'pr')
    const head = git(workspace, 'rev-parse', 'HEAD')
    // Restored from the cache or not at all: the push run's file must not be what the pull request reads.
    rmSync(baselinePath(runnerTemp), { force: true })
    const payload = { ...opened, pull_request: { ...opened.pull_request, head: { ...opened.pull_request.head, sha: head }, base: { ...opened.pull_request.base, sha: base } } }
    github.setHead(head)
    pr = await runAction('pr', { name: 'pull_request', runId: '101', payload }, trivyFixture('trivy-golden-alpine-39.json'), { 'INPUT_FAIL-SCOPE': 'new' })
    comment = github.commentsOn(opened.number)[0]?.body ?? ''
  }, 180_000)

  afterAll(async () => {
    await github?.close()
    await cache?.close()
  })

  it('saves the default branch run as the Dockerfile\'s baseline, and posts nothing', () => {
    expect(push.stdout).toContain(`Baseline saved as ${baselineRestoreKey('Dockerfile')}${base}-100.`)
    expect(cache.keys()).toEqual([`${baselineRestoreKey('Dockerfile')}${base}-100`])
    expect(push.outputs['new-critical']).toBe('0')
  })

  it('restores it on the pull request and marks only the added vulnerability as new', () => {
    expect(pr.stdout).toContain(`Baseline: restored ${baselineRestoreKey('Dockerfile')}${base}-100 from the Actions cache.`)
    const marked = comment.split('\n').filter((l) => l.includes('🆕 new CRITICAL'))
    expect(marked).toHaveLength(1)
    expect(marked[0]).toContain(ADDED.id)
    expect(marked[0]).toContain(`<code>${ADDED.pkg}</code>`)
    expect(comment).toContain('| 🆕 new | 1 | 0 | 0 | 0 | 0 | 1 |')
    expect(comment).toMatch(/Compared with the baseline from the Actions cache \(commit [0-9a-f]{7}\), which had 5 vulnerabilities/)
    expect(comment).toMatch(/ against the baseline/)
    expect(pr.outputs).toMatchObject({ critical: '2', 'new-critical': '1', 'new-high': '0', 'new-lint-errors': '0' })
  })

  it('marks lint findings on changed lines only, from git\'s diff of the pull request', () => {
    expect(pr.stdout).toMatch(/^::warning title=DL3025[^\n]*file=Dockerfile,line=4::new in this PR: /m)
    expect(pr.stdout).toMatch(/^::error title=CG008[^\n]*file=Dockerfile,line=2::(?!new in this PR)/m)
  })

  it('with fail-scope new, fails on the new CRITICAL alone and says so', () => {
    expect(pr.status).toBe(1)
    expect(pr.stdout).toMatch(/::error::Container Gate failed: 1 new CRITICAL vulnerability \(fail-on-vuln: critical, fail-scope: new\)$/m)
    expect(pr.outputs.result).toBe('fail')
  })
})
