import { afterEach, describe, expect, it } from 'vitest'
import { annotateWithCheckRun, CheckRunPermissionError, publishCheckRun } from '../../src/github/check-run.js'
import type { CheckRunTarget } from '../../src/github/check-run.js'
import { planCheckRun } from '../../src/github/check-run-annotations.js'
import { createRestClient } from '../../src/github/rest.js'
import type { LintFinding } from '../../src/types.js'
import { HEAD_SHA, startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub, FakeGitHubOptions } from '../helpers/fake-github.js'
import { finding, makeRun } from '../report/runs.js'

const TOKEN = 'ghs_CheckRunT0k3nThatMustNotLeak'
const CREATE = /^\/repos\/octo-org\/app\/check-runs$/
const UPDATE = /^\/repos\/octo-org\/app\/check-runs\/\d+$/
const TARGET: CheckRunTarget = { owner: 'octo-org', repo: 'app', headSha: HEAD_SHA, name: 'Container Gate: Dockerfile', detailsUrl: 'https://github.com/octo-org/app/actions/runs/42' }

let gh: FakeGitHub | undefined
afterEach(async () => {
  await gh?.close()
  gh = undefined
})

async function setup(options: FakeGitHubOptions = {}) {
  gh = await startFakeGitHub(options)
  // A second of the plugins' is a millisecond here: their waits happen, but take no time.
  const client = createRestClient({ token: TOKEN, apiUrl: gh.url, secondMs: 1 })
  return { gh, client }
}

const calls = (gh: FakeGitHub, method: string, path: RegExp) => gh.requests.filter((r) => r.method === method && path.test(r.path))
const sentAnnotations = (gh: FakeGitHub) => gh.requests.map((r) => (r.body as { output?: { annotations?: unknown[] } }).output?.annotations?.length)
const lint = (n: number): LintFinding[] => Array.from({ length: n }, (_, i) => finding(i + 1, i % 3 === 0 ? 'error' : 'warning', `DL${3000 + i}`, `message ${i}`))

