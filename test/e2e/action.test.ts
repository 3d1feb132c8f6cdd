// The committed bundle, run the way a GitHub runner runs it: a separate node process with INPUT_* variables,
// a real pull_request payload, GITHUB_API_URL on a loopback GitHub, the runner's files for outputs and
// summary, a real Docker engine and the stand-in trivy replaying a real report.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import examples from '@octokit/webhooks-examples/api.github.com/index.json' with { type: 'json' }
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dockerEngineForTests } from '../helpers/docker-engine.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'
import { trivyFixture, trivyStubCalls, trivyStubEnv } from '../helpers/trivy-stub.js'

const bundle = fileURLToPath(new URL('../../dist/index.cjs', import.meta.url))
const engine = await dockerEngineForTests()

interface PullRequestEvent {
  action: string
  number: number
  repository: { full_name: string }
  pull_request: { head: { sha: string } }
}

function pullRequestPayload(action: string): PullRequestEvent {
  const group = (examples as Array<{ name: string; examples: unknown[] }>).find((e) => e.name === 'pull_request')
  const payload = group?.examples.find((e) => (e as PullRequestEvent).action === action)
  if (!payload) throw new Error(`@octokit/webhooks-examples has no pull_request.${action} payload`)
  return payload as PullRequestEvent
}

interface RunnerResult {
  status: number | null
  stdout: string
  summary: string
  outputs: Record<string, string>
}

/** The runner's GITHUB_OUTPUT file format: `name<<DELIMITER`, value lines, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const end = lines.indexOf(m[2], i + 1)
    outputs[m[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}

describe.skipIf(!engine.ok)('the bundled action on a pull request', () => {
  let github: FakeGitHub
  let workspace: string
  let runs: RunnerResult[]
  let trivyLog: string
  const opened = pullRequestPayload('opened')
  const synchronize = pullRequestPayload('synchronize')
  const token = 'ghs_e2eTokenThatMustNeverBePrinted0001'

  /** Asynchronous on purpose: the loopback GitHub lives in this process and must keep answering meanwhile. */
  async function runAction(event: PullRequestEvent, name: string): Promise<RunnerResult> {
    const dir = mkdtempSync(join(tmpdir(), `cg-runner-${name}-`))
    const eventPath = join(dir, 'event.json')
    const outputPath = join(dir, 'output')
    const summaryPath = join(dir, 'summary.md')
    writeFileSync(eventPath, JSON.stringify(event))
    writeFileSync(outputPath, '')
    writeFileSync(summaryPath, '')
    const child = spawn(process.execPath, [bundle], {
      cwd: workspace,
      env: {
        ...trivyStubEnv({ report: trivyFixture('trivy-golden-alpine-39.json'), log: trivyLog }),
        HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: event.repository.full_name,
        GITHUB_SHA: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: '4242',
        GITHUB_OUTPUT: outputPath,
        GITHUB_STEP_SUMMARY: summaryPath,
        RUNNER_TEMP: dir,
        'INPUT_GITHUB-TOKEN': token,
        INPUT_DOCKERFILE: 'Dockerfile',
        'INPUT_BUILD-ARGS': `BASE=${(engine as { baseImage: string }).baseImage}\nGREETING=hello`
      }
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return { status, stdout, summary: readFileSync(summaryPath, 'utf8'), outputs: parseOutputs(readFileSync(outputPath, 'utf8')) }
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
    runs = [await runAction(opened, 'opened')]
    // The author pushes a fix for the root user: the same pull request, a new run, the comment must follow.
    writeFileSync(join(workspace, 'Dockerfile'), dockerfile(['USER 65534']))
    runs.push(await runAction(synchronize, 'synchronize'))
  }, 180_000)

  afterAll(async () => {
    await github?.close()
  })

  it('fails the step: the image has CRITICAL vulnerabilities and the Dockerfile an error', () => {
    for (const run of runs) {
      expect(run.status, run.stdout).toBe(1)
      expect(run.stdout).toMatch(/::error::Container Gate failed: .*2 CRITICAL/)
    }
  })

  it('annotates the exact Dockerfile lines', () => {
    const stdout = runs[0].stdout
    expect(stdout).toMatch(/^::error title=CG001[^\n]*file=Dockerfile,line=2::/m)
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
    expect(ours[0].body).toContain('CVE-')
    const writes = github.requests.filter((r) => r.method !== 'GET').map((r) => r.method)
    expect(writes).toEqual(['POST', 'PATCH'])
    expect(ours[0].body).not.toContain('CG001')
    expect(runs[1].outputs['comment-url']).toBe(ours[0].html_url)
  })

  it('writes the job summary, its first line saying why the gate failed', () => {
    const firstLine = runs[0].summary.trimStart().split('\n')[0]
    expect(firstLine).toMatch(/fail/i)
    expect(firstLine).toMatch(/CRITICAL/)
    expect(runs[0].summary).toContain('CG001')
  })

  it('sets every output', () => {
    const outputs = runs[0].outputs
    expect(outputs.result).toBe('fail')
    expect(outputs.critical).toBe('2')
    expect(outputs.high).toBe('0')
    expect(outputs.medium).toBe('4')
    expect(outputs['lint-errors']).toBe('1')
    expect(outputs['lint-warnings']).toBe('2')
    expect(runs[1].outputs['lint-errors']).toBe('0')
    expect(outputs['image-id']).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(Number(outputs['image-size'])).toBeGreaterThan(0)
    expect(outputs).toHaveProperty('sarif', '')
  })

  it('scans the image it built, with the argv the action promises', () => {
    const scans = trivyStubCalls(trivyLog).filter((argv) => argv[0] === 'image')
    expect(scans).toHaveLength(2)
    expect(scans[0]).toEqual(expect.arrayContaining(['--format', 'json', '--exit-code', '0']))
    expect(scans[0].at(-1)).toBe(`container-gate/hello-world:${opened.pull_request.head.sha.slice(0, 12)}`)
  })

  it('never prints the token, only registers it as a secret', () => {
    for (const run of runs) {
      const lines = run.stdout.split('\n').filter((line) => line.includes(token))
      expect(lines).toEqual([`::add-mask::${token}`])
    }
  })
})
