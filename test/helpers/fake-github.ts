// A loopback stand-in for the parts of GitHub's REST API the action calls: a real HTTP server on 127.0.0.1,
// so the code under test (or the bundled action in another process) sends real requests. Bodies are typed
// with GitHub's own OpenAPI schemas, so their shapes are the ones the real API answers with.
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { components } from '@octokit/openapi-types'

type IssueComment = components['schemas']['issue-comment']
type SimpleUser = components['schemas']['simple-user']
type PublicUser = components['schemas']['public-user']
type BasicError = components['schemas']['basic-error']
type ValidationError = components['schemas']['validation-error']

export const ACTIONS_BOT = 'github-actions[bot]'
export const MAX_COMMENT_LENGTH = 65_536

export interface SeedComment {
  body: string
  /** Default: the Actions bot, i.e. a comment our GITHUB_TOKEN wrote. */
  login?: string
  /** Default: the first pull request. */
  issueNumber?: number
}

export interface FakeGitHubOptions {
  /** owner/name; default `octo-org/app`. */
  repository?: string
  /** The pull requests that exist; default `[1]`. */
  pullRequests?: number[]
  /** Set: the token is this user's personal access token and `GET /user` says so. Unset: a GITHUB_TOKEN. */
  patLogin?: string
  /** Writes answer 403, as with a fork pull request's read-only token. */
  readOnly?: boolean
  /** Set: any other token gets 401 "Bad credentials". */
  token?: string
  comments?: SeedComment[]
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  /** Lower-case names; the token in `authorization` is replaced by `***`. */
  headers: Record<string, string>
  /** Parsed JSON, or undefined when there was no body. */
  body: unknown
}

/**
 * `handled`: the request is carried out before the fault replaces its answer, as when GitHub creates a
 * comment but the answer is lost on the way back.
 */
export type Fault = { status: number; body?: unknown; headers?: Record<string, string>; handled?: boolean } | 'hang'

export interface FakeGitHub {
  /** The API root, e.g. http://127.0.0.1:PORT; use it as GITHUB_API_URL. */
  url: string
  /** Every comment on every pull request, oldest first, as the API returns them. */
  comments: IssueComment[]
  requests: RecordedRequest[]
  /** The next `times` requests matching `method` and `path` (the path without query) get `fault`. */
  failNext(match: { method: string; path: RegExp }, fault: Fault, times?: number): void
  /** Comments on one pull request. */
  commentsOn(issueNumber: number): IssueComment[]
  close(): Promise<void>
}

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

