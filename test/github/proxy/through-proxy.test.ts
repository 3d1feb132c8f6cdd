import { afterAll, expect, it } from 'vitest'
import { startFakeGitHub } from '../../helpers/fake-github.js'
import { startProxy, upsertUnder } from '../../helpers/http-proxy.js'

const HOST = 'api.github.test'
const gh = await startFakeGitHub({
  host: HOST,
  comments: [...Array.from({ length: 150 }, (_, i) => ({ body: `comment ${i}`, login: 'someone' })), { body: '<!-- container-gate:Dockerfile -->\nold' }]
})
const proxy = await startProxy({ [HOST]: '127.0.0.1' })
afterAll(() => Promise.all([gh.close(), proxy.close()]))

it('carries every call, pages included, to an API host only the proxy can resolve', async () => {
  const upsert = await upsertUnder({ GITHUB_API_URL: gh.url, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }, 'ghs_Pr0xyT0k3n')

  const result = await upsert('new')

  expect(result.action).toBe('updated')
  expect(gh.url).toMatch(/^http:\/\/api\.github\.test:\d+$/)
  expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    'GET /user',
    'GET /repos/octo-org/app/issues/1/comments',
    'GET /repositories/123456789/issues/1/comments',
    `PATCH /repos/octo-org/app/issues/comments/${result.id}`
  ])
  // undici tunnels plain http too; every tunnel went to the API host, and nothing reached it any other way.
  expect(proxy.requests.length).toBeGreaterThan(0)
  expect(proxy.requests.every((r) => r.method === 'CONNECT' && r.target === new URL(gh.url).host)).toBe(true)
})
