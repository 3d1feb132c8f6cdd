// The sticky pull request comment: one per marker, written by us, edited in place on every run.
import { apiError, GitHubApiError, unexpectedReply } from './api-error.js'
import { eachPage } from './pages.js'
import { GitHubUnreachableError, mayHaveLanded, settle } from './rest.js'
import type { RestClient, RestResponse, WriteOutcome } from './rest.js'
import { isRateLimited } from './retry.js'
import { tokenLogin } from './viewer.js'

export interface StickyComment {
  owner: string
  repo: string
  /** Pull requests are issues to the comments API. */
  issueNumber: number
  /** A hidden HTML comment that names the report, e.g. `<!-- container-gate:Dockerfile -->`; `body` contains it. */
  marker: string
  body: string
  /** false: only refresh an existing comment, never write a new one (`comment: update-only`). Default true. */
  create?: boolean
}

export interface UpsertResult {
  /** `absent`: there was none to update and `create` was false. */
  action: 'created' | 'updated' | 'unchanged' | 'absent'
  /** The comment's page on GitHub. */
  url: string
  id: number
}

/** The token may not write comments; on a pull request from a fork it never can. */
export class CommentPermissionError extends GitHubApiError {
  override name = 'CommentPermissionError'
}

/** The fields of GitHub's issue comment that we read. */
interface IssueComment {
  id: number
  body?: string
  html_url: string
  user: { login: string } | null
}

/** Edits our comment that carries `marker`, or writes one when there is none. */
export async function upsertComment(client: RestClient, comment: StickyComment): Promise<UpsertResult> {
  if (!comment.body.includes(comment.marker)) {
    // Without its marker the comment could never be found again, and every run would add one more.
    throw new Error(`The comment body must contain its marker ${comment.marker}.`)
  }
  const author = await tokenLogin(client)
  const find = () => findComment(client, comment, author)
  const existing = await find()
  if (existing) {
    if (existing.body === comment.body) return result('unchanged', existing)
    const path = `/repos/${comment.owner}/${comment.repo}/issues/comments/${existing.id}`
    const updated = await client.request<IssueComment>('PATCH', path, { body: comment.body })
    if (updated.status === 200) return result('updated', checked(`update the comment on ${issueRef(comment)}`, updated))
    // A 404 means the comment was deleted since we listed it: write a new one.
    if (updated.status !== 404) throw writeError('update', comment, updated)
  }
  if (comment.create === false) return { action: 'absent', url: '', id: 0 }
  return createComment(client, comment, find)
}

async function findComment(client: RestClient, comment: StickyComment, author: string): Promise<IssueComment | undefined> {
  const login = author.toLowerCase()
  const action = `list the comments of ${issueRef(comment)}`
  let ours: IssueComment | undefined
  await eachPage<Partial<IssueComment>>(client, {
    first: `${issuePath(comment)}/comments?per_page=100`,
    action,
    refused: (response) =>
      apiError(action, response, {
        404: `Check that ${comment.owner}/${comment.repo} has a pull request #${comment.issueNumber} and that the token can read it.`
      }),
    take: (page) => {
      const found = page.find((c) => typeof c.user?.login === 'string' && c.user.login.toLowerCase() === login && typeof c.body === 'string' && c.body.includes(comment.marker))
      if (found && !isIssueComment(found)) throw new GitHubApiError(`Cannot ${action}: our comment in GitHub's answer lacks its id or address. Re-run the job.`, 200)
      ours = found
      return found !== undefined
    }
  })
  return ours
}

async function createComment(client: RestClient, comment: StickyComment, find: () => Promise<IssueComment | undefined>): Promise<UpsertResult> {
  const post = () => settle(client.request<IssueComment>('POST', `${issuePath(comment)}/comments`, { body: comment.body }))
  const first = await post()
  if (!mayHaveLanded(first)) return created(comment, first)
  // The client does not resend a POST after a server error or a timeout, as it may have created the
  // comment anyway; look for it before sending it again.
  const landed = await find()
  return landed ? result('created', landed) : created(comment, await post())
}

type Sent = WriteOutcome<IssueComment>

function created(comment: StickyComment, sent: Sent): UpsertResult {
  if (sent instanceof GitHubUnreachableError) throw sent
  if (sent.status === 201) return result('created', checked(`create the comment on ${issueRef(comment)}`, sent))
  throw writeError('create', comment, sent)
}

function writeError(verb: 'create' | 'update', comment: StickyComment, response: RestResponse): GitHubApiError {
  const action = `${verb} the comment on ${issueRef(comment)}`
  if (response.status === 403 && !isRateLimited(response)) {
    const said = apiError(action, response, {
      403:
        'The token lacks the `pull-requests: write` permission: add it under `permissions:` in the workflow. ' +
        'Pull requests from forks always get a read-only token, whatever the workflow asks for; there the report is only in the job summary.'
    })
    return new CommentPermissionError(said.message, 403)
  }
  return apiError(action, response)
}

function isIssueComment(data: unknown): data is IssueComment {
  const c = data as Partial<IssueComment> | null
  return typeof c === 'object' && c !== null && typeof c.id === 'number' && typeof c.html_url === 'string'
}

/** The comment GitHub answered a write with, once it is one. */
function checked(action: string, response: RestResponse<unknown>): IssueComment {
  if (!isIssueComment(response.data)) throw unexpectedReply(action, response, 'the comment')
  return response.data
}

function result(action: UpsertResult['action'], comment: IssueComment): UpsertResult {
  return { action, url: comment.html_url, id: comment.id }
}

function issuePath(comment: StickyComment): string {
  return `/repos/${comment.owner}/${comment.repo}/issues/${comment.issueNumber}`
}

function issueRef(comment: StickyComment): string {
  return `${comment.owner}/${comment.repo}#${comment.issueNumber}`
}
