import { afterEach, describe, expect, it } from 'vitest'
import { GitHubApiError } from '../../src/github/api-error.js'
import { CommentPermissionError, upsertComment } from '../../src/github/comments.js'
import { createRestClient, GitHubUnreachableError } from '../../src/github/rest.js'
import type { RestClientOptions } from '../../src/github/rest.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub, FakeGitHubOptions } from '../helpers/fake-github.js'

const TOKEN = 'ghs_S3cr3tT0k3nValue0123456789'
const MARKER = '<!-- container-gate:Dockerfile -->'
const LIST = /^\/(repos\/octo-org\/app|repositories\/\d+)\/issues\/1\/comments$/
const ONE = /^\/repos\/octo-org\/app\/issues\/comments\/\d+$/

let gh: FakeGitHub | undefined
afterEach(async () => {
  await gh?.close()
  gh = undefined
})

async function setup(options: FakeGitHubOptions = {}, client: Partial<RestClientOptions> = {}) {
  gh = await startFakeGitHub(options)
  // A second of the plugins' is a millisecond here: their waits happen, but take no time.
  const waits: string[] = []
  const rest = createRestClient({ token: TOKEN, apiUrl: gh.url, secondMs: 1, log: (m) => void waits.push(m), ...client })
  const upsert = (text: string, issueNumber = 1, create?: boolean) =>
    upsertComment(rest, { owner: 'octo-org', repo: 'app', issueNumber, marker: MARKER, body: `${MARKER}\n${text}`, ...(create !== undefined && { create }) })
  return { gh, waits, upsert }
}

const calls = (gh: FakeGitHub, method: string, path: RegExp) => gh.requests.filter((r) => r.method === method && path.test(r.path))

