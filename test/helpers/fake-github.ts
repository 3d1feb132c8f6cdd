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
type CheckRun = components['schemas']['check-run']
type CheckAnnotation = components['schemas']['check-annotation']
type PullRequestReview = components['schemas']['pull-request-review']
type ReviewComment = components['schemas']['pull-request-review-comment']
type PullRequestFull = components['schemas']['pull-request']
/** The fields of GitHub's pull request we answer with; the rest of its 70-odd fields are not read by the action. */
type PullRequestReply = Pick<PullRequestFull, 'url' | 'html_url' | 'number' | 'state' | 'title'> & {
  head: Pick<PullRequestFull['head'], 'label' | 'ref' | 'sha'>
  base: Pick<PullRequestFull['base'], 'label' | 'ref' | 'sha'>
}
type DiffEntry = components['schemas']['diff-entry']
/** The reviews endpoint words its 422s as plain strings, which `validation-error` does not describe. */
type ReviewValidationError = Omit<ValidationError, 'errors'> & { errors: string[] }

export const ACTIONS_BOT = 'github-actions[bot]'
export const MAX_COMMENT_LENGTH = 65_536
/** The head commit of every pull request, unless `headSha` says otherwise. */
export const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
export const BASE_SHA = '0123456789abcdef0123456789abcdef01234567'
export const MAX_CHECK_ANNOTATIONS_PER_REQUEST = 50
export const MAX_CHECK_SUMMARY_LENGTH = 65_535

export interface SeedComment {
  body: string
  /** Default: the Actions bot, i.e. a comment our GITHUB_TOKEN wrote. */
  login?: string
  /** Default: the first pull request. */
  issueNumber?: number
}

/** A file a pull request changes, as its files endpoint lists it. */
export interface SeedFile {
  filename: string
  /** A unified diff of hunks only, as GitHub gives it; absent, as for a binary or huge file. */
  patch?: string
  status?: DiffEntry['status']
}

export interface SeedReviewComment {
  path: string
  line: number
  body: string
  startLine?: number
  /** Default: the Actions bot. */
  login?: string
  /** Default: the first pull request. */
  pullNumber?: number
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
  /** The head commit of the pull requests, and the only commit check runs may name; default `HEAD_SHA`. */
  headSha?: string
  /** What each pull request changes, by number; default nothing. */
  pullFiles?: Record<number, SeedFile[]>
  reviewComments?: SeedReviewComment[]
  /** The host name in `url` and in the links it answers with; it listens on 127.0.0.1 whatever it is called. */
  host?: string
  /** The API's path, e.g. `/api/v3` as on GitHub Enterprise Server; default none. */
  basePath?: string
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
  checkRuns: CheckRun[]
  /** Every annotation of one check run, in the order the create and the updates added them. */
  checkRunAnnotations(id: number): CheckAnnotation[]
  reviews: PullRequestReview[]
  /** Review comments on every pull request, oldest first. */
  reviewComments: ReviewComment[]
  /** A push to the pull requests: from now on `sha` is their head (and the commit check runs may name). */
  setHead(sha: string): void
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
  let headSha = options.headSha ?? HEAD_SHA
  const checkRuns: CheckRun[] = []
  const annotationsByRun = new Map<number, CheckAnnotation[]>()
  const reviews: PullRequestReview[] = []
  const reviewComments: ReviewComment[] = []
  let nextCheckRunId = 4_000_000_001
  let nextReviewId = 80_000_001
  let nextReviewCommentId = 1_500_000_001
  let root = ''

