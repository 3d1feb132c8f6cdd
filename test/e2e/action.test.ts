// The committed bundle, run the way a GitHub runner runs it: a separate node process with INPUT_* variables,
// a real pull_request payload, GITHUB_API_URL on a loopback GitHub, the runner's files for outputs and
// summary, a real Docker engine and the stand-in trivy replaying a real report.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pullRequestExample, runBundledAction } from '../helpers/bundled-action.js'
import type { BundledRun, PullRequestEvent } from '../helpers/bundled-action.js'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'
import { trivyFixture, trivyStubCalls, trivyStubEnv } from '../helpers/trivy-stub.js'

const engine = await dockerEngine()

type RunnerResult = BundledRun

describe('the bundled action on a pull request', needs('Docker', engine), () => {
  let github: FakeGitHub
  let forkApi: FakeGitHub
  let workspace: string
  let runs: RunnerResult[]
  /** The body of our comment after each run. */
  const bodies: string[] = []
  let trivyLog: string
  const opened = pullRequestExample('opened')
  const synchronize = pullRequestExample('synchronize')
  const token = 'ghs_e2eTokenThatMustNeverBePrinted0001'

  async function runAction(event: PullRequestEvent, name: string, api: FakeGitHub, inputs: Record<string, string> = {}): Promise<RunnerResult> {
    // Each run is for the pull request's newest push, so none of them finds its head moved on.
    api.setHead(event.pull_request.head.sha)
    const run = await runBundledAction({
      name,
      workspace,
      event: { name: 'pull_request', payload: event },
      env: {
        ...trivyStubEnv({ report: trivyFixture('trivy-golden-alpine-39.json'), log: trivyLog }),
        GITHUB_REPOSITORY: event.repository.full_name,
        GITHUB_SHA: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
        GITHUB_API_URL: api.url,
        GITHUB_RUN_ID: '4242',
        'INPUT_GITHUB-TOKEN': token,
        INPUT_DOCKERFILE: 'Dockerfile',
        'INPUT_BUILD-ARGS': `BASE=${(engine as { baseImage: string }).baseImage}\nGREETING=hello`,
        ...inputs
      }
    })
    bodies.push(github.commentsOn(event.number)[0]?.body ?? '')
    return run
  }

  beforeAll(async () => {
    const [owner, repo] = opened.repository.full_name.split('/')
    github = await startFakeGitHub({ repository: `${owner}/${repo}`, pullRequests: [opened.number], token })
    workspace = mkdtempSync(join(tmpdir(), 'cg-workspace-'))
    trivyLog = join(workspace, '..', `${workspace.split('/').pop()}-trivy.log`)
    const dockerfile = (user: string[]) =>
      [
        'ARG BASE',
        'FROM ${BASE}',
        'ARG GREETING',
        'RUN echo "::warning::injected by a Dockerfile" && echo "$GREETING" > /greeting',
        ...user,
        'CMD cat /greeting'
      ].join('\n') + '\n'
    writeFileSync(join(workspace, 'Dockerfile'), dockerfile([]))
    runs = [await runAction(opened, 'opened', github)]
    // The author pushes a fix for the root user: the same pull request, a new run, the comment must follow.
    writeFileSync(join(workspace, 'Dockerfile'), dockerfile(['USER 65534']))
    runs.push(await runAction(synchronize, 'synchronize', github, { INPUT_SARIF: 'reports/container-gate.sarif' }))
    // A fork's pull request: the token is read-only, so GitHub answers 403 to the comment.
    forkApi = await startFakeGitHub({ repository: opened.repository.full_name, pullRequests: [opened.number], token, readOnly: true })
    runs.push(await runAction(synchronize, 'fork', forkApi))
    runs.push(await runAction(synchronize, 'bogus-input', github, { 'INPUT_FAIL-ON-VULN': 'bogus' }))
    writeFileSync(join(workspace, 'Dockerfile'), ['ARG BASE', 'FROM ${BASE}', 'USER 65534', 'RUN exit 3', 'CMD ["true"]'].join('\n') + '\n')
    runs.push(await runAction(synchronize, 'build-fails', github))
  }, 180_000)

  afterAll(async () => {
    await github?.close()
    await forkApi?.close()
  })

  it('fails the step: the image has CRITICAL vulnerabilities and the Dockerfile an error', () => {
    for (const run of runs.slice(0, 3)) {
      expect(run.status, run.stdout).toBe(1)
      expect(run.stdout).toMatch(/::error::Container Gate failed: .*2 CRITICAL/)
    }
  })

  it('annotates the exact Dockerfile lines', () => {
    const stdout = runs[0].stdout
    // The built image's config decides the user: the root user from the base is CG008's, once, not CG001's too.
    expect(stdout).toMatch(/^::error title=CG008[^\n]*file=Dockerfile,line=2::/m)
    expect(stdout).not.toMatch(/title=CG001/)
    expect(stdout).toMatch(/^::warning title=DL3025[^\n]*file=Dockerfile,line=5::/m)
  })

  it('keeps the build output from issuing workflow commands', () => {
    const stdout = runs[0].stdout
    const stop = /^::stop-commands::([0-9a-f]+)$/m.exec(stdout)
    expect(stop).not.toBeNull()
    const start = stop!.index
    const end = stdout.indexOf(`::${stop![1]}::`, start)
    const injected = stdout.indexOf('::warning::injected by a Dockerfile')
    expect(injected).toBeGreaterThan(start)
    expect(injected).toBeLessThan(end)
  })

  it('posts exactly one comment, then updates it in place', () => {
    const ours = github.commentsOn(opened.number)
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain('<!-- container-gate:Dockerfile -->')
    expect(bodies[0]).toContain('CVE-2019-14697')
    expect(bodies[0]).toContain('CG008')
    expect(bodies[1]).toContain('CVE-2019-14697')
    expect(bodies[1]).not.toContain('CG008')
    const writes = github.requests.filter((r) => r.method !== 'GET').map((r) => r.method)
    // opened, synchronize, then the broken build; the bogus-input run never got as far as reporting.
    expect(writes).toEqual(['POST', 'PATCH', 'PATCH'])
    expect(ours[0].body).toMatch(/build failed/)
    expect(runs[1].outputs['comment-url']).toBe(ours[0].html_url)
  })

  it('writes the job summary, its first line saying why the gate failed', () => {
    const firstLine = runs[0].summary.trimStart().split('\n')[0]
    expect(firstLine).toMatch(/fail/i)
    expect(firstLine).toMatch(/CRITICAL/)
    expect(runs[0].summary).toContain('CG008')
  })

  it('sets every output', () => {
    const outputs = runs[0].outputs
    expect(outputs.result).toBe('fail')
    expect(outputs.critical).toBe('2')
    expect(outputs.high).toBe('0')
    expect(outputs.medium).toBe('4')
    // One cause, one finding: CG008 from the built image's own config (root, inherited from the base).
    expect(outputs['lint-errors']).toBe('1')
    // DL3025 and BuildKit's InvalidDefaultArgInFrom (ARG BASE has no default); CG002 waits for an EXPOSE.
    expect(outputs['lint-warnings']).toBe('2')
    expect(runs[1].outputs['lint-errors']).toBe('0')
    expect(outputs['image-id']).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(Number(outputs['image-size'])).toBeGreaterThan(0)
    expect(outputs).toHaveProperty('sarif', '')
  })

  it('writes SARIF where asked, with the lint findings and the vulnerabilities', () => {
    expect(runs[1].outputs.sarif).toBe('reports/container-gate.sarif')
    const sarif = JSON.parse(readFileSync(join(workspace, 'reports/container-gate.sarif'), 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    const ruleIds: string[] = sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)
    expect(ruleIds).toContain('DL3025')
    expect(ruleIds.filter((id) => id.startsWith('CVE-'))).toHaveLength(6)
  })

  it('on a fork pull request, warns about the missing permission and keeps the verdict', () => {
    const fork = runs[2]
    expect(fork.status).toBe(runs[1].status)
    expect(fork.outputs.result).toBe(runs[1].outputs.result)
    expect(fork.stdout).toMatch(/^::warning::The pull-request comment was not posted: .*pull-requests: write/m)
    expect(fork.outputs['comment-url']).toBe('')
    expect(forkApi.comments).toHaveLength(0)
  })

  it('stops on an invalid input before building anything, naming the input and the allowed values', () => {
    const bogus = runs[3]
    expect(bogus.status).toBe(1)
    expect(bogus.stdout).toContain('::error::input fail-on-vuln: "bogus" is not allowed. Use one of: critical, high, medium, low, unknown, none.')
    expect(bogus.stdout).not.toContain('::group::build')
  })

  it('fails on a broken build, annotating the failing instruction and putting the log tail in the summary', () => {
    const broken = runs[4]
    expect(broken.status).toBe(1)
    expect(broken.stdout).toMatch(/^::error [^\n]*file=Dockerfile,line=4::/m)
    expect(broken.outputs.result).toBe('fail')
    expect(broken.summary.split('\n')[0]).toMatch(/build failed/)
    expect(broken.summary).toContain('RUN exit 3')
  })

  it('scans the image it built, with the argv the action promises', () => {
    const scans = trivyStubCalls(trivyLog).filter((argv) => argv[0] === 'image' && !argv.includes('--download-db-only'))
    expect(scans).toHaveLength(3)
    expect(scans[0]).toEqual(expect.arrayContaining(['--format', 'json', '--exit-code', '0', '--skip-db-update']))
    // The DB was fetched while the image built, from the mirror list the action passes, so the scan skipped it.
    const downloads = trivyStubCalls(trivyLog).filter((argv) => argv.includes('--download-db-only'))
    expect(downloads.length).toBeGreaterThanOrEqual(3)
    expect(downloads[0]).toEqual(expect.arrayContaining(['--db-repository']))
    expect(scans[0].at(-1)).toBe(`container-gate/hello-world:${opened.pull_request.head.sha.slice(0, 12)}`)
  })

  it('never prints the token, only registers it as a secret', () => {
    for (const run of runs) {
      const lines = run.stdout.split('\n').filter((line) => line.includes(token))
      expect(lines).toEqual([`::add-mask::${token}`])
    }
  })
})
