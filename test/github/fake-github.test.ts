// The loopback GitHub is what the comment tests and the end-to-end test trust; check it answers like GitHub.
import { afterEach, describe, expect, it } from 'vitest'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'

let gh: FakeGitHub | undefined
afterEach(async () => {
  await gh?.close()
  gh = undefined
})

const auth = { authorization: 'Bearer ghs_x' }

describe('startFakeGitHub', () => {
  it('asks for authentication like GitHub does', async () => {
    gh = await startFakeGitHub()

    const response = await fetch(`${gh.url}/user`)

    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' })
  })

  it('answers GET /user as the token kind does', async () => {
    gh = await startFakeGitHub()
    const pat = await startFakeGitHub({ patLogin: 'octocat' })
    try {
      expect(await (await fetch(`${gh.url}/user`, { headers: auth })).json()).toMatchObject({ message: 'Resource not accessible by integration' })
      expect(await (await fetch(`${pat.url}/user`, { headers: auth })).json()).toMatchObject({ login: 'octocat', type: 'User' })
    } finally {
      await pat.close()
    }
  })

  it('pages with the links GitHub sends, 30 by default', async () => {
    gh = await startFakeGitHub({ comments: Array.from({ length: 95 }, (_, i) => ({ body: `c${i}`, login: 'someone' })) })

    const middle = await fetch(`${gh.url}/repos/octo-org/app/issues/1/comments?page=2`, { headers: auth })
    const page = (await middle.json()) as { body: string }[]
    const link = (n: number, rel: string) => `<${gh!.url}/repositories/123456789/issues/1/comments?per_page=30&page=${n}>; rel="${rel}"`

    expect(page.map((c) => c.body)).toEqual(Array.from({ length: 30 }, (_, i) => `c${30 + i}`))
    expect(middle.headers.get('link')).toBe([link(1, 'prev'), link(3, 'next'), link(4, 'last'), link(1, 'first')].join(', '))
  })

  it('serves one comment and 404s an unknown one', async () => {
    gh = await startFakeGitHub({ comments: [{ body: 'hi' }] })
    const { id } = gh.comments[0]!

    const found = await fetch(`${gh.url}/repos/octo-org/app/issues/comments/${id}`, { headers: auth })
    const missing = await fetch(`${gh.url}/repos/octo-org/app/issues/comments/1`, { headers: auth })

    expect(await found.json()).toMatchObject({ id, body: 'hi', issue_url: `${gh.url}/repos/octo-org/app/issues/1`, author_association: 'NONE' })
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ message: 'Not Found' })
  })

  it('records requests without the token', async () => {
    gh = await startFakeGitHub()

    await fetch(`${gh.url}/repos/octo-org/app/issues/1/comments?per_page=5`, { headers: { authorization: 'token ghp_secret' } })

    expect(gh.requests).toEqual([expect.objectContaining({ method: 'GET', path: '/repos/octo-org/app/issues/1/comments', query: { per_page: '5' }, body: undefined })])
    expect(gh.requests[0]!.headers.authorization).toBe('token ***')
  })
})
