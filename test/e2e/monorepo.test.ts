// Several Dockerfiles in one step, matrix legs, and `mode: report` reading their results files: the fan-in job of a
// matrix and the workflow_run half of the fork-safe pair. The bundled action, a real Docker engine, the stand-in
// trivy, a loopback GitHub, real webhook payloads.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseResultsFile } from '../../src/results/schema.js'
import { runBundledAction, webhookExample } from '../helpers/bundled-action.js'
import type { BundledRun } from '../helpers/bundled-action.js'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'
import { trivyFixture, trivyStubCalls, trivyStubEnv } from '../helpers/trivy-stub.js'

const engine = await dockerEngine()

interface PullRequestEvent {
  action: string
  number: number
  repository: { full_name: string }
  pull_request: { head: { sha: string } }
}

interface WorkflowRunEvent {
  workflow_run: { id: number; head_sha: string; event: string; html_url: string; pull_requests: Array<{ number: number }> }
}

describe('the bundled action on a monorepo, a matrix and the fork-safe pair', needs('Docker', engine), () => {
  const opened = webhookExample<PullRequestEvent>('pull_request', (e) => e.action === 'opened')
  const headSha = opened.pull_request.head.sha
  /** Another pull request of the repository, that a tampered results file names. */
  const other = opened.number + 100
  const token = 'ghs_e2eMonorepoTokenThatMustNeverBePrinted'
  let github: FakeGitHub
  /** The same repository after another push to the pull request: its head is no longer the gated commit. */
  let movedOn: FakeGitHub
  let workspace: string
  let trivyLog: string
  let monorepo: BundledRun
  let legs: BundledRun[]
  let fanIn: BundledRun
  let forkReport: BundledRun
  let staleReport: BundledRun
  let tamperedReport: BundledRun
  let resultsFolder: string
  let scopeNew: BundledRun

  function gate(name: string, inputs: Record<string, string>, job = 'gate'): Promise<BundledRun> {
    return runBundledAction({
      name,
      workspace,
      event: { name: 'pull_request', payload: opened },
      env: {
        ...trivyStubEnv({ report: trivyFixture('trivy-golden-alpine-39.json'), log: trivyLog }),
        GITHUB_REPOSITORY: opened.repository.full_name,
        GITHUB_SHA: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: '5151',
        GITHUB_WORKFLOW: 'Container Gate',
        GITHUB_JOB: job,
        INPUT_MATRIX: 'null',
        'INPUT_GITHUB-TOKEN': token,
        'INPUT_BUILD-ARGS': `BASE=${(engine as { baseImage: string }).baseImage}`,
        ...inputs
      }
    })
  }

  function report(name: string, event: { name: string; payload: unknown }, results: string, job = 'report', api = github): Promise<BundledRun> {
    return runBundledAction({
      name,
      workspace,
      event,
      env: {
        GITHUB_REPOSITORY: opened.repository.full_name,
        GITHUB_SHA: 'dddddddddddddddddddddddddddddddddddddddd',
        GITHUB_API_URL: api.url,
        GITHUB_RUN_ID: '6262',
        GITHUB_WORKFLOW: 'Container Gate report',
        GITHUB_JOB: job,
        INPUT_MATRIX: 'null',
        INPUT_MODE: 'report',
        INPUT_RESULTS: results,
        'INPUT_GITHUB-TOKEN': token,
        // No docker, no trivy: report mode must need neither.
        PATH: '/nonexistent'
      }
    })
  }

  function workflowRun(sha: string, prs: number[]): { name: string; payload: WorkflowRunEvent } {
    const payload = webhookExample<WorkflowRunEvent>('workflow_run', (e) => e.workflow_run !== undefined)
    Object.assign(payload.workflow_run, { id: 5151, head_sha: sha, event: 'pull_request', pull_requests: prs.map((number) => ({ number })) })
    return { name: 'workflow_run', payload }
  }

  beforeAll(async () => {
    github = await startFakeGitHub({ repository: opened.repository.full_name, pullRequests: [opened.number, other], token, headSha })
    movedOn = await startFakeGitHub({ repository: opened.repository.full_name, pullRequests: [opened.number], token, headSha: 'e'.repeat(40) })
    workspace = mkdtempSync(join(tmpdir(), 'cg-monorepo-'))
    trivyLog = join(workspace, '..', `${workspace.split('/').pop()}-trivy.log`)
    const write = (path: string, lines: string[]): void => {
      mkdirSync(join(workspace, path, '..'), { recursive: true })
      writeFileSync(join(workspace, path), lines.join('\n') + '\n')
    }
    // Each COPY finds its file only in its own folder: the build context is the Dockerfile's folder.
    write('services/api/api.txt', ['api'])
    write('services/api/Dockerfile', ['ARG BASE', 'FROM ${BASE}', 'COPY api.txt /api.txt', 'USER 65534', 'CMD ["cat", "/api.txt"]'])
    write('services/web/web.txt', ['web'])
    write('services/web/Dockerfile', ['ARG BASE', 'FROM ${BASE}', 'COPY web.txt /web.txt', 'CMD cat /web.txt'])
    write('services/legacy/Dockerfile', ['FROM scratch', 'RUN this would never build'])
    write('tools/Dockerfile.ci', ['ARG BASE', 'FROM ${BASE}', 'USER 65534', 'CMD ["true"]'])

    monorepo = await gate('monorepo', { INPUT_DOCKERFILE: 'services/*/Dockerfile\ntools/Dockerfile.*\n!services/legacy/Dockerfile' })
    // Two legs of one matrix job, one Dockerfile each; their results files go to one folder, as
    // actions/download-artifact with merge-multiple leaves them.
    resultsFolder = mkdtempSync(join(tmpdir(), 'cg-artifacts-'))
    legs = []
    for (const [leg, dockerfile] of [['api', 'services/api/Dockerfile'], ['web', 'services/web/Dockerfile']] as const) {
      const run = await gate(`leg-${leg}`, { INPUT_DOCKERFILE: dockerfile, INPUT_MATRIX: JSON.stringify({ service: leg }), INPUT_COMMENT: 'never' }, 'legs')
      cpSync(run.outputs['results-file']!, join(resultsFolder, run.outputs['results-file']!.split('/').pop()!))
      legs.push(run)
    }
    // No Actions cache here, so no baseline: with fail-scope new nothing counts as new, which the step must say.
    scopeNew = await gate('scope-new', { INPUT_DOCKERFILE: 'services/api/Dockerfile', 'INPUT_FAIL-SCOPE': 'new', INPUT_COMMENT: 'never' }, 'scope-new')
    fanIn = await report('fan-in', { name: 'pull_request', payload: opened }, resultsFolder)
    // The fork-safe pair: the same results, read by a workflow_run job with no pull request in its event.
    forkReport = await report('fork', workflowRun(headSha, []), `${resultsFolder}/*.json`, 'fork-report')
    // The gate ran on an older commit than the pull request's head now: nothing may be posted.
    staleReport = await report('stale', workflowRun(headSha, []), resultsFolder, 'stale-report', movedOn)
    // A results file that names another pull request than the run's own.
    const tampered = mkdtempSync(join(tmpdir(), 'cg-tampered-'))
    const file = JSON.parse(readFileSync(legs[0]!.outputs['results-file']!, 'utf8'))
    file.pullRequest.number = other
    writeFileSync(join(tampered, 'results.json'), JSON.stringify(file))
    tamperedReport = await report('tampered', workflowRun(headSha, [opened.number]), tampered, 'tampered-report')
  }, 300_000)

  afterAll(async () => {
    await github?.close()
    await movedOn?.close()
  })

  it('gates every Dockerfile the globs name, and none that a ! line leaves out', () => {
    expect(monorepo.status, monorepo.stdout).toBe(1)
    const scans = trivyStubCalls(trivyLog).filter((argv) => argv[0] === 'image' && !argv.includes('--download-db-only'))
    const tags = scans.slice(0, 3).map((argv) => argv.at(-1))
    expect(tags.slice(0, 2)).toEqual([
      `container-gate/hello-world-services-api-dockerfile:${headSha.slice(0, 12)}`,
      `container-gate/hello-world-services-web-dockerfile:${headSha.slice(0, 12)}`
    ])
    // A path with more than letters, digits and single slashes reads as far as it can, with a digest for the rest.
    expect(tags[2]).toMatch(new RegExp(`^container-gate/hello-world-tools-dockerfile-ci--[0-9a-f]{10}:${headSha.slice(0, 12)}$`))
    expect(monorepo.stdout).not.toContain('services/legacy')
    // Each build found its COPY source: the context was the Dockerfile's own folder.
    expect(monorepo.stdout).not.toMatch(/the image build failed/)
    expect(monorepo.outputs['image-id']!.split('\n')).toHaveLength(3)
    for (const id of monorepo.outputs['image-id']!.split('\n')) expect(id).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('prepares Trivy once for all the Dockerfiles of a step', () => {
    const calls = trivyStubCalls(trivyLog)
    const firstLeg = calls.findIndex((argv, i) => i > 0 && argv.includes('--download-db-only') && calls.slice(0, i).filter((a) => a[0] === 'image' && !a.includes('--download-db-only')).length === 3)
    const monorepoCalls = firstLeg < 0 ? calls : calls.slice(0, firstLeg)
    expect(monorepoCalls.filter((argv) => argv.includes('--download-db-only'))).toHaveLength(1)
  })

  it('groups the runner log by Dockerfile and says why the step failed, Dockerfile by Dockerfile', () => {
    expect(monorepo.stdout).toContain('::group::build: services/api/Dockerfile')
    expect(monorepo.stdout).toContain('::group::scan: tools/Dockerfile.ci')
    expect(monorepo.stdout).toMatch(/::error::Container Gate failed: services\/api\/Dockerfile: 2 CRITICAL.*; services\/web\/Dockerfile: /)
  })

  it('posts one comment for the step: an overview, then a section per Dockerfile', () => {
    const ours = github.commentsOn(opened.number).filter((c) => c.body?.includes('3 Dockerfiles'))
    expect(ours).toHaveLength(1)
    const body = ours[0]!.body!
    // Workflow, job, matrix (none) and the dockerfile input; the digest stands for the characters replaced.
    expect(body).toMatch(/^<!-- container-gate:Container-Gate-\/-gate-\/-services\/-\/Dockerfile,tools\/Dockerfile\.-,-services\/legacy\/Dockerfile~[0-9a-f]{16} -->\n/)
    expect(body).toContain('### ❌ Container Gate failed for 3 of 3 Dockerfiles')
    // One lint warning: BuildKit's InvalidDefaultArgInFrom (CG002 waits for an EXPOSE).
    expect(body).toContain('| <code>services/api/Dockerfile</code> | ❌ failed | 0 | 1 | 2 | 0 | 4 | – |')
    for (const dockerfile of ['services/api/Dockerfile', 'services/web/Dockerfile', 'tools/Dockerfile.ci']) {
      expect(body).toContain(`#### ❌ Container Gate failed for <code>${dockerfile}</code>`)
    }
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(monorepo.outputs['comment-url']).toBe(ours[0]!.html_url)
  })

  it('writes a results file with every Dockerfile, that the report mode reads', () => {
    const results = parseResultsFile(readFileSync(monorepo.outputs['results-file']!, 'utf8'), 'results')
    expect(results.runs.map((r) => r.dockerfile)).toEqual(['services/api/Dockerfile', 'services/web/Dockerfile', 'tools/Dockerfile.ci'])
    expect(results.pullRequest).toEqual({ number: opened.number, headSha, baseSha: expect.any(String) })
    expect(results.verdict.pass).toBe(false)
    expect(results.runs[0]!.build.facts?.layers.length).toBeGreaterThan(0)
  })

  it('gives each matrix leg its own results file and no comment with comment: never', () => {
    const files = legs.map((l) => l.outputs['results-file'])
    expect(new Set(files).size).toBe(2)
    for (const leg of legs) expect(leg.outputs['comment-url']).toBe('')
  })

  it('fans the legs in: one combined comment, summary and verdict, built from the results alone', () => {
    expect(fanIn.status, fanIn.stdout).toBe(1)
    expect(fanIn.stdout).toMatch(/Read 2 results files: 2 Dockerfile reports/)
    expect(fanIn.stdout).not.toMatch(/::group::build/)
    const body = github.commentsOn(opened.number).find((c) => c.html_url === fanIn.outputs['comment-url'])!.body!
    expect(body).toContain('Container Gate failed for 2 of 2 Dockerfiles')
    expect(body).toContain('| <code>services/api/Dockerfile</code> | ❌ failed |')
    expect(body).toContain('| <code>services/web/Dockerfile</code> | ❌ failed |')
    expect(fanIn.summary).toContain('Container Gate failed for 2 of 2 Dockerfiles')
    expect(fanIn.outputs.critical).toBe('4')
  })

  it('on workflow_run, comments on the pull request the results name once its head is the run\'s commit', () => {
    expect(forkReport.status, forkReport.stdout).toBe(1)
    expect(forkReport.outputs['comment-url']).toMatch(new RegExp(`/pull/${opened.number}#issuecomment-`))
    expect(github.requests.some((r) => r.method === 'GET' && r.path.endsWith(`/pulls/${opened.number}`))).toBe(true)
    // Links point at this repository and the verified head commit, whatever the files said.
    const body = github.commentsOn(opened.number).find((c) => c.html_url === forkReport.outputs['comment-url'])!.body!
    expect(body).toContain(`https://github.com/${opened.repository.full_name}/blob/${headSha}/services/api/Dockerfile#L`)
  })

  it('never posts on a pull request the results file was not written for', () => {
    expect(tamperedReport.status).toBe(1)
    expect(tamperedReport.stdout).toContain(`::error::input results: the files name pull request #${other}, but the workflow run 5151 belongs to #${opened.number}. Refusing to report on another pull request.`)
    expect(github.commentsOn(other)).toHaveLength(0)
  })

  it('posts nothing when the pull request has moved on from the commit the results were written for', () => {
    expect(staleReport.status).toBe(1)
    expect(staleReport.stdout).toMatch(/::warning::Pull request #\d+'s head is eeeeeeeeeeee, not [0-9a-f]{12}, the commit the workflow run built: nothing is posted on it/)
    expect(movedOn.comments).toHaveLength(0)
    expect(staleReport.summary).toContain('Container Gate failed for 2 of 2 Dockerfiles')
  })

  it('keeps one comment per step: the monorepo, the fan-in and the fork report each have their own', () => {
    const markers = github.commentsOn(opened.number).map((c) => /^<!-- container-gate:[^\n]* -->/.exec(c.body ?? '')?.[0])
    expect(markers).toHaveLength(3)
    expect(new Set(markers).size).toBe(3)
  })

  it('fails closed when fail-scope new has no baseline to tell what is new: every finding is judged, and the step says so', () => {
    expect(scopeNew.status).toBe(1)
    expect(scopeNew.stdout).toMatch(/^::warning [^\n]*file=services\/api\/Dockerfile[^\n]*::services\/api\/Dockerfile: fail-scope is new, but without a baseline nothing can be told apart as new, so every finding is judged, as with fail-scope: all\. No baseline: /m)
    expect(scopeNew.stdout).toMatch(/::error::Container Gate failed: 2 CRITICAL vulnerabilities \(fail-on-vuln: critical\)$/m)
  })

  it('never prints the token', () => {
    for (const run of [monorepo, ...legs, scopeNew, fanIn, forkReport, staleReport, tamperedReport]) {
      expect(run.stdout.split('\n').filter((line) => line.includes(token))).toEqual([`::add-mask::${token}`])
    }
  })
})
