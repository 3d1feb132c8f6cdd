import { afterEach, describe, expect, it } from 'vitest'
import { createRestClient, GitHubTokenError, GitHubUnreachableError, nextPageUrl } from '../../src/github/rest.js'
import type { RestClientOptions } from '../../src/github/rest.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'

const TOKEN = 'ghp_T0k3nThatMustNotLeak'
const SECONDARY = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }

let gh: FakeGitHub | undefined
afterEach(async () => {
  await gh?.close()
  gh = undefined
})

/** A second of the plugins' is a millisecond here: their waits happen, but take no time. */
function client(options: Partial<RestClientOptions> & { apiUrl: string }) {
  const waits: string[] = []
  const rest = createRestClient({ token: TOKEN, secondMs: 1, log: (m) => void waits.push(m), ...options })
  return { rest, waits }
}

describe('createRestClient', () => {
  it("sends GitHub's headers, the token and a JSON body", async () => {
    gh = await startFakeGitHub()
    const { rest } = client({ apiUrl: `${gh.url}/`, userAgent: 'container-gate/1.2.3' })

    const response = await rest.request('POST', '/repos/octo-org/app/issues/1/comments', { body: 'hello' })

    expect(response).toMatchObject({ status: 201, attempts: 1, data: { body: 'hello', user: { login: 'github-actions[bot]' } } })
    expect(gh.requests[0]).toMatchObject({
      method: 'POST',
      path: '/repos/octo-org/app/issues/1/comments',
      body: { body: 'hello' },
      headers: {
        accept: 'application/vnd.github+json',
        authorization: 'token ***',
        'content-type': 'application/json; charset=utf-8',
        'x-github-api-version': '2022-11-28'
      }
    })
    // Octokit adds its own name after ours.
    expect(gh.requests[0]!.headers['user-agent']).toMatch(/^container-gate\/1\.2\.3 octokit-core\.js\//)
  })

  it('works under the API path of GitHub Enterprise Server, links included', async () => {
    gh = await startFakeGitHub({ basePath: '/api/v3', comments: Array.from({ length: 3 }, (_, i) => ({ body: `c${i}` })) })
    const { rest } = client({ apiUrl: gh.url })

    const first = await rest.request<unknown[]>('GET', '/repos/octo-org/app/issues/1/comments?per_page=2')
    const second = await rest.request<unknown[]>('GET', nextPageUrl(first)!)

    expect(gh.url).toMatch(/\/api\/v3$/)
    expect([first.status, first.data.length, second.data.length]).toEqual([200, 2, 1])
    expect(gh.requests.map((r) => r.path)).toEqual(['/api/v3/repos/octo-org/app/issues/1/comments', '/api/v3/repositories/123456789/issues/1/comments'])
  })

  it('follows an absolute link on the API host but never sends the token elsewhere', async () => {
    gh = await startFakeGitHub({ comments: Array.from({ length: 3 }, (_, i) => ({ body: `c${i}` })) })
    const { rest } = client({ apiUrl: gh.url })

    const first = await rest.request<unknown[]>('GET', '/repos/octo-org/app/issues/1/comments?per_page=2')
    const next = nextPageUrl(first)!
    const second = await rest.request<unknown[]>('GET', next)

    expect(next).toBe(`${gh.url}/repositories/123456789/issues/1/comments?per_page=2&page=2`)
    expect(second.data).toHaveLength(1)
    expect(nextPageUrl(second)).toBeUndefined()
    await expect(rest.request('GET', 'https://attacker.example/steal')).rejects.toThrow(
      `Refusing to send the GitHub token to https://attacker.example: it is not the API host ${gh.url}.`
    )
  })

  it('retries a GET after a server error but not a POST, which may have landed', async () => {
    gh = await startFakeGitHub()
    const { rest } = client({ apiUrl: gh.url })
    gh.failNext({ method: 'GET', path: /comments$/ }, { status: 503 })
    gh.failNext({ method: 'POST', path: /comments$/ }, { status: 503 })

    expect(await rest.request('GET', '/repos/octo-org/app/issues/1/comments')).toMatchObject({ status: 200, attempts: 2 })
    expect(await rest.request('POST', '/repos/octo-org/app/issues/1/comments', { body: 'x' })).toMatchObject({ status: 503, attempts: 1 })
  })

  it('resends a POST that a secondary rate limit refused, after the wait the plugin reads from retry-after', async () => {
    gh = await startFakeGitHub()
    const { rest, waits } = client({ apiUrl: gh.url })
    gh.failNext({ method: 'POST', path: /comments$/ }, { status: 403, headers: { 'retry-after': '7' }, body: SECONDARY })
    gh.failNext({ method: 'GET', path: /^\/user$/ }, { status: 429, headers: { 'retry-after': '2' }, body: SECONDARY })

    expect(await rest.request('POST', '/repos/octo-org/app/issues/1/comments', { body: 'x' })).toMatchObject({ status: 201, attempts: 2 })
    expect(await rest.request('GET', '/user')).toMatchObject({ status: 403, attempts: 2 })
    expect(waits).toEqual([
      `GitHub's secondary rate limit was hit: sending POST ${gh.url}/repos/octo-org/app/issues/1/comments again in 7 s.`,
      `GitHub's secondary rate limit was hit: sending GET ${gh.url}/user again in 2 s.`
    ])
  })

  it("waits the plugin's minute for a secondary rate limit without retry-after, and until the reset for the primary one", async () => {
    gh = await startFakeGitHub()
    const { rest, waits } = client({ apiUrl: gh.url })
    const reset = String(Math.floor(Date.now() / 1000) + 30)
    gh.failNext({ method: 'GET', path: /^\/user$/ }, { status: 403, body: SECONDARY })
    gh.failNext({ method: 'GET', path: /comments$/ }, { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded for installation ID 1.' } })

    expect((await rest.request('GET', '/user')).attempts).toBe(2)
    expect((await rest.request('GET', '/repos/octo-org/app/issues/1/comments')).status).toBe(200)
    expect(waits[0]).toMatch(/^GitHub's secondary rate limit was hit: .* again in 60 s\.$/)
    expect(waits[1]).toMatch(/^GitHub's rate limit was hit: .* again in (30|31) s\.$/)
  })

  it('gives up on a rate limit that asks for a longer wait than the cap, or after the last retry', async () => {
    gh = await startFakeGitHub()
    const { rest, waits } = client({ apiUrl: gh.url, maxRetryAfterMs: 60_000 })
    gh.failNext({ method: 'GET', path: /^\/user$/ }, { status: 429, headers: { 'retry-after': '3600' }, body: SECONDARY })
    gh.failNext({ method: 'GET', path: /comments$/ }, { status: 429, headers: { 'retry-after': '1' }, body: SECONDARY }, 3)

    expect(await rest.request('GET', '/user')).toMatchObject({ status: 429, attempts: 1 })
    expect(await rest.request('GET', '/repos/octo-org/app/issues/1/comments')).toMatchObject({ status: 429, attempts: 3 })
    expect(waits).toHaveLength(2)
  })

  it('names the reason it cannot connect, after every attempt', async () => {
    gh = await startFakeGitHub()
    const url = gh.url
    await gh.close()
    gh = undefined
    const { rest } = client({ apiUrl: url })

    const error = await rest.request('GET', '/user').catch((e: unknown) => e)

    expect(error).toBeInstanceOf(GitHubUnreachableError)
    expect((error as Error).message).toBe(
      `GET ${url}/user: cannot connect (ECONNREFUSED) on each of 3 attempts. Check GITHUB_API_URL, the runner's network and its proxy (HTTPS_PROXY, NO_PROXY), or re-run the job if GitHub is having an outage.`
    )
  })

  it('says what is wrong with a token that cannot be one, sends nothing, and never quotes it', async () => {
    gh = await startFakeGitHub()
    const cases: [string, string][] = [
      [`${TOKEN}\n${TOKEN}`, 'The github-token has a line break inside: a token is a single line.'],
      [`${TOKEN} x`, 'The github-token has a space inside: a token is a single word.'],
      [`${TOKEN}\u00e9`, 'The github-token has a character a token never has (a control or non-ASCII character).'],
      ['  ', 'The github-token is empty.']
    ]
    for (const [token, said] of cases) {
      const error = await createRestClient({ token, apiUrl: gh.url })
        .request('GET', '/user')
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(GitHubTokenError)
      expect((error as Error).message).toBe(`${said} Check the secret or expression given to github-token.`)
    }
    expect(gh.requests).toHaveLength(0)
    // A token read from a file with its final newline is still the token.
    expect((await createRestClient({ token: `${TOKEN}\n`, apiUrl: gh.url }).request('GET', '/user')).status).toBe(403)
  })

  it('scrubs the token from error bodies only', async () => {
    gh = await startFakeGitHub({ comments: [{ body: `not a secret to GitHub: ${TOKEN}` }] })
    const { rest } = client({ apiUrl: gh.url })
    gh.failNext({ method: 'GET', path: /^\/user$/ }, { status: 400, body: { message: `bad ${TOKEN}`, errors: [{ message: TOKEN }] } })

    expect((await rest.request('GET', '/user')).data).toEqual({ message: 'bad ***', errors: [{ message: '***' }] })
    expect((await rest.request<{ body: string }[]>('GET', '/repos/octo-org/app/issues/1/comments')).data[0]!.body).toContain(TOKEN)
  })
})
