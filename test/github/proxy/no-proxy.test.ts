import { afterAll, expect, it } from 'vitest'
import { startFakeGitHub } from '../../helpers/fake-github.js'
import { startProxy, upsertUnder } from '../../helpers/http-proxy.js'

const HOST = 'api.github.test'
const gh = await startFakeGitHub({ host: HOST })
const proxy = await startProxy({ [HOST]: '127.0.0.1' })
afterAll(() => Promise.all([gh.close(), proxy.close()]))

it('goes around the proxy for a host NO_PROXY names', async () => {
  const upsert = await upsertUnder({ GITHUB_API_URL: gh.url, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,.github.test' }, 'ghs_Pr0xyT0k3n')

  const error = (await upsert('new').catch((e: unknown) => e)) as Error

  // Straight to DNS, which does not know the name: the proxy saw nothing.
  expect(error.message).toBe(
    `GET ${gh.url}/user: cannot connect (ENOTFOUND). Check GITHUB_API_URL, the runner's network and its proxy (HTTPS_PROXY, NO_PROXY), or re-run the job if GitHub is having an outage.`
  )
  expect(proxy.requests).toEqual([])
  expect(gh.requests).toEqual([])
})
