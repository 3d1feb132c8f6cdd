import { afterEach, describe, expect, it } from 'vitest'
import { createRestClient, GitHubUnreachableError, nextPageUrl } from '../../src/github/rest.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'

const TOKEN = 'ghp_T0k3nThatMustNotLeak'
const noWait = { retryDelaysMs: [0, 0], sleep: async () => {} }

let gh: FakeGitHub | undefined
afterEach(async () => {
  await gh?.close()
  gh = undefined
})

describe('createRestClient', () => {
  it("sends GitHub's headers, the token and a JSON body", async () => {
    gh = await startFakeGitHub()
    const client = createRestClient({ token: TOKEN, apiUrl: `${gh.url}/`, userAgent: 'container-gate/1.2.3' })

    const response = await client.request('POST', '/repos/octo-org/app/issues/1/comments', { body: 'hello' })

    expect(response).toMatchObject({ status: 201, attempts: 1, data: { body: 'hello', user: { login: 'github-actions[bot]' } } })
    expect(gh.requests[0]).toMatchObject({
      method: 'POST',
      path: '/repos/octo-org/app/issues/1/comments',
      body: { body: 'hello' },
      headers: {
        accept: 'application/vnd.github+json',
        authorization: 'Bearer ***',
        'content-type': 'application/json',
        'user-agent': 'container-gate/1.2.3',
        'x-github-api-version': '2022-11-28'
      }
    })
  })

  it('keeps the API path of GitHub Enterprise Server', async () => {
    gh = await startFakeGitHub()
    const client = createRestClient({ token: TOKEN, apiUrl: `${gh.url}/api/v3`, ...noWait })

    const response = await client.request('GET', '/user')

    expect(response.status).toBe(404)
    expect(gh.requests[0]!.path).toBe('/api/v3/user')
  })

  it('follows an absolute link on the API host but never sends the token elsewhere', async () => {
    gh = await startFakeGitHub({ comments: Array.from({ length: 3 }, (_, i) => ({ body: `c${i}` })) })
    const client = createRestClient({ token: TOKEN, apiUrl: gh.url })

    const first = await client.request<unknown[]>('GET', '/repos/octo-org/app/issues/1/comments?per_page=2')
    const next = nextPageUrl(first)!
    const second = await client.request<unknown[]>('GET', next)

    expect(next).toBe(`${gh.url}/repositories/123456789/issues/1/comments?per_page=2&page=2`)
    expect(second.data).toHaveLength(1)
    expect(nextPageUrl(second)).toBeUndefined()
    await expect(client.request('GET', 'https://attacker.example/steal')).rejects.toThrow(
      `Refusing to send the GitHub token to https://attacker.example: it is not the API host ${gh.url}.`
    )
  })

  it('retries a GET after a server error but not a POST, which may have landed', async () => {
    gh = await startFakeGitHub()
    const client = createRestClient({ token: TOKEN, apiUrl: gh.url, ...noWait })
    gh.failNext({ method: 'GET', path: /comments$/ }, { status: 503 })
    gh.failNext({ method: 'POST', path: /comments$/ }, { status: 503 })

    expect(await client.request('GET', '/repos/octo-org/app/issues/1/comments')).toMatchObject({ status: 200, attempts: 2 })
    expect(await client.request('POST', '/repos/octo-org/app/issues/1/comments', { body: 'x' })).toMatchObject({ status: 503, attempts: 1 })
  })

  it('names the reason it cannot connect, after every attempt', async () => {
    gh = await startFakeGitHub()
    const url = gh.url
    await gh.close()
    gh = undefined
    const client = createRestClient({ token: TOKEN, apiUrl: url, ...noWait })

    const error = await client.request('GET', '/user').catch((e: unknown) => e)

    expect(error).toBeInstanceOf(GitHubUnreachableError)
    expect((error as Error).message).toBe(
      `GET ${url}/user: cannot connect (ECONNREFUSED) on each of 3 attempts. Check GITHUB_API_URL and the runner's network, or re-run the job if GitHub is having an outage.`
    )
  })

  it('scrubs the token from error bodies only', async () => {
    gh = await startFakeGitHub({ comments: [{ body: `not a secret to GitHub: ${TOKEN}` }] })
    const client = createRestClient({ token: TOKEN, apiUrl: gh.url, ...noWait })
    gh.failNext({ method: 'GET', path: /^\/user$/ }, { status: 400, body: { message: `bad ${TOKEN}` } })

    expect((await client.request('GET', '/user')).data).toEqual({ message: 'bad ***' })
    expect((await client.request<{ body: string }[]>('GET', '/repos/octo-org/app/issues/1/comments')).data[0]!.body).toContain(TOKEN)
  })
})