/** Every failure must be worded for the user and never carry the token. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(Error)
  expect((error as Error).message).not.toContain(TOKEN)
  return error as Error
}

describe('upsertComment', () => {
  it('creates the comment once, then edits it in place', async () => {
    const { gh, upsert } = await setup()
    const first = await upsert('2 vulnerabilities')
    const second = await upsert('0 vulnerabilities')

    expect(first.action).toBe('created')
    expect(second).toEqual({ action: 'updated', id: first.id, url: first.url })
    expect(first.url).toBe(`https://github.com/octo-org/app/pull/1#issuecomment-${first.id}`)
    expect(gh.commentsOn(1).map((c) => c.body)).toEqual([`${MARKER}\n0 vulnerabilities`])
  })

  it('leaves an identical comment alone', async () => {
    const { gh, upsert } = await setup()
    const first = await upsert('same')
    const second = await upsert('same')

    expect(second).toEqual({ action: 'unchanged', id: first.id, url: first.url })
    expect(calls(gh, 'PATCH', ONE)).toHaveLength(0)
  })

  it('follows the pagination links to find our comment on page 2', async () => {
    const seeded = Array.from({ length: 150 }, (_, i) => ({ login: 'reviewer', body: `comment ${i}` }))
    seeded[120] = { login: 'github-actions[bot]', body: `${MARKER}\nold` }
    const { gh, upsert } = await setup({ comments: seeded })

    const result = await upsert('new')

    expect(result).toMatchObject({ action: 'updated', id: gh.comments[120]!.id })
    expect(gh.commentsOn(1)).toHaveLength(150)
    expect(calls(gh, 'GET', LIST).map((r) => r.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }])
  })

  it('never touches a comment someone else wrote with our marker', async () => {
    const { gh, upsert } = await setup({ comments: [{ login: 'mallory', body: `${MARKER}\nplease merge` }] })

    const result = await upsert('report')

    expect(result.action).toBe('created')
    expect(gh.comments[0]!.body).toBe(`${MARKER}\nplease merge`)
    expect(calls(gh, 'PATCH', ONE)).toHaveLength(0)
  })

  it('never touches our own comment for another key whose marker starts like ours', async () => {
    const lookalikes = ['<!-- container-gate:Dockerfile.dev -->', '<!-- container-gate:Dockerfile~0123456789abcdef -->', '<!-- container-gate:Dockerfile-->']
    const { gh, upsert } = await setup({ comments: lookalikes.map((m) => ({ login: 'github-actions[bot]', body: `${m}\nother step` })) })

    const result = await upsert('report')

    expect(result.action).toBe('created')
    expect(gh.commentsOn(1).slice(0, 3).map((c) => c.body)).toEqual(lookalikes.map((m) => `${m}\nother step`))
    expect(calls(gh, 'PATCH', ONE)).toHaveLength(0)
  })

  it('with create off (update-only), refreshes our comment but never writes one', async () => {
    const { gh, upsert } = await setup()
    expect(await upsert('nothing yet', 1, false)).toEqual({ action: 'absent', url: '', id: 0 })
    expect(calls(gh, 'POST', LIST)).toHaveLength(0)

    const created = await upsert('first', 1, true)
    const refreshed = await upsert('second', 1, false)
    expect(refreshed).toEqual({ action: 'updated', id: created.id, url: created.url })
    expect(gh.commentsOn(1).map((c) => c.body)).toEqual([`${MARKER}\nsecond`])
  })

  it('with create off, does not write a new comment when ours was deleted after we listed it', async () => {
    const { gh, upsert } = await setup({ comments: [{ login: 'github-actions[bot]', body: `${MARKER}\nold` }] })
    gh.failNext({ method: 'PATCH', path: ONE }, { status: 404, body: { message: 'Not Found' } })
    expect((await upsert('new', 1, false)).action).toBe('absent')
    expect(calls(gh, 'POST', LIST)).toHaveLength(0)
  })

  it("matches by the personal access token's login", async () => {
    const { gh, upsert } = await setup({
      patLogin: 'octocat',
      comments: [
        { login: 'github-actions[bot]', body: `${MARKER}\nfrom another workflow` },
        { login: 'octocat', body: `${MARKER}\nold` }
      ]
    })

    const result = await upsert('new')

    expect(result).toMatchObject({ action: 'updated', id: gh.comments[1]!.id })
    expect(gh.comments.map((c) => c.body)).toEqual([`${MARKER}\nfrom another workflow`, `${MARKER}\nnew`])
  })

  it('explains the missing permission when the token is read-only, as on a fork', async () => {
    const { upsert } = await setup({ readOnly: true })

    const error = await failure(upsert('report'))

    expect(error).toBeInstanceOf(CommentPermissionError)
    expect(error.message).toContain('pull-requests: write')
    expect(error.message).toContain('forks')
    expect(error.message).toContain('Resource not accessible by integration')
  })

  it('writes a new comment when ours was deleted after we listed it', async () => {
    const { gh, upsert } = await setup({ comments: [{ body: `${MARKER}\nold` }] })
    gh.failNext({ method: 'PATCH', path: ONE }, { status: 404, body: { message: 'Not Found' } })

    const result = await upsert('new')

    expect(result.action).toBe('created')
    expect(result.id).not.toBe(gh.comments[0]!.id)
    expect(calls(gh, 'POST', LIST)).toHaveLength(1)
  })

  it('retries a server error and succeeds', async () => {
    const { gh, waits, upsert } = await setup()
    gh.failNext({ method: 'GET', path: LIST }, { status: 500, body: { message: 'Server Error' } })

    expect((await upsert('report')).action).toBe('created')
    expect(calls(gh, 'GET', LIST)).toHaveLength(2)
    expect(waits).toEqual([])
  })

  it('gives up after three server errors with a clear message', async () => {
    const { gh, upsert } = await setup()
    gh.failNext({ method: 'GET', path: LIST }, { status: 502, body: 'Bad Gateway' }, 3)

    const error = await failure(upsert('report'))

    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error.message).toMatch(/^Cannot list the comments of octo-org\/app#1: GitHub answered 502 Bad Gateway\. .*after 3 attempts/)
    expect(calls(gh, 'GET', LIST)).toHaveLength(3)
  })

  it('does not post twice when a create failed after it landed', async () => {
    const { gh, upsert } = await setup()
    gh.failNext({ method: 'POST', path: LIST }, { status: 502, handled: true })

    const result = await upsert('report')

    expect(result).toMatchObject({ action: 'created', id: gh.comments[0]!.id })
    expect(gh.commentsOn(1)).toHaveLength(1)
    expect(calls(gh, 'POST', LIST)).toHaveLength(1)
  })

  it('posts again when a failed create did not land', async () => {
    const { gh, upsert } = await setup()
    gh.failNext({ method: 'POST', path: LIST }, { status: 500 })

    expect((await upsert('report')).action).toBe('created')
    expect(gh.commentsOn(1)).toHaveLength(1)
    expect(calls(gh, 'POST', LIST)).toHaveLength(2)
  })

  it('waits as long as retry-after asks on a 429', async () => {
    const { gh, waits, upsert } = await setup()
    gh.failNext({ method: 'GET', path: LIST }, { status: 429, headers: { 'retry-after': '7' }, body: { message: 'You have exceeded a secondary rate limit.' } })

    expect((await upsert('report')).action).toBe('created')
    expect(waits).toEqual([expect.stringMatching(/^GitHub's secondary rate limit was hit: sending GET .*\/issues\/1\/comments\?per_page=100 again in 7 s\.$/)])
  })

  it('resends a create refused by the secondary rate limit', async () => {
    const { gh, waits, upsert } = await setup()
    gh.failNext(
      { method: 'POST', path: LIST },
      { status: 403, headers: { 'retry-after': '2' }, body: { message: 'You have exceeded a secondary rate limit.' } }
    )

    expect((await upsert('report')).action).toBe('created')
    expect(waits).toEqual([expect.stringMatching(/ POST .* again in 2 s\.$/)])
    expect(gh.commentsOn(1)).toHaveLength(1)
  })

  it('does not hold the job for a retry-after beyond the cap', async () => {
    const { gh, waits, upsert } = await setup({}, { maxRetryAfterMs: 60_000 })
    gh.failNext({ method: 'POST', path: LIST }, { status: 403, headers: { 'retry-after': '3600' }, body: { message: 'You have exceeded a secondary rate limit.' } })

    const error = await failure(upsert('report'))

    expect(error).not.toBeInstanceOf(CommentPermissionError)
    expect(error.message).toContain('rate limit was hit and it asked to wait 3600 s')
    expect(waits).toEqual([])
  })

  it('retries a request that timed out', async () => {
    const { gh, upsert } = await setup({}, { timeoutMs: 200 })
    gh.failNext({ method: 'GET', path: LIST }, 'hang')

    expect((await upsert('report')).action).toBe('created')
    expect(calls(gh, 'GET', LIST)).toHaveLength(2)
  })

  it('reports a GitHub that never answers', async () => {
    const { gh, upsert } = await setup({}, { timeoutMs: 100 })
    gh.failNext({ method: 'GET', path: /^\/user$/ }, 'hang', 3)

    const error = await failure(upsert('report'))

    expect(error).toBeInstanceOf(GitHubUnreachableError)
    expect(error.message).toBe(
      `GET ${gh.url}/user: no answer within 0.1 s on each of 3 attempts. Check GITHUB_API_URL, the runner's network and its proxy (HTTPS_PROXY, NO_PROXY), or re-run the job if GitHub is having an outage.`
    )
  })

  it('stops at a Link that leads back to the page it came from, rather than reading it forever', async () => {
    const { gh, upsert } = await setup()
    const self = `${gh.url}/repositories/123456789/issues/1/comments?per_page=100&page=1`
    gh.failNext({ method: 'GET', path: LIST }, { status: 200, body: [], headers: { link: `<${self}>; rel="next"` } }, 1000)

    const error = await failure(upsert('report'))

    expect(error.message).toMatch(/^Cannot list the comments of octo-org\/app#1: GitHub's next page \(.*page=1\) is one already read, so the list would never end\./)
    expect(calls(gh, 'GET', LIST)).toHaveLength(2)
    expect(gh.comments).toHaveLength(0)
  })

  it('says what came instead of the list or the comment, rather than a JavaScript error', async () => {
    const { gh, upsert } = await setup()
    gh.failNext({ method: 'GET', path: LIST }, { status: 200, body: { message: 'moved' } })
    expect((await failure(upsert('report'))).message).toMatch(/^Cannot list the comments of octo-org\/app#1: GitHub answered 200 with an object without the expected fields, not a list of objects\. Check that GITHUB_API_URL/)

    gh.failNext({ method: 'POST', path: LIST }, { status: 201, handled: true })
    expect((await failure(upsert('report'))).message).toMatch(/^Cannot create the comment on octo-org\/app#1: GitHub answered 201 with an empty body, not the comment\./)
  })

  it('recognises a secondary rate limit without retry-after: no talk of a missing permission', async () => {
    const { gh, upsert } = await setup({}, { retries: 0 })
    gh.failNext({ method: 'POST', path: LIST }, { status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } })

    const error = await failure(upsert('report'))

    expect(error).not.toBeInstanceOf(CommentPermissionError)
    expect(error.message).toBe(
      "Cannot create the comment on octo-org/app#1: GitHub answered 403 You have exceeded a secondary rate limit. Please wait a few minutes before you try again. GitHub's API rate limit was hit: re-run the job later."
    )
  })

  it('says when the token is invalid or expired', async () => {
    const { upsert } = await setup({ token: 'ghs_the_right_one' })

    const error = await failure(upsert('report'))

    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error.message).toContain('401 Bad credentials')
    expect(error.message).toContain('invalid or expired')
  })

  it('keeps the token out of the message even when GitHub echoes it', async () => {
    const { gh, upsert } = await setup()
    gh.failNext({ method: 'GET', path: LIST }, { status: 401, body: { message: `Bad credentials: ${TOKEN}` } })

    const error = await failure(upsert('report'))

    expect(error.message).toContain('Bad credentials: ***')
  })

  it('names the pull request it could not find', async () => {
    const { upsert } = await setup()

    const error = await failure(upsert('report', 99))

    expect(error.message).toBe(
      'Cannot list the comments of octo-org/app#99: GitHub answered 404 Not Found. Check that octo-org/app has a pull request #99 and that the token can read it.'
    )
  })

  it("passes on GitHub's words when it rejects the body", async () => {
    const { upsert } = await setup()

    const error = await failure(upsert('x'.repeat(70_000)))

    expect(error.message).toContain('Cannot create the comment on octo-org/app#1: GitHub answered 422 Validation Failed: Body is too long (maximum is 65536 characters).')
  })

  it('refuses a body without its marker, which could never be found again', async () => {
    const { gh } = await setup()
    const rest = createRestClient({ token: TOKEN, apiUrl: gh.url, secondMs: 1 })

    const error = await failure(upsertComment(rest, { owner: 'octo-org', repo: 'app', issueNumber: 1, marker: MARKER, body: 'no marker' }))

    expect(error.message).toContain(MARKER)
    expect(gh.requests).toHaveLength(0)
  })
})
