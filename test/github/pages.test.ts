import { describe, expect, it } from 'vitest'
import { eachPage, MAX_PAGES } from '../../src/github/pages.js'
import type { RestClient, RestResponse } from '../../src/github/rest.js'

const API = 'https://api.github.com'

/** Answers each GET with what `answer` gives for its path and records the paths. */
function stubClient(answer: (path: string) => Partial<RestResponse>): RestClient & { paths: string[] } {
  const paths: string[] = []
  return {
    paths,
    async request<T>(_method: string, path: string) {
      paths.push(path)
      return { status: 200, data: [] as unknown as T, headers: {}, attempts: 1, ...answer(path) } as RestResponse<T>
    }
  }
}

const next = (url: string) => ({ link: `<${url}>; rel="next", <${API}/x?page=9>; rel="last"` })
const reading = (take: (items: readonly object[]) => boolean = () => false) => ({
  first: '/repos/o/r/issues/1/comments?per_page=100',
  action: 'list the comments of o/r#1',
  refused: (response: RestResponse) => new Error(`refused ${response.status}`),
  take
})

describe('eachPage', () => {
  it('follows next links until the last page, or until the caller has what it needs', async () => {
    const client = stubClient((path) => {
      const page = Number(new URL(path, API).searchParams.get('page') ?? 1)
      return { data: [{ page }], headers: page < 3 ? next(`${API}/repositories/1/issues/1/comments?per_page=100&page=${page + 1}`) : {} }
    })
    const seen: unknown[] = []
    await eachPage(
      client,
      reading((items) => {
        seen.push(...items)
        return false
      })
    )
    expect(seen).toEqual([{ page: 1 }, { page: 2 }, { page: 3 }])

    const early = stubClient(() => ({ data: [{}], headers: next(`${API}/more`) }))
    await eachPage(early, reading(() => true))
    expect(early.paths).toHaveLength(1)
  })

  it('refuses a next page that leads back to one already read, however it is written', async () => {
    const self = stubClient(() => ({ headers: next(`${API}/repositories/1/issues/1/comments?page=2&per_page=100`) }))
    await expect(eachPage(self, reading())).rejects.toThrow(
      `Cannot list the comments of o/r#1: GitHub's next page (${API}/repositories/1/issues/1/comments?page=2&per_page=100) is one already read, so the list would never end.`
    )
    expect(self.paths).toHaveLength(2)

    const cycle = stubClient((path) => ({ headers: next(path.includes('page=a') ? `${API}/l?page=b` : `${API}/l?page=a`) }))
    await expect(eachPage(cycle, reading())).rejects.toThrow('is one already read')
    expect(cycle.paths).toEqual(['/repos/o/r/issues/1/comments?per_page=100', `${API}/l?page=a`, `${API}/l?page=b`])
  })

  it(`stops after ${MAX_PAGES} pages`, async () => {
    let n = 0
    const endless = stubClient(() => ({ headers: next(`${API}/l?page=${++n}`) }))
    await expect(eachPage(endless, reading())).rejects.toThrow(`Cannot list the comments of o/r#1: the list runs past ${MAX_PAGES} pages of 100`)
    expect(endless.paths).toHaveLength(MAX_PAGES)
  })

  it("words a refusal the caller's way, and an answer that is not a list of objects", async () => {
    await expect(eachPage(stubClient(() => ({ status: 404 })), reading())).rejects.toThrow('refused 404')
    for (const data of [{ message: 'ok' }, '<html>portal</html>', [1, 2], null]) {
      await expect(eachPage(stubClient(() => ({ data })), reading())).rejects.toThrow(/^Cannot list the comments of o\/r#1: GitHub answered 200 with .*, not a list of objects\./)
    }
  })
})
