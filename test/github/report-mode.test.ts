// mode: report over results files: what it reads, what it refuses, and the pull request it will post on.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { RunnerContext } from '../../src/github/context.js'
import { readInputs } from '../../src/github/inputs.js'
import { readReportMode } from '../../src/github/report-mode.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'
import { META, richResults } from '../results/results.js'

const TOKEN = 'ghs_reportModeToken0123456789'
let github: FakeGitHub | undefined
afterEach(async () => {
  await github?.close()
  github = undefined
})

function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-report-mode-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content))
  return dir
}

function context(dir: string, extra: Partial<RunnerContext> = {}): RunnerContext {
  return {
    workspace: dir,
    tempDir: dir,
    apiUrl: github?.url ?? 'http://127.0.0.1:9',
    serverUrl: 'https://github.com',
    repository: 'org/app',
    owner: 'org',
    repo: 'app',
    eventName: 'workflow_run',
    defaultBranchRun: false,
    eventSha: '',
    runId: '99',
    sha: 'f'.repeat(40),
    runUrl: 'https://github.com/org/app/actions/runs/99',
    ...extra
  }
}

function logs() {
  const said = { info: [] as string[], warn: [] as string[] }
  return { said, log: { info: (m: string) => said.info.push(m), warn: (m: string) => said.warn.push(m) } }
}

const inputs = (dir: string, token = TOKEN) => readInputs({ INPUT_MODE: 'report', INPUT_RESULTS: '.', 'INPUT_GITHUB-TOKEN': token }, dir)
const workflowRun = (headSha: string, pullRequests: number[] = []) => ({ id: 5, headSha, event: 'pull_request', htmlUrl: 'https://github.com/org/app/actions/runs/5', pullRequests })