/** The call's error; fails the test when the call succeeds. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(Error)
  return error as Error
}

describe('publishCheckRun', () => {
  it.each([
    { findings: 0, requests: [0] },
    { findings: 50, requests: [50] },
    { findings: 51, requests: [50, 1] },
    { findings: 130, requests: [50, 50, 30] }
  ])('publishes $findings findings in requests of $requests annotations', async ({ findings, requests }) => {
    const { gh, client } = await setup()
    const plan = planCheckRun(makeRun({ lint: lint(findings) }))

    const result = await publishCheckRun(client, TARGET, plan)

    expect(sentAnnotations(gh)).toEqual(requests)
    expect(calls(gh, 'POST', CREATE)).toHaveLength(1)
    expect(calls(gh, 'PATCH', UPDATE)).toHaveLength(requests.length - 1)
    expect(gh.checkRuns).toHaveLength(1)
    expect(result).toEqual({ id: gh.checkRuns[0]!.id, url: gh.checkRuns[0]!.html_url, annotations: findings })
    // Appended in the planned order, most important first, none lost or repeated.
    const stored = gh.checkRunAnnotations(result.id)
    expect(stored.map((a) => [a.start_line, a.annotation_level, a.title, a.message])).toEqual(
      plan.batches.flat().map((a) => [a.start_line, a.annotation_level, a.title, a.message])
    )
    expect(gh.checkRuns[0]!.output.annotations_count).toBe(findings)
  })

  it('creates the check run completed, on the head commit, with the verdict and the report', async () => {
    const { gh, client } = await setup()
    const plan = planCheckRun(makeRun({ lint: [finding(3, 'error')] }))

    await publishCheckRun(client, TARGET, plan)

    expect(calls(gh, 'POST', CREATE)[0]!.body).toMatchObject({
      name: 'Container Gate: Dockerfile',
      head_sha: HEAD_SHA,
      details_url: TARGET.detailsUrl,
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Failed: 1 lint finding', summary: plan.summary }
    })
    expect(gh.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure', head_sha: HEAD_SHA, app: { slug: 'github-actions' } })
  })

  it('retries an update that met a server error, and loses no annotation', async () => {
    const { gh, client } = await setup()
    gh.failNext({ method: 'PATCH', path: UPDATE }, { status: 502, body: 'Bad Gateway' })

    const result = await publishCheckRun(client, TARGET, planCheckRun(makeRun({ lint: lint(120) })))

    expect(result.annotations).toBe(120)
    expect(calls(gh, 'PATCH', UPDATE)).toHaveLength(3)
    expect(gh.checkRunAnnotations(result.id)).toHaveLength(120)
  })

  it('says how many annotations made it when the updates keep failing', async () => {
    const { gh, client } = await setup()
    gh.failNext({ method: 'PATCH', path: UPDATE }, { status: 500, body: { message: 'Server Error' } }, 3)

    const error = await failure(publishCheckRun(client, TARGET, planCheckRun(makeRun({ lint: lint(70) }))))

    expect(error.message).toMatch(/^Cannot add annotations to the check run https:\/\/github\.com\/octo-org\/app\/runs\/\d+ \(it has 50 of 70\): GitHub answered 500 Server Error\. .*after 3 attempts/)
  })

  it('does not resend a create that met a server error: it may have landed', async () => {
    const { gh, client } = await setup()
    gh.failNext({ method: 'POST', path: CREATE }, { status: 502, body: 'Bad Gateway' })

    const error = await failure(publishCheckRun(client, TARGET, planCheckRun(makeRun())))

    expect(error.message).toContain('Cannot create the check run "Container Gate: Dockerfile" on octo-org/app: GitHub answered 502 Bad Gateway.')
    expect(calls(gh, 'POST', CREATE)).toHaveLength(1)
  })

  it('says what came instead of the check run, rather than a JavaScript error', async () => {
    const { gh, client } = await setup()
    gh.failNext({ method: 'POST', path: CREATE }, { status: 201, body: null })

    const error = await failure(publishCheckRun(client, TARGET, planCheckRun(makeRun())))

    expect(error.message).toMatch(/^Cannot create the check run "Container Gate: Dockerfile" on octo-org\/app: GitHub answered 201 with an empty body, not the check run\./)
  })

  it('names the checks: write permission on a read-only token', async () => {
    const { gh, client } = await setup({ readOnly: true })

    const error = await failure(publishCheckRun(client, TARGET, planCheckRun(makeRun({ lint: lint(60) }))))

    expect(error).toBeInstanceOf(CheckRunPermissionError)
    expect(error.message).toContain('403 Resource not accessible by integration')
    expect(error.message).toContain('`checks: write`')
    expect(error.message).not.toContain(TOKEN)
    expect(gh.requests).toHaveLength(1)
  })

  it('refuses a head that is not a commit SHA before calling GitHub', async () => {
    const { gh, client } = await setup()

    const error = await failure(publishCheckRun(client, { ...TARGET, headSha: '' }, planCheckRun(makeRun())))

    expect(error.message).toContain('is not a commit SHA')
    expect(gh.requests).toHaveLength(0)
  })
})

describe('annotateWithCheckRun', () => {
  it('reports the published check run', async () => {
    const { client } = await setup()

    const outcome = await annotateWithCheckRun(client, TARGET, makeRun({ lint: lint(51) }))

    expect(outcome).toEqual({ published: expect.objectContaining({ annotations: 51 }) })
  })

  it('falls back with one warning that names checks: write when the token is read-only', async () => {
    const { gh, client } = await setup({ readOnly: true })

    const outcome = await annotateWithCheckRun(client, TARGET, makeRun({ lint: lint(130) }))

    expect(outcome).toEqual({ fallback: expect.stringContaining('`checks: write`') })
    expect((outcome as { fallback: string }).fallback).toMatch(/workflow commands instead, which GitHub shows only 10 of per level\.$/)
    expect(gh.requests.map((r) => r.method)).toEqual(['POST'])
    expect(gh.checkRuns).toHaveLength(0)
  })

  it('falls back when GitHub cannot be reached, rather than throwing', async () => {
    const { client } = await setup()
    await gh!.close()
    gh = undefined

    const outcome = await annotateWithCheckRun(client, TARGET, makeRun())

    expect(outcome).toEqual({ fallback: expect.stringContaining('cannot connect') })
  })
})

describe('the loopback check-runs endpoints', () => {
  it('refuse more than 50 annotations in one request, as GitHub does', async () => {
    const { gh, client } = await setup()
    const annotations = planCheckRun(makeRun({ lint: lint(51) })).batches.flat()

    const response = await client.request('POST', '/repos/octo-org/app/check-runs', {
      name: 'x',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'neutral',
      output: { title: 't', summary: 's', annotations }
    })

    expect(response.status).toBe(422)
    expect(response.data).toMatchObject({ message: 'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.' })
    expect(gh.checkRuns).toHaveLength(0)
  })

  it('refuse a commit the repository does not have', async () => {
    const { client } = await setup()

    const response = await client.request('POST', '/repos/octo-org/app/check-runs', { name: 'x', head_sha: 'f'.repeat(40) })

    expect(response.status).toBe(422)
    expect(response.data).toMatchObject({ message: `No commit found for SHA: ${'f'.repeat(40)}` })
  })
})
