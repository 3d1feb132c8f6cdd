// The one way this project talks to GitHub's REST API: @actions/github's Octokit, which goes through the runner's
// proxy (HTTPS_PROXY, NO_PROXY) as the Actions toolkit does, with plugin-retry for transient failures and
// plugin-throttling for GitHub's rate limits. It returns every HTTP answer as is; callers word the errors.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Octokit } from '@octokit/core'
import { retryOptions, throttleOptions } from './retry.js'
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
   * `Link` header. Resolves with any HTTP answer; rejects with `GitHubUnreachableError` when none came, and with
   * `GitHubTokenError` before sending anything when the token cannot be one.
   */
  request<T = unknown>(method: HttpMethod, path: string, body?: unknown): Promise<RestResponse<T>>
}

export interface RestClientOptions {
  token: string
  /** `GITHUB_API_URL`: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string
  /** Per attempt, including reading the body. */
  timeoutMs?: number
  /** How many times a request that met a server error or no answer is sent again; never a POST. */
  retries?: number
  /** The longest wait GitHub's rate limit may ask for; a longer one ends the call. */
  maxRetryAfterMs?: number
  /** What the plugins count a second as: their back-off, `retry-after` and the spacing of writes. */
  secondMs?: number
  /** Told about each wait for a rate limit. */
  log?: (message: string) => void
  userAgent?: string
}

/** No HTTP answer at all: the host is unreachable or never answered in time, on every attempt. */
export class GitHubUnreachableError extends Error {
  override name = 'GitHubUnreachableError'
}

/** The token cannot be sent as one: nothing was sent. */
export class GitHubTokenError extends Error {
  override name = 'GitHubTokenError'
}

const DEFAULT_TIMEOUT_MS = 15_000
const DEFAULT_RETRIES = 2
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000

export function createRestClient(options: RestClientOptions): RestClient {
  const apiRoot = options.apiUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const policy: RetryPolicy = {
    retries: options.retries ?? DEFAULT_RETRIES,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
    secondMs: options.secondMs ?? 1000
  }
  // A token copied with its final newline still works, as fetch trims it from the header.
  const token = options.token.trim()
  const problem = tokenProblem(token)
  const scrub = (text: string) => (token ? text.split(token).join('***') : text)
  const octokit = problem ? undefined : createOctokit(token, apiRoot, timeoutMs, policy, options)

  return {
    async request<T>(method: HttpMethod, path: string, body?: unknown): Promise<RestResponse<T>> {
      if (!octokit) throw new GitHubTokenError(problem)
      const url = resolveUrl(apiRoot, path)
      let attempts = 0
      try {
        const response = await octokit.request({
          method,
          url: url.href,
          headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
          ...(body !== undefined && { data: body }),
          // A POST that met a server error or no answer may still have been carried out: the caller looks before
          // sending it again. GitHub refusing it for a rate limit is another matter: the throttling plugin resends those.
          // (A `retries` set on a request makes plugin-retry resend whatever the status: only ever 0 here.)
          request: { ...(method === 'POST' && { retries: 0 }), countAttempt: () => void attempts++ }
        })
        return { status: response.status, headers: response.headers as Record<string, string>, data: parseBody(response.data, scrub, false) as T, attempts }
      } catch (error) {
        const answered = answerOf(error)
        if (answered) return { ...answered, data: parseBody(answered.data, scrub, true) as T, attempts }
        // Octokit's error for a request that got no answer; anything else is ours and already worded.
        if (!(error instanceof Error) || error.name !== 'HttpError') throw error
        throw unreachable(method, url, error, timeoutMs, attempts, scrub)
      }
    }
  }
}

function createOctokit(token: string, apiRoot: string, timeoutMs: number, policy: RetryPolicy, options: RestClientOptions): Octokit {
  // Innermost of the hooks, so that each attempt the retry plugins make has its own deadline and is counted.
  const perAttempt = (octokit: Octokit) => {
    octokit.hook.wrap('request', (request, endpoint) => {
      const options = endpoint.request as { countAttempt?: () => void; signal?: AbortSignal }
      options.countAttempt?.()
      // Hooks share one options object and cannot pass another down: the deadline goes into it.
      options.signal = AbortSignal.timeout(timeoutMs)
      return request(endpoint)
    })
  }
  return getOctokit(
    token,
    {
      baseUrl: apiRoot,
      userAgent: options.userAgent ?? 'container-gate',
      retry: retryOptions(policy),
      throttle: throttleOptions(policy, options.log ?? (() => {}))
    },
    perAttempt,
    retry,
    throttling
  ) as unknown as Octokit
}

/** Why `token` cannot go in a header, without quoting it; '' when it can. */
export function tokenProblem(token: string): string {
  const fix = 'Check the secret or expression given to github-token.'
  if (token === '') return `The github-token is empty. ${fix}`
  if (/[\r\n]/.test(token)) return `The github-token has a line break inside: a token is a single line. ${fix}`
  if (/\s/.test(token)) return `The github-token has a space inside: a token is a single word. ${fix}`
  if (/[^\x21-\x7e]/.test(token)) return `The github-token has a character a token never has (a control or non-ASCII character). ${fix}`
  return ''
}

type Answer = Omit<RestResponse, 'attempts'>

/** The HTTP answer an Octokit error carries: every status from 300 up is thrown. */
function answerOf(error: unknown): Answer | undefined {
  const response = (error as { response?: { status?: unknown; headers?: unknown; data?: unknown } } | null)?.response
  if (!response || typeof response.status !== 'number') return undefined
  return { status: response.status, headers: (response.headers ?? {}) as Record<string, string>, data: response.data }
}

/**
 * JSON whatever the content type says, the raw text when it is not JSON, null when empty. An error body goes on
 * into messages: make sure it cannot carry the token there.
 */
function parseBody(data: unknown, scrub: (text: string) => string, isError: boolean): unknown {
  const text = data instanceof ArrayBuffer ? new TextDecoder().decode(data) : data
  if (text === '' || text === undefined) return null
  let parsed = text
  if (typeof text === 'string') {
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = text
    }
  }
  return isError ? scrubAll(parsed, scrub) : parsed
}

function scrubAll(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value)
  if (Array.isArray(value)) return value.map((v) => scrubAll(v, scrub))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubAll(v, scrub)]))
}

function unreachable(method: string, url: URL, error: unknown, timeoutMs: number, attempts: number, scrub: (text: string) => string): GitHubUnreachableError {
  const what = causes(error).some((e) => e.name === 'TimeoutError') ? `no answer within ${timeoutMs / 1000} s` : `cannot connect (${scrub(networkDetail(error))})`
  const tries = attempts > 1 ? ` on each of ${attempts} attempts` : ''
  return new GitHubUnreachableError(
    `${method} ${url.origin}${url.pathname}: ${what}${tries}. Check GITHUB_API_URL, the runner's network and its proxy (HTTPS_PROXY, NO_PROXY), or re-run the job if GitHub is having an outage.`
  )
}

/** fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is a code further down its causes. */
function networkDetail(error: unknown): string {
  const chain = causes(error)
  const code = chain.map((e) => (e as NodeJS.ErrnoException).code).find((c) => typeof c === 'string')
  return code ?? chain.at(-1)?.message ?? String(error)
}

function causes(error: unknown): Error[] {
  const chain: Error[] = []
  for (let e = error; e instanceof Error && chain.length < 10; e = e.cause) chain.push(e)
  return chain
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