describe('readReportMode', () => {
  it('reads every results file once, however many copies were downloaded, and rebuilds links from this run', async () => {
    const results = richResults()
    const dir = folderWith({ 'a.json': results, 'copy.json': results, 'notes.txt': 'not read' })
    const { said, log } = logs()
    const { report, runner } = await readReportMode(inputs(dir), context(dir, { eventName: 'pull_request', pullRequest: { number: 3, headSha: 'c'.repeat(40), baseSha: '' } }), log)
    expect(report.runs.map((r) => r.dockerfile)).toEqual(['services/api/Dockerfile', 'services/web/Dockerfile'])
    expect(said.warn).toEqual([`copy.json repeats the results of a.json (the same step: ${META.key}); read once.`])
    // The event's pull request, not the file's; links from this run's context, not the file's.
    expect(runner.pullRequest?.number).toBe(3)
    expect(report.runs[0]!.context).toEqual({ serverUrl: 'https://github.com', repository: 'org/app', sha: 'c'.repeat(40), runUrl: 'https://github.com/org/app/actions/runs/99' })
    expect(report.verdict.pass).toBe(false)
  })

  it('posts on the pull request a workflow_run\'s results name once GitHub confirms its head', async () => {
    github = await startFakeGitHub({ repository: 'org/app', pullRequests: [7], token: TOKEN, headSha: 'abc123' })
    const dir = folderWith({ 'r.json': richResults() })
    const { runner } = await readReportMode(inputs(dir), context(dir, { workflowRun: workflowRun('abc123') }), logs().log)
    expect(runner.pullRequest).toEqual({ number: 7, headSha: 'abc123', baseSha: 'def456' })
    expect(runner.sha).toBe('abc123')
    expect(runner.runUrl).toBe('https://github.com/org/app/actions/runs/5')
  })

  it('posts nowhere when GitHub answers the pull request with an empty body, and says so rather than crash', async () => {
    github = await startFakeGitHub({ repository: 'org/app', pullRequests: [7], token: TOKEN, headSha: 'abc123' })
    github.failNext({ method: 'GET', path: /^\/repos\/org\/app\/pulls\/7$/ }, { status: 200 })
    const dir = folderWith({ 'r.json': richResults() })
    const { said, log } = logs()
    const { runner } = await readReportMode(inputs(dir), context(dir, { workflowRun: workflowRun('abc123') }), log)
    expect(runner.pullRequest).toBeUndefined()
    expect(said.warn).toEqual([expect.stringMatching(/^Pull request #7's head is unknown, not abc123, /)])
  })

  it('posts nowhere without a token to check the pull request with', async () => {
    const dir = folderWith({ 'r.json': richResults() })
    const { said, log } = logs()
    const { runner } = await readReportMode(inputs(dir, ''), context(dir, { workflowRun: workflowRun('abc123') }), log)
    expect(runner.pullRequest).toBeUndefined()
    expect(said.warn[0]).toMatch(/^No github-token to check that pull request #7 has the head abc123: nothing is posted on it/)
  })

  it('refuses results written for another commit than the run that triggered this one', async () => {
    const dir = folderWith({ 'r.json': richResults() })
    await expect(readReportMode(inputs(dir), context(dir, { workflowRun: workflowRun('0'.repeat(40)) }), logs().log)).rejects.toThrow(
      /^input results: a file was written for org\/app@abc123, but the workflow run 5 ran on org\/app@000000000000\. Download the artifacts of the run that triggered this one/
    )
  })

  it('refuses files that name different pull requests', async () => {
    const dir = folderWith({ 'a.json': richResults(), 'b.json': richResults({ ...META, key: 'other leg', pullRequest: { ...META.pullRequest!, number: 8 } }) })
    await expect(readReportMode(inputs(dir), context(dir, { workflowRun: workflowRun('abc123') }), logs().log)).rejects.toThrow('input results: the files name different pull requests (#7, #8).')
  })

  it.each(['../../etc/Dockerfile', '/etc/Dockerfile', 'C:/x/Dockerfile', 'a/../../b', 'line\nbreak'])('refuses a Dockerfile path out of the repository: %j', async (path) => {
    const results = richResults()
    results.runs[0]!.dockerfile = path
    const dir = folderWith({ 'r.json': results })
    await expect(readReportMode(inputs(dir), context(dir, { eventName: 'push' }), logs().log)).rejects.toThrow(/^input results: r\.json names the Dockerfile ".*", which is not a path inside the repository\./)
  })

  it('says when no results file is there', async () => {
    const dir = folderWith({})
    await expect(readReportMode(inputs(dir), context(dir), logs().log)).rejects.toThrow(/^input results: "\." matched no results file in/)
  })
})

describe('readReportMode with a tampered results file', () => {
  /** The first run of a real file, forged: verdict pass, policy "never fail", 4 CRITICALs, links to another site. */
  function forged() {
    const results = richResults()
    const run = results.runs[0]!
    const critical = run.scan.report!.vulnerabilities[0]!
    run.scan.report!.vulnerabilities = [0, 1, 2, 3].map((i) => ({ ...critical, id: `CVE-2024-${i}`, severity: 'CRITICAL' as const, introduced: true }))
    run.lint = run.lint.map((f, i) => ({ ...f, level: 'info' as const, docsUrl: i === 0 ? 'https://evil.example/phish' : f.docsUrl }))
    run.lint.push({ ...run.lint[0]!, code: 'SC2086', docsUrl: 'https://evil.example/sc' }, { ...run.lint[0]!, code: 'XX9999', docsUrl: 'https://evil.example/unknown' })
    run.policy = { failOnVuln: 'none', failOnLint: 'none', severities: ['CRITICAL'] }
    run.verdict = { pass: true, reasons: [] }
    results.runs = [run]
    return results
  }

  it('decides the verdict again from the findings under the report step\'s own fail-on-* inputs', async () => {
    const dir = folderWith({ 'forged.json': forged() })
    const pr = { eventName: 'pull_request', pullRequest: { number: 3, headSha: 'c'.repeat(40), baseSha: '' } }
    const { report } = await readReportMode(inputs(dir), context(dir, pr), logs().log)
    expect(report.verdict).toEqual({ pass: false, reasons: ['4 CRITICAL vulnerabilities (fail-on-vuln: critical)'] })
    expect(report.runs[0]!.policy).toMatchObject({ failOnVuln: 'CRITICAL', failOnLint: 'error' })
    const lenient = readInputs({ INPUT_MODE: 'report', INPUT_RESULTS: '.', 'INPUT_FAIL-ON-VULN': 'none' }, dir)
    expect((await readReportMode(lenient, context(dir, pr), logs().log)).report.verdict.pass).toBe(true)
  })

  it('links each finding to this project\'s page for its code, or to nothing, never to the file\'s URL', async () => {
    const dir = folderWith({ 'forged.json': forged() })
    const { report } = await readReportMode(inputs(dir), context(dir), logs().log)
    const links = report.runs[0]!.lint.map((f) => [f.code, f.docsUrl])
    expect(links).toContainEqual(['DL3059', 'https://github.com/hadolint/hadolint/wiki/DL3059'])
    expect(links).toContainEqual(['SC2086', 'https://www.shellcheck.net/wiki/SC2086'])
    expect(links).toContainEqual(['XX9999', undefined])
    expect(JSON.stringify(report)).not.toContain('evil.example')
  })
})
