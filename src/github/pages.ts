// A list GitHub splits into pages, read by following each answer's `Link: rel="next"`. A broken or hostile answer
// whose next page leads back to one already read would otherwise be followed forever; a list that goes on past
// any real pull request's is cut off with an error rather than read to the end.
import { GitHubApiError, unexpectedReply } from './api-error.js'
import { nextPageUrl } from './rest.js'
import type { RestClient, RestResponse } from './rest.js'

/** 100 pages of 100: ten thousand comments or files, more than GitHub shows on one pull request. */
export const MAX_PAGES = 100

export interface PageReading<T> {
  /** The first page's path, with `per_page`. */
  first: string
  /** Completes "Cannot …", e.g. "list the comments of octo/app#7". */
  action: string
  /** The error for an answer that is not 200. */
  refused: (response: RestResponse) => Error
  /** Called with each page's items; true when it has what it needs and no further page is read. */
  take: (items: readonly T[]) => boolean
}

/** Each item is an object; its fields are the caller's to check. */
export async function eachPage<T extends object>(client: RestClient, reading: PageReading<T>): Promise<void> {
  const read = new Set<string>()
  let page: string | undefined = reading.first
  while (page !== undefined) {
    const key = pageKey(page)
    if (read.has(key)) {
      throw new GitHubApiError(
        `Cannot ${reading.action}: GitHub's next page (${page}) is one already read, so the list would never end. Re-run the job; if it happens again, something between the runner and GitHub rewrites its answers.`,
        200
      )
    }
    if (read.size === MAX_PAGES) {
      throw new GitHubApiError(`Cannot ${reading.action}: the list runs past ${MAX_PAGES} pages of 100, and no pull request's does; stopped there.`, 200)
    }
    read.add(key)
    const response: RestResponse<unknown> = await client.request('GET', page)
    if (response.status !== 200) throw reading.refused(response)
    const items = response.data
    if (!Array.isArray(items) || items.some((item) => typeof item !== 'object' || item === null)) throw unexpectedReply(reading.action, response, 'a list of objects')
    if (reading.take(items as T[])) return
    page = nextPageUrl(response)
  }
}

/** The same page however it is written: the API's own path or its absolute link, its query in any order. */
function pageKey(page: string): string {
  const url = new URL(page, 'http://relative.invalid')
  url.searchParams.sort()
  return `${url.pathname}?${url.searchParams}`
}
