import { afterAll, expect, it } from 'vitest'
import { startFakeGitHub } from '../../helpers/fake-github.js'
import { startProxy, upsertUnder } from '../../helpers/http-proxy.js'

const ghes = await startFakeGitHub({ basePath: '/api/v3' })
const proxy = await startProxy({})
afterAll(() => Promise.all([ghes.close(), proxy.close()]))

it('takes a GitHub Enterprise Server API URL, which a loopback address reaches without the proxy', async () => {
  const upsert = await upsertUnder({ GITHUB_API_URL: ghes.url, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }, 'ghs_Pr0xyT0k3n')

  expect((await upsert('report')).action).toBe('created')
  expect(ghes.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/)
  expect(ghes.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    'GET /api/v3/user',
    'GET /api/v3/repos/octo-org/app/issues/1/comments',
    'POST /api/v3/repos/octo-org/app/issues/1/comments'
  ])
  expect(proxy.requests).toEqual([])
})
