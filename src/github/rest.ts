// The one way this project talks to GitHub's REST API: global fetch with a per-request timeout, GitHub's
// headers and retries of transient failures. It returns every HTTP answer as is; callers word the errors.
import { retryDelayMs } from './retry.js'
import type { RetryPolicy } from './retry.js'

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface RestResponse<T = unknown> {
  status: number
  /** The parsed JSON body; null when the body is empty, the raw text when it is not JSON. */
  data: T
  /** Lower-case names. */
  headers: Readonly<Record<string, string>>
  /** How many times the request was sent before this answer. */
  attempts: number
}

export interface RestClient {
  /**
   * `path` is relative to the API root (`/repos/o/r/…`) or an absolute URL on the same host, as found in a
   * `Link` header. Resolves with any HTTP answer; rejects with `GitHubUnreachableError` when none came.
   */
  request<T = unknown>(method: HttpMethod, path: string, body?: unknown): Promise<RestResponse<T>>
}

export interface RestClientOptions {
  token: string
  /** `GITHUB_API_URL`: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string
  /** Per attempt, including reading the body. */
  timeoutMs?: number
  /** The waits between attempts; there is one more attempt than delays. */
  retryDelaysMs?: readonly number[]
  /** The longest `retry-after` worth waiting for; GitHub asking for more ends the call. */
  maxRetryAfterMs?: number
  sleep?: (ms: number) => Promise<void>
  userAgent?: string
}

/** No HTTP answer at all: the host is unreachable or never answered in time, on every attempt. */
export class GitHubUnreachableError extends Error {
  override name = 'GitHubUnreachableError'
}

const DEFAULT_TIMEOUT_MS = 15_000
const DEFAULT_RETRY_DELAYS_MS = [1_000, 3_000]
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000

export function createRestClient(options: RestClientOptions): RestClient {
  const apiRoot = options.apiUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const policy: RetryPolicy = {
    delaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS
  }
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${options.token}`,
    'user-agent': options.userAgent ?? 'container-gate',
    'x-github-api-version': '2022-11-28'
  }
  const scrub = (text: string) => (options.token ? text.split(options.token).join('***') : text)

  return {
    async request<T>(method: HttpMethod, path: string, body?: unknown): Promise<RestResponse<T>> {
      const url = resolveUrl(apiRoot, path)
      const init: RequestInit = { method, headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' } }
      if (body !== undefined) init.body = JSON.stringify(body)
      for (let attempt = 1; ; attempt++) {
        const outcome = await attemptOnce(url, init, timeoutMs, scrub)
        const wait = retryDelayMs(method, 'failure' in outcome ? outcome : outcome.response, attempt, policy)
        if (wait === undefined) {
          if ('failure' in outcome) throw unreachable(method, url, outcome, timeoutMs, attempt)
          return { ...outcome.response, data: outcome.response.data as T, attempts: attempt }
        }
        await sleep(wait)
      }
    }
  }
}

type Attempt =
  | { response: Omit<RestResponse, 'attempts'> }
  | { failure: 'timeout' | 'network'; detail: string }

async function attemptOnce(url: URL, init: RequestInit, timeoutMs: number, scrub: (text: string) => string): Promise<Attempt> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    const text = await response.text()
    const headers: Record<string, string> = {}
    response.headers.forEach((value, name) => {
      headers[name] = value
    })
    // An error body goes on into messages; make sure it cannot carry the token there.
    return { response: { status: response.status, headers, data: parseBody(response.ok ? text : scrub(text)) } }
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return { failure: 'timeout', detail: '' }
    return { failure: 'network', detail: scrub(networkDetail(error)) }
  }
}

function parseBody(text: string): unknown {
  if (text === '') return null
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is in its cause. */
function networkDetail(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.message
  return error instanceof Error ? error.message : String(error)
}

function unreachable(method: string, url: URL, outcome: { failure: 'timeout' | 'network'; detail: string }, timeoutMs: number, attempts: number): GitHubUnreachableError {
  const what = outcome.failure === 'timeout' ? `no answer within ${timeoutMs / 1000} s` : `cannot connect (${outcome.detail})`
  const tries = attempts === 1 ? '' : ` on each of ${attempts} attempts`
  return new GitHubUnreachableError(
    `${method} ${url.origin}${url.pathname}: ${what}${tries}. Check GITHUB_API_URL and the runner's network, or re-run the job if GitHub is having an outage.`
  )
}

/** Absolute URLs (from `Link` headers) must stay on the API's host: the token goes with every request. */
function resolveUrl(apiRoot: string, path: string): URL {
  if (path.startsWith('/')) return new URL(apiRoot + path)
  const url = new URL(path)
  if (url.origin !== new URL(apiRoot).origin) {
    throw new Error(`Refusing to send the GitHub token to ${url.origin}: it is not the API host ${new URL(apiRoot).origin}.`)
  }
  return url
}

/** The `rel="next"` URL of a paginated answer's `Link` header; undefined on the last page. */
export function nextPageUrl(response: RestResponse): string | undefined {
  return /<([^>]+)>;\s*rel="next"/.exec(response.headers.link ?? '')?.[1]
}

/** A write's answer, or the fact that none came. */
export type WriteOutcome<T> = RestResponse<T> | GitHubUnreachableError

/** Waits for a write without throwing when GitHub never answered: the caller decides whether it may have landed. */
export async function settle<T>(request: Promise<RestResponse<T>>): Promise<WriteOutcome<T>> {
  try {
    return await request
  } catch (error) {
    if (error instanceof GitHubUnreachableError) return error
    throw error
  }
}

/** A POST that timed out or met a 5xx may still have been carried out: look before sending it again. */
export function mayHaveLanded(sent: WriteOutcome<unknown>): boolean {
  return sent instanceof GitHubUnreachableError || sent.status >= 500
}