const REPO_ID = 123_456_789
const HTML_ROOT = 'https://github.com'
const DOCS = 'https://docs.github.com/rest'

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const repository = options.repository ?? 'octo-org/app'
  const pullRequests = options.pullRequests ?? [1]
  const comments: IssueComment[] = []
  const requests: RecordedRequest[] = []
  const faults: { method: string; path: RegExp; fault: Fault; left: number }[] = []
  let nextCommentId = 2_000_000_001
  let root = ''

  const server = createServer((req, res) => {
    void handle(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  function addComment(issueNumber: number, body: string, login: string): IssueComment {
    const id = nextCommentId++
    const url = `${root}/repos/${repository}/issues/comments/${id}`
    const now = timestamp()
    const comment: IssueComment = {
      id,
      node_id: `IC_kwDO${Buffer.from(String(id)).toString('base64url')}`,
      url,
      html_url: `${HTML_ROOT}/${repository}/pull/${issueNumber}#issuecomment-${id}`,
      issue_url: `${root}/repos/${repository}/issues/${issueNumber}`,
      body,
      user: userFor(login),
      created_at: now,
      updated_at: now,
      author_association: login === ACTIONS_BOT ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: null,
      reactions: { url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0 }
    }
    comments.push(comment)
    return comment
  }

  const commentsOn = (issueNumber: number) => comments.filter((c) => c.issue_url.endsWith(`/issues/${issueNumber}`))

  for (const seed of options.comments ?? []) addComment(seed.issueNumber ?? pullRequests[0]!, seed.body, seed.login ?? ACTIONS_BOT)

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = new URL(req.url ?? '/', root)
    const method = req.method ?? 'GET'
    const raw = await readBody(req)
    const parsed = parseJson(raw)
    requests.push({
      method,
      path: target.pathname,
      query: Object.fromEntries(target.searchParams),
      headers: recordedHeaders(req),
      body: parsed === INVALID_JSON ? raw : parsed
    })
    const fault = takeFault(method, target.pathname)
    if (fault === 'hang') return
    const carryOut = () => answer(method, target, req.headers.authorization, parsed)
    if (fault?.handled) carryOut()
    send(res, fault ?? carryOut())
  }

  function takeFault(method: string, path: string): Fault | undefined {
    const hit = faults.find((f) => f.left > 0 && f.method === method && f.path.test(path))
    if (!hit) return undefined
    hit.left--
    return hit.fault
  }

  function answer(method: string, target: URL, authorization: string | undefined, body: unknown): Reply {
    if (!authorization) return error(401, 'Requires authentication')
    if (options.token !== undefined && authorization.replace(/^(Bearer|token) /i, '') !== options.token) return error(401, 'Bad credentials')
    if (body === INVALID_JSON) return error(400, 'Problems parsing JSON')

    const path = target.pathname
    if (method === 'GET' && path === '/user') return currentUser()
    const list = /^\/(?:repos\/([^/]+\/[^/]+)|repositories\/(\d+))\/issues\/(\d+)\/comments$/.exec(path)
    if (list && (list[1] === repository || Number(list[2]) === REPO_ID)) {
      const issueNumber = Number(list[3])
      if (!pullRequests.includes(issueNumber)) return error(404, 'Not Found')
      if (method === 'GET') return listPage(issueNumber, target.searchParams)
      if (method === 'POST') return writeComment(body, (text) => ({ status: 201, body: addComment(issueNumber, text, viewerLogin()) }))
    }
    const single = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(path)
    if (single && single[1] === repository) {
      const comment = comments.find((c) => c.id === Number(single[2]))
      if (!comment) return error(404, 'Not Found')
      if (method === 'GET') return { status: 200, body: comment }
      if (method === 'PATCH') {
        return writeComment(body, (text) => {
          Object.assign(comment, { body: text, updated_at: timestamp() })
          return { status: 200, body: comment }
        })
      }
    }
    return error(404, 'Not Found')
  }

  function currentUser(): Reply {
    if (options.patLogin === undefined) return error(403, 'Resource not accessible by integration')
    const user: PublicUser = {
      ...userFor(options.patLogin),
      name: null,
      company: null,
      blog: null,
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2020-01-01T00:00:00Z'
    }
    return { status: 200, body: user }
  }

  function viewerLogin(): string {
    return options.patLogin ?? ACTIONS_BOT
  }

  function listPage(issueNumber: number, query: URLSearchParams): Reply {
    const all = commentsOn(issueNumber)
    const perPage = clamp(Number(query.get('per_page') ?? 30), 1, 100, 30)
    const lastPage = Math.max(1, Math.ceil(all.length / perPage))
    const page = clamp(Number(query.get('page') ?? 1), 1, Number.MAX_SAFE_INTEGER, 1)
    // GitHub's pagination links name the repository by id, not by owner/name.
    const link = (n: number, rel: string) => `<${root}/repositories/${REPO_ID}/issues/${issueNumber}/comments?per_page=${perPage}&page=${n}>; rel="${rel}"`
    const links = [
      ...(page > 1 ? [link(page - 1, 'prev')] : []),
      ...(page < lastPage ? [link(page + 1, 'next'), link(lastPage, 'last')] : []),
      ...(page > 1 ? [link(1, 'first')] : [])
    ]
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {}
    }
  }

  function writeComment(body: unknown, write: (text: string) => Reply): Reply {
    if (options.readOnly) return error(403, 'Resource not accessible by integration')
    const text = (body as { body?: unknown } | undefined)?.body
    if (typeof text !== 'string') return validationError('Invalid request.\n\n"body" wasn\'t supplied.')
    if (text.length > MAX_COMMENT_LENGTH) {
      return validationError('Validation Failed', { resource: 'IssueComment', code: 'custom', field: 'body', message: `Body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)` })
    }
    return write(text)
  }

  return {
    url: root,
    comments,
    requests,
    commentsOn,
    failNext(match, fault, times = 1) {
      faults.push({ method: match.method.toUpperCase(), path: match.path, fault, left: times })
    },
    close() {
      // Hung requests and idle keep-alive sockets would otherwise hold close() open.
      server.closeAllConnections()
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())))
    }
  }
}

const INVALID_JSON = Symbol('invalid JSON')

function parseJson(raw: string): unknown {
  if (raw === '') return undefined
  try {
    return JSON.parse(raw)
  } catch {
    return INVALID_JSON
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function recordedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  if (headers.authorization) headers.authorization = headers.authorization.replace(/^(\S+\s+).*$/, '$1***')
  return headers
}

function send(res: ServerResponse, reply: Reply): void {
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body)
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    ...reply.headers
  })
  res.end(body)
}

function error(status: number, message: string): Reply {
  const body: BasicError = { message, documentation_url: DOCS, status: String(status) }
  return { status, body }
}

function validationError(message: string, ...errors: NonNullable<ValidationError['errors']>): Reply {
  const body: ValidationError = { message, documentation_url: DOCS, ...(errors.length > 0 ? { errors } : {}) }
  return { status: 422, body }
}

const userIds = new Map<string, number>([[ACTIONS_BOT, 41_898_282]])

function userFor(login: string): SimpleUser {
  const id = userIds.get(login) ?? 1_000 + userIds.size
  userIds.set(login, id)
  const url = `https://api.github.com/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: `U_${Buffer.from(login).toString('base64url')}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${HTML_ROOT}/${login.replace('[bot]', '')}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false
  }
}

function clamp(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isInteger(value)) return fallback
  return Math.min(max, Math.max(min, value))
}

/** GitHub's timestamps have no fraction of a second. */
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}
