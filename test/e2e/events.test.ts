// Every event a workflow may run the gate on, end to end with real webhook payloads: a schedule saves the baseline a
// pull request and a merge queue read; fail-scope new with no base to compare with fails closed; pull_request_target
// refuses to build the pull request's checkout; a run whose commit is no longer the pull request's head leaves the
// newer run's comment alone.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baselineCommitKey } from '../../src/baseline/keys.js'
import { pullRequestExample, runBundledAction, webhookExample } from '../helpers/bundled-action.js'
import type { BundledRun, PullRequestEvent } from '../helpers/bundled-action.js'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'
import { trivyFixture, trivyStubEnv } from '../helpers/trivy-stub.js'
import { startFakeActionsCache } from './fake-actions-cache.js'
import type { FakeActionsCache } from './fake-actions-cache.js'
import { git } from '../helpers/git.js'

const engine = await dockerEngine()
/** The vulnerability the pull request brings: the base's report lacks it. */
const ADDED = { id: 'CVE-2019-14697', pkg: 'musl-utils' }

interface MergeGroupEvent {
  merge_group: { head_sha: string; base_sha: string }
}

describe('the bundled action on every event', needs('Docker', engine), () => {
  let github: FakeGitHub
  let cache: FakeActionsCache
  let workspace: string
  let runnerTemp: string
  let beforeReport: string
  let base = ''
  let head = ''
  const runs: Record<string, BundledRun> = {}
  let commentsBeforeTarget = ''
  const opened = pullRequestExample()
  const repository = opened.repository
  const token = 'ghs_e2eEventsTokenThatMustNeverBePrinted'
  const fullReport = trivyFixture('trivy-golden-alpine-39.json')

  function pullRequest(headSha: string): PullRequestEvent {
    return { ...opened, pull_request: { ...opened.pull_request, head: { ...opened.pull_request.head, sha: headSha }, base: { ...opened.pull_request.base, sha: base } } }
  }

  async function runAction(name: string, event: { name: string; payload: unknown; sha: string }, report: string, inputs: Record<string, string> = {}, api = github): Promise<BundledRun> {
    runs[name] = await runBundledAction({
      name,
      workspace,
      event: { name: event.name, payload: event.payload },
      env: {
        ...trivyStubEnv({ report, log: join(runnerTemp, `${name}-trivy.log`) }),
        GITHUB_REPOSITORY: repository.full_name,
        GITHUB_SHA: event.sha,
        GITHUB_API_URL: api.url,
        GITHUB_RUN_ID: String(300 + Object.keys(runs).length),
        GITHUB_WORKFLOW: 'gate',
        GITHUB_JOB: 'gate',
        RUNNER_TEMP: runnerTemp,
        ACTIONS_CACHE_URL: cache.url,
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
        'INPUT_GITHUB-TOKEN': token,
        'INPUT_BUILD-ARGS': `BASE=${(engine as { baseImage: string }).baseImage}`,
        INPUT_CACHE: 'false',
        ...inputs
      }
    })
    return runs[name]!
  }

  beforeAll(async () => {
    github = await startFakeGitHub({ repository: repository.full_name, pullRequests: [opened.number], token })
    cache = await startFakeActionsCache()
    workspace = mkdtempSync(join(tmpdir(), 'cg-events-'))
    runnerTemp = mkdtempSync(join(tmpdir(), 'cg-events-temp-'))
    const full = JSON.parse(readFileSync(fullReport, 'utf8')) as { Results: Array<{ Vulnerabilities?: Array<{ VulnerabilityID: string; PkgName: string }> }> }
    const before = { ...full, Results: full.Results.map((r) => ({ ...r, Vulnerabilities: r.Vulnerabilities?.filter((v) => !(v.VulnerabilityID === ADDED.id && v.PkgName === ADDED.pkg)) })) }
    beforeReport = join(mkdtempSync(join(tmpdir(), 'cg-events-reports-')), 'before.json')
    writeFileSync(beforeReport, JSON.stringify(before))

    git(workspace, 'init', '-q', '-b', repository.default_branch)
    writeFileSync(join(workspace, 'Dockerfile'), ['ARG BASE', 'FROM ${BASE}', 'CMD ["true"]'].join('\n') + '\n')
    git(workspace, 'add', 'Dockerfile')
    git(workspace, 'commit', '-q', '-m', 'base')
    base = git(workspace, 'rev-parse', 'HEAD')
    // A schedule has no webhook: the runner's payload is the cron line alone, on the default branch's newest commit.
    await runAction('schedule', { name: 'schedule', payload: { schedule: '0 6 * * 1' }, sha: base }, beforeReport)

    writeFileSync(join(workspace, 'Dockerfile'), ['ARG BASE', 'FROM ${BASE}', 'RUN echo queued > /queued', 'CMD ["true"]'].join('\n') + '\n')
    git(workspace, 'commit', '-q', '-am', 'pr')
    head = git(workspace, 'rev-parse', 'HEAD')
    github.setHead(head)
    await runAction('pr', { name: 'pull_request', payload: pullRequest(head), sha: head }, fullReport, { 'INPUT_FAIL-SCOPE': 'new' })

    const group = webhookExample<MergeGroupEvent>('merge_group')
    const queued = { ...group, merge_group: { ...group.merge_group, base_sha: base, head_sha: head } }
    await runAction('queue', { name: 'merge_group', payload: queued, sha: head }, fullReport, { 'INPUT_FAIL-SCOPE': 'new' })
    // The same queue entry without the added CRITICAL: the base's own debt does not block it.
    await runAction('queue-clean', { name: 'merge_group', payload: queued, sha: head }, beforeReport, { 'INPUT_FAIL-SCOPE': 'new' })

    // pull_request_target with the pull request's code checked out: the event's commit is the base branch's.
    commentsBeforeTarget = JSON.stringify(github.commentsOn(opened.number))
    await runAction('target', { name: 'pull_request_target', payload: pullRequest(head), sha: base }, fullReport)

    // No base to compare with: a push to another branch, a dispatch and a schedule of the default branch.
    const push = webhookExample<{ ref: string; repository: unknown }>('push')
    await runAction('push', { name: 'push', payload: { ...push, ref: 'refs/heads/feature' }, sha: head }, beforeReport, { 'INPUT_FAIL-SCOPE': 'new' })
    const dispatch = webhookExample<{ ref: string }>('workflow_dispatch')
    await runAction('dispatch', { name: 'workflow_dispatch', payload: dispatch, sha: head }, beforeReport, { 'INPUT_FAIL-SCOPE': 'new' })
    await runAction('schedule-new', { name: 'schedule', payload: { schedule: '0 6 * * 1' }, sha: head }, beforeReport, { 'INPUT_FAIL-SCOPE': 'new' })
  }, 300_000)

  afterAll(async () => {
    await github?.close()
    await cache?.close()
  })

  it('saves the scheduled run on the default branch as the baseline of its commit, which the pull request reads', () => {
    expect(runs.schedule!.stdout).toContain(`Baseline saved as ${baselineCommitKey('Dockerfile', base)}300.`)
    expect(runs.pr!.stdout).toContain(`Baseline: restored ${baselineCommitKey('Dockerfile', base)}300 from the Actions cache.`)
    expect(runs.pr!.status).toBe(1)
    expect(runs.pr!.stdout).toMatch(/::error::Container Gate failed: 1 new CRITICAL vulnerability \(fail-on-vuln: critical, fail-scope: new\)$/m)
  })

  it('compares a merge queue group with its base commit: fails on the CRITICAL the base lacks, passes on the base\'s own debt', () => {
    const queue = runs.queue!
    expect(queue.stdout).toContain(`Baseline: restored ${baselineCommitKey('Dockerfile', base)}300 from the Actions cache.`)
    expect(queue.status).toBe(1)
    expect(queue.outputs).toMatchObject({ result: 'fail', critical: '2', 'new-critical': '1' })
    expect(queue.stdout).toMatch(/::error::Container Gate failed: 1 new CRITICAL vulnerability \(fail-on-vuln: critical, fail-scope: new\)$/m)
    expect(queue.summary).toMatch(/Compared with the baseline from the Actions cache \(commit [0-9a-f]{7}\)/)
    const clean = runs['queue-clean']!
    expect(clean.status, clean.stdout).toBe(0)
    expect(clean.outputs).toMatchObject({ result: 'pass', critical: '1', 'new-critical': '0' })
    // Neither posts a comment: a merge queue has no pull request to write on.
    expect(queue.stdout).toContain('No pull request in this merge_group: no comment posted')
  })

  it('fails closed on a push, a dispatch and a schedule with fail-scope new: every finding judged, and a warning says so', () => {
    for (const name of ['push', 'dispatch', 'schedule-new']) {
      const run = runs[name]!
      expect(run.status, run.stdout).toBe(1)
      expect(run.outputs.result).toBe('fail')
      expect(run.stdout).toMatch(/::error::Container Gate failed: 1 CRITICAL vulnerability \(fail-on-vuln: critical\); 1 error lint finding \(fail-on-lint: error\)$/m)
      expect(run.stdout).toMatch(/^::warning [^\n]*file=Dockerfile[^\n]*::Dockerfile: fail-scope is new, but without a baseline nothing can be told apart as new, so every finding is judged, as with fail-scope: all\. No baseline: a \w+ event has no base commit to compare with/m)
      expect(run.summary).toContain('> ℹ️ fail-scope is new, but without a baseline nothing can be told apart as new, so every finding is judged, as with fail-scope\\: all.')
    }
  })

  it('saves a baseline on a dispatch of the default branch too, and never on a push to another branch', () => {
    expect(runs.dispatch!.stdout).toContain(`Baseline saved as ${baselineCommitKey('Dockerfile', head)}`)
    expect(runs.push!.stdout).not.toContain('Baseline saved')
  })

  it('refuses to build the pull request\'s checkout under pull_request_target, and posts nothing', () => {
    const target = runs.target!
    expect(target.status).toBe(1)
    expect(target.stdout).toMatch(/::error::Refusing to build: this pull_request_target run holds a write token and the repository's secrets, and the workspace is commit [0-9a-f]{12}, not [0-9a-f]{12}/)
    expect(target.stdout).toContain('examples/fork-safe-gate.yml and examples/fork-safe-report.yml')
    expect(target.stdout).toContain('allow-untrusted-build: true')
    expect(target.stdout).not.toContain('docker build')
    expect(JSON.stringify(github.commentsOn(opened.number))).toBe(commentsBeforeTarget)
  })

  it('never prints the token', () => {
    for (const run of Object.values(runs)) expect(run.stdout.split('\n').filter((line) => line.includes(token))).toEqual([`::add-mask::${token}`])
  })
})

describe('a run that finishes after a newer push', needs('Docker', engine), () => {
  let github: FakeGitHub
  let workspace: string
  let newer: BundledRun
  let older: BundledRun
  let newerBody = ''
  let newerUpdated = ''
  let writesBeforeOlder = 0
  const writes = (): number => github.requests.filter((r) => r.method !== 'GET').length
  const opened = pullRequestExample()
  const token = 'ghs_e2eStaleTokenThatMustNeverBePrinted'
  const [older1, newer1] = ['1'.repeat(40), '2'.repeat(40)]

  function run(name: string, headSha: string, inputs: Record<string, string> = {}): Promise<BundledRun> {
    const payload = { ...opened, pull_request: { ...opened.pull_request, head: { ...opened.pull_request.head, sha: headSha } } }
    return runBundledAction({
      name,
      workspace,
      event: { name: 'pull_request', payload },
      env: {
        ...trivyStubEnv({ report: trivyFixture('trivy-golden-alpine-39.json'), log: join(workspace, '..', `${name}-trivy.log`) }),
        GITHUB_REPOSITORY: opened.repository.full_name,
        GITHUB_SHA: headSha,
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: name === 'newer' ? '2' : '1',
        'INPUT_GITHUB-TOKEN': token,
        'INPUT_BUILD-ARGS': `BASE=${(engine as { baseImage: string }).baseImage}`,
        INPUT_CACHE: 'false',
        INPUT_ANNOTATIONS: 'check-run',
        ...inputs
      }
    })
  }

  beforeAll(async () => {
    github = await startFakeGitHub({ repository: opened.repository.full_name, pullRequests: [opened.number], token, headSha: newer1 })
    workspace = mkdtempSync(join(tmpdir(), 'cg-stale-'))
    writeFileSync(join(workspace, 'Dockerfile'), ['ARG BASE', 'FROM ${BASE}', 'CMD echo ready'].join('\n') + '\n')
    newer = await run('newer', newer1)
    newerBody = github.commentsOn(opened.number)[0]?.body ?? ''
    newerUpdated = github.commentsOn(opened.number)[0]?.updated_at ?? ''
    writesBeforeOlder = writes()
    // The run for the older commit finishes last, with a different report.
    writeFileSync(join(workspace, 'Dockerfile'), ['ARG BASE', 'FROM ${BASE}', 'USER 65534', 'CMD echo older'].join('\n') + '\n')
    older = await run('older', older1)
  }, 180_000)

  afterAll(async () => {
    await github?.close()
  })

  it('leaves the newer run\'s comment, check run and review alone, and says so in its own summary', () => {
    expect(newer.stdout).toContain('Pull-request comment created')
    const comments = github.commentsOn(opened.number)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toBe(newerBody)
    expect(comments[0]!.updated_at).toBe(newerUpdated)
    expect(github.checkRuns).toHaveLength(1)
    // Not one write: no comment, no check run, no review.
    expect(writes()).toBe(writesBeforeOlder)
    const said = `Pull request #${opened.number}'s head is now ${newer1.slice(0, 12)}, not ${older1.slice(0, 12)}, the commit this run gated`
    expect(older.stdout).toContain(`::warning::${said}`)
    expect(older.summary).toContain(said)
    // Its verdict still decides its own step.
    expect(older.status).toBe(1)
  })

  it('reads the pull request once per run', () => {
    expect(github.requests.filter((r) => r.method === 'GET' && /\/pulls\/\d+$/.test(r.path))).toHaveLength(2)
  })

  it('asks GitHub nothing when it will write nothing on the pull request', async () => {
    const before = github.requests.length
    // No comment, annotations in the log, and no finding with a fix to suggest.
    writeFileSync(join(workspace, 'Dockerfile'), ['ARG BASE', 'FROM ${BASE}', 'USER 65534', 'HEALTHCHECK CMD ["true"]', 'CMD ["true"]'].join('\n') + '\n')
    const quiet = await run('quiet', newer1, { INPUT_COMMENT: 'never', INPUT_ANNOTATIONS: 'true' })
    expect(quiet.outputs.result, quiet.stdout).toBe('fail')
    expect(github.requests.slice(before)).toEqual([])
  }, 180_000)
})

describe('three failing Dockerfiles of 4,000 vulnerabilities each, in one comment', needs('Docker', engine), () => {
  let github: FakeGitHub
  let run: BundledRun
  let comment = ''
  let criticals: string[] = []
  const opened = pullRequestExample()
  const token = 'ghs_e2eBudgetTokenThatMustNeverBePrinted'
  const dockerfiles = ['services/api/Dockerfile', 'services/web/Dockerfile', 'services/worker/Dockerfile']

  beforeAll(async () => {
    github = await startFakeGitHub({ repository: opened.repository.full_name, pullRequests: [opened.number], token, headSha: opened.pull_request.head.sha })
    const workspace = mkdtempSync(join(tmpdir(), 'cg-budget-'))
    for (const dockerfile of dockerfiles) {
      mkdirSync(join(workspace, dockerfile, '..'), { recursive: true })
      writeFileSync(join(workspace, dockerfile), ['ARG BASE', 'FROM ${BASE}', 'USER 65534', 'CMD ["true"]'].join('\n') + '\n')
    }
    // The real report's vulnerabilities repeated under new IDs, 4,000 in all; the stand-in trivy replays it for each image.
    type Result = { Vulnerabilities?: Array<{ VulnerabilityID: string; Severity: string }> }
    const real = JSON.parse(readFileSync(trivyFixture('realworld-ubuntu2204-144-vulns.json'), 'utf8')) as { Results: Result[] }
    const perResult = real.Results.map((r) => r.Vulnerabilities?.length ?? 0)
    const total = perResult.reduce((n, m) => n + m, 0)
    let made = 0
    const results = real.Results.map((r, k) => {
      const want = k === real.Results.length - 1 ? 4000 - made : Math.round((4000 * perResult[k]!) / total)
      made += want
      const vulns = r.Vulnerabilities ?? []
      return { ...r, Vulnerabilities: Array.from({ length: want }, (_, i) => ({ ...vulns[i % vulns.length]!, VulnerabilityID: `${vulns[i % vulns.length]!.VulnerabilityID}-R${i}-${k}` })) }
    })
    criticals = results.flatMap((r) => r.Vulnerabilities.filter((v) => v.Severity === 'CRITICAL').map((v) => v.VulnerabilityID))
    const report = join(mkdtempSync(join(tmpdir(), 'cg-budget-report-')), 'report.json')
    writeFileSync(report, JSON.stringify({ ...real, Results: results }))
    run = await runBundledAction({
      name: 'budget',
      workspace,
      event: { name: 'pull_request', payload: opened },
      env: {
        ...trivyStubEnv({ report, log: join(workspace, '..', 'budget-trivy.log') }),
        GITHUB_REPOSITORY: opened.repository.full_name,
        GITHUB_SHA: opened.pull_request.head.sha,
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: '9',
        'INPUT_GITHUB-TOKEN': token,
        'INPUT_BUILD-ARGS': `BASE=${(engine as { baseImage: string }).baseImage}`,
        INPUT_CACHE: 'false',
        INPUT_DOCKERFILE: 'services/*/Dockerfile'
      }
    })
    comment = github.commentsOn(opened.number)[0]?.body ?? ''
  }, 180_000)

  afterAll(async () => {
    await github?.close()
  })

  it('fits the limit and lists every CRITICAL of each Dockerfile, as a row or named where its rows were cut', () => {
    expect(run.status).toBe(1)
    expect(comment.length).toBeGreaterThan(60_000)
    expect(comment.length).toBeLessThanOrEqual(65_536)
    expect(criticals.length).toBeGreaterThan(100)
    const starts = dockerfiles.map((d) => comment.indexOf(`Container Gate failed for <code>${d}</code>`))
    expect(starts.every((at) => at > 0)).toBe(true)
    dockerfiles.forEach((dockerfile, i) => {
      const section = comment.slice(starts[i], starts[i + 1] ?? comment.length)
      expect(criticals.filter((id) => !section.includes(id)), dockerfile).toEqual([])
    })
    // None of the lower detail is shown while a CRITICAL is only named.
    expect(comment).not.toMatch(/^\| (HIGH|MEDIUM|LOW) \|/m)
  })
})