  const server = createServer((req, res) => {
    void handle(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const basePath = options.basePath ?? ''
  root = `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}${basePath}`

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

  const filesOf = (pullNumber: number): DiffEntry[] =>
    (options.pullFiles?.[pullNumber] ?? []).map((file) => {
      const lines = file.patch?.split('\n') ?? []
      const additions = lines.filter((l) => l.startsWith('+')).length
      const deletions = lines.filter((l) => l.startsWith('-')).length
      const blob = `${HTML_ROOT}/${repository}/blob/${headSha}/${file.filename}`
      return {
        sha: 'bbcd538c8e72b8c175046e27cc8f907076331401',
        filename: file.filename,
        status: file.status ?? 'modified',
        additions,
        deletions,
        changes: additions + deletions,
        blob_url: blob,
        raw_url: blob.replace('/blob/', '/raw/'),
        contents_url: `${root}/repos/${repository}/contents/${file.filename}?ref=${headSha}`,
        ...(file.patch !== undefined && { patch: file.patch })
      }
    })

  const reviewCommentsOn = (pullNumber: number) => reviewComments.filter((c) => c.pull_request_url.endsWith(`/pulls/${pullNumber}`))

  function addReviewComment(pullNumber: number, reviewId: number | null, c: { path: string; line: number; startLine?: number; body: string }, login: string): ReviewComment {
    const id = nextReviewCommentId++
    const url = `${root}/repos/${repository}/pulls/comments/${id}`
    const html = `${HTML_ROOT}/${repository}/pull/${pullNumber}#discussion_r${id}`
    const pullUrl = `${root}/repos/${repository}/pulls/${pullNumber}`
    const now = timestamp()
    const comment: ReviewComment = {
      url,
      pull_request_review_id: reviewId,
      id,
      node_id: `PRRC_kwDO${Buffer.from(String(id)).toString('base64url')}`,
      diff_hunk: hunkHeaderAt(filesOf(pullNumber).find((f) => f.filename === c.path)?.patch, c.line) ?? '',
      path: c.path,
      commit_id: headSha,
      original_commit_id: headSha,
      user: userFor(login),
      body: c.body,
      created_at: now,
      updated_at: now,
      html_url: html,
      pull_request_url: pullUrl,
      author_association: login === ACTIONS_BOT ? 'NONE' : 'CONTRIBUTOR',
      _links: { self: { href: url }, html: { href: html }, pull_request: { href: pullUrl } },
      start_line: c.startLine ?? null,
      original_start_line: c.startLine ?? null,
      start_side: c.startLine === undefined ? null : 'RIGHT',
      line: c.line,
      original_line: c.line,
      side: 'RIGHT',
      subject_type: 'line'
    }
    reviewComments.push(comment)
    return comment
  }

  for (const seed of options.reviewComments ?? []) addReviewComment(seed.pullNumber ?? pullRequests[0]!, null, seed, seed.login ?? ACTIONS_BOT)

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A proxy sends the whole URL, a client the path alone.
    const target = new URL(req.url ?? '/', 'http://unused')
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
    const inApi = target.pathname.startsWith(`${basePath}/`)
    const apiPath = new URL(target.pathname.slice(basePath.length) + target.search, 'http://unused')
    const carryOut = () => (inApi ? answer(method, apiPath, req.headers.authorization, parsed) : error(404, 'Not Found'))
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
    const checkRun = /^\/repos\/([^/]+\/[^/]+)\/check-runs(?:\/(\d+))?$/.exec(path)
    if (checkRun && checkRun[1] === repository) {
      if (method === 'POST' && checkRun[2] === undefined) return createCheckRun(body)
      if (method === 'PATCH' && checkRun[2] !== undefined) return updateCheckRun(Number(checkRun[2]), body)
    }
    const pullRequest = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)$/.exec(path)
    if (pullRequest && pullRequest[1] === repository && method === 'GET') {
      const pullNumber = Number(pullRequest[2])
      if (!pullRequests.includes(pullNumber)) return error(404, 'Not Found')
      const reply: PullRequestReply = {
        url: `${root}/repos/${repository}/pulls/${pullNumber}`,
        html_url: `${HTML_ROOT}/${repository}/pull/${pullNumber}`,
        number: pullNumber,
        state: 'open',
        title: `Pull request ${pullNumber}`,
        head: { label: `fork:change-${pullNumber}`, ref: `change-${pullNumber}`, sha: headSha },
        base: { label: 'octo-org:main', ref: 'main', sha: BASE_SHA }
      }
      return { status: 200, body: reply }
    }
    const pull = /^\/(?:repos\/([^/]+\/[^/]+)|repositories\/(\d+))\/pulls\/(\d+)\/(files|comments|reviews)$/.exec(path)
    if (pull && (pull[1] === repository || Number(pull[2]) === REPO_ID)) {
      const pullNumber = Number(pull[3])
      if (!pullRequests.includes(pullNumber)) return error(404, 'Not Found')
      const linkPath = `/repositories/${REPO_ID}/pulls/${pullNumber}/${pull[4]}`
      if (method === 'GET' && pull[4] === 'files') return pageOf(filesOf(pullNumber), linkPath, target.searchParams)
      if (method === 'GET' && pull[4] === 'comments') return pageOf(reviewCommentsOn(pullNumber), linkPath, target.searchParams)
      if (method === 'POST' && pull[4] === 'reviews') return createReview(pullNumber, body)
    }
    return error(404, 'Not Found')
  }

  function createCheckRun(body: unknown): Reply {
    if (options.readOnly) return error(403, 'Resource not accessible by integration')
    const input = (body ?? {}) as { name?: unknown; head_sha?: unknown; status?: unknown; conclusion?: unknown; details_url?: unknown; output?: unknown }
    if (typeof input.name !== 'string' || input.name === '') return validationError('Invalid request.\n\n"name" wasn\'t supplied.')
    if (typeof input.head_sha !== 'string') return validationError('Invalid request.\n\n"head_sha" wasn\'t supplied.')
    if (input.head_sha !== headSha) return validationError(`No commit found for SHA: ${input.head_sha}`)
    const conclusions: readonly unknown[] = ['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out', 'action_required']
    if (input.status === 'completed' && !conclusions.includes(input.conclusion)) return validationError('Invalid request.\n\n"conclusion" wasn\'t supplied.')
    const output = checkOutput(input.output)
    if ('reply' in output) return output.reply
    const id = nextCheckRunId++
    const now = timestamp()
    const url = `${root}/repos/${repository}/check-runs/${id}`
    const run: CheckRun = {
      id,
      head_sha: headSha,
      node_id: `CR_kwDO${Buffer.from(String(id)).toString('base64url')}`,
      external_id: '',
      url,
      html_url: `${HTML_ROOT}/${repository}/runs/${id}`,
      details_url: typeof input.details_url === 'string' ? input.details_url : `${HTML_ROOT}/${repository}/runs/${id}`,
      status: input.status === 'completed' ? 'completed' : 'queued',
      conclusion: input.status === 'completed' ? (input.conclusion as CheckRun['conclusion']) : null,
      started_at: now,
      completed_at: input.status === 'completed' ? now : null,
      output: { title: output.title ?? null, summary: output.summary ?? null, text: null, annotations_count: output.annotations.length, annotations_url: `${url}/annotations` },
      name: input.name,
      check_suite: { id: 5_000_000_001 },
      app: actionsApp(),
      pull_requests: []
    }
    checkRuns.push(run)
    annotationsByRun.set(id, output.annotations)
    return { status: 201, body: run }
  }

  function updateCheckRun(id: number, body: unknown): Reply {
    if (options.readOnly) return error(403, 'Resource not accessible by integration')
    const run = checkRuns.find((r) => r.id === id)
    if (!run) return error(404, 'Not Found')
    const output = checkOutput((body as { output?: unknown } | undefined)?.output)
    if ('reply' in output) return output.reply
    // Annotations are appended to the ones the check run has; title and summary are replaced.
    const all = [...annotationsByRun.get(id)!, ...output.annotations]
    annotationsByRun.set(id, all)
    run.output = { ...run.output, title: output.title ?? run.output.title, summary: output.summary ?? run.output.summary, annotations_count: all.length }
    return { status: 200, body: run }
  }

  /** GitHub's checks on `output`: title and summary both, at most 50 annotations, each one complete. */
  function checkOutput(raw: unknown): { title?: string; summary?: string; annotations: CheckAnnotation[] } | { reply: Reply } {
    if (raw === undefined) return { annotations: [] }
    const output = raw as { title?: unknown; summary?: unknown; annotations?: unknown }
    if (typeof output.title !== 'string' || typeof output.summary !== 'string') return { reply: validationError('Invalid request.\n\n"title", "summary" weren\'t supplied.') }
    if (output.summary.length > MAX_CHECK_SUMMARY_LENGTH) {
      return { reply: validationError('Invalid request.\n\nOnly 65535 characters are allowed; ' + output.summary.length + ' were supplied.') }
    }
    const list = Array.isArray(output.annotations) ? (output.annotations as Record<string, unknown>[]) : []
    if (list.length > MAX_CHECK_ANNOTATIONS_PER_REQUEST) {
      return { reply: validationError(`Invalid request.\n\nNo more than ${MAX_CHECK_ANNOTATIONS_PER_REQUEST} items are allowed; ${list.length} were supplied.`) }
    }
    const annotations: CheckAnnotation[] = []
    for (const a of list) {
      const complete =
        typeof a.path === 'string' &&
        Number.isInteger(a.start_line) &&
        Number.isInteger(a.end_line) &&
        ['failure', 'warning', 'notice'].includes(a.annotation_level as string) &&
        typeof a.message === 'string'
      if (!complete) return { reply: validationError('Invalid request.\n\nFor \'items\', an annotation is missing path, start_line, end_line, annotation_level or message.') }
      if (Buffer.byteLength(a.message as string) > 65_536) return { reply: validationError('Invalid request.\n\nAnnotation message is too long (maximum is 64 KB).') }
      annotations.push({
        path: a.path as string,
        start_line: a.start_line as number,
        end_line: a.end_line as number,
        start_column: null,
        end_column: null,
        annotation_level: a.annotation_level as string,
        title: typeof a.title === 'string' ? a.title : null,
        message: a.message as string,
        raw_details: typeof a.raw_details === 'string' ? a.raw_details : null,
        blob_href: `${HTML_ROOT}/${repository}/blob/${headSha}/${a.path as string}`
      })
    }
    return { title: output.title, summary: output.summary, annotations }
  }

  function createReview(pullNumber: number, body: unknown): Reply {
    if (options.readOnly) return error(403, 'Resource not accessible by integration')
    const input = (body ?? {}) as { commit_id?: unknown; event?: unknown; body?: unknown; comments?: unknown }
    const comments = (Array.isArray(input.comments) ? input.comments : []) as { path?: unknown; line?: unknown; start_line?: unknown; side?: unknown; body?: unknown }[]
    const errors: string[] = []
    if (input.commit_id !== undefined && input.commit_id !== headSha) errors.push('Commit could not be resolved')
    const files = filesOf(pullNumber)
    for (const c of comments) {
      const file = files.find((f) => f.filename === c.path)
      if (!file || typeof c.line !== 'number' || typeof c.body !== 'string') {
        errors.push('Path could not be resolved')
        continue
      }
      const ranges = hunkRanges(file.patch)
      const hunk = ranges.findIndex(([from, to]) => (c.line as number) >= from && (c.line as number) <= to)
      // Only the new side is modelled: the action never comments on removed lines.
      if (c.side !== undefined && c.side !== 'RIGHT') errors.push('The fake GitHub only takes side RIGHT')
      if (hunk < 0) errors.push('Pull request review thread line must be part of the diff')
      if (c.start_line === undefined) continue
      if (typeof c.start_line !== 'number' || c.start_line >= c.line) errors.push('Pull request review thread start line must precede the end line.')
      else if (!(c.start_line >= ranges[hunk]?.[0]! && c.start_line <= ranges[hunk]?.[1]!)) errors.push('Pull request review thread start line must be part of the same hunk as the line.')
    }
    if (errors.length > 0) {
      const reply: ReviewValidationError = { message: 'Unprocessable Entity', errors: [errors.join(', ')], documentation_url: `${DOCS}/pulls/reviews#create-a-review-for-a-pull-request` }
      return { status: 422, body: reply }
    }
    const id = nextReviewId++
    const html = `${HTML_ROOT}/${repository}/pull/${pullNumber}#pullrequestreview-${id}`
    const pullUrl = `${root}/repos/${repository}/pulls/${pullNumber}`
    const event = typeof input.event === 'string' ? input.event : 'PENDING'
    const review: PullRequestReview = {
      id,
      node_id: `PRR_kwDO${Buffer.from(String(id)).toString('base64url')}`,
      user: userFor(viewerLogin()),
      body: typeof input.body === 'string' ? input.body : '',
      state: { COMMENT: 'COMMENTED', APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED' }[event] ?? 'PENDING',
      html_url: html,
      pull_request_url: pullUrl,
      _links: { html: { href: html }, pull_request: { href: pullUrl } },
      submitted_at: timestamp(),
      commit_id: headSha,
      author_association: 'NONE'
    }
    reviews.push(review)
    for (const c of comments) {
      addReviewComment(pullNumber, id, { path: c.path as string, line: c.line as number, body: c.body as string, ...(typeof c.start_line === 'number' && { startLine: c.start_line }) }, viewerLogin())
    }
    // Creating a review answers 200, not 201.
    return { status: 200, body: review }
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
    return pageOf(commentsOn(issueNumber), `/repositories/${REPO_ID}/issues/${issueNumber}/comments`, query)
  }

  function pageOf(all: unknown[], linkPath: string, query: URLSearchParams): Reply {
    const perPage = clamp(Number(query.get('per_page') ?? 30), 1, 100, 30)
    const lastPage = Math.max(1, Math.ceil(all.length / perPage))
    const page = clamp(Number(query.get('page') ?? 1), 1, Number.MAX_SAFE_INTEGER, 1)
    // GitHub's pagination links name the repository by id, not by owner/name.
    const link = (n: number, rel: string) => `<${root}${linkPath}?per_page=${perPage}&page=${n}>; rel="${rel}"`
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
    checkRuns,
    checkRunAnnotations: (id) => annotationsByRun.get(id) ?? [],
    reviews,
    reviewComments,
    setHead(sha) {
      headSha = sha
    },
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

/** The app GITHUB_TOKEN's check runs belong to; made on first use, after the module's user table exists. */
function actionsApp(): CheckRun['app'] {
  return {
    id: 15_368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: { ...userFor('github'), type: 'Organization' },
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: 'https://github.com/apps/github-actions',
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { checks: 'write', pull_requests: 'write' },
    events: []
  }
}

// Hunk headers read on their own, not with the code under test: a line is in the diff when it lies in the new
// side of a hunk, context lines included.
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/

function hunkRanges(patch: string | undefined): [number, number][] {
  return (patch ?? '').split('\n').flatMap((line) => {
    const m = HUNK_HEADER.exec(line)
    return m ? [[Number(m[1]), Number(m[1]) + Number(m[2] ?? 1) - 1] as [number, number]] : []
  })
}

/** The header of the hunk holding `line`, as a stand-in for the `diff_hunk` GitHub shows up to that line. */
function hunkHeaderAt(patch: string | undefined, line: number): string | undefined {
  return (patch ?? '').split('\n').find((l) => {
    const m = HUNK_HEADER.exec(l)
    return m !== null && line >= Number(m[1]) && line < Number(m[1]) + Number(m[2] ?? 1)
  })
}

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
