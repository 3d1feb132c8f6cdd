// Lint fixes offered as GitHub suggestions: one pull-request review whose comments can each be committed with a
// click. Only on lines the pull request changed, since GitHub takes review comments only inside the diff, and
// never twice: a suggestion we already wrote on the same line is left alone on the next run.
import { escapeMarkdown, markdownLink } from '../report/escape.js'
import { plural } from '../report/format.js'
import { LINT_LEVELS } from '../types.js'
import type { Fix, LintFinding } from '../types.js'
import { apiError, GitHubApiError, unexpectedReply } from './api-error.js'
import { addedLines, hunkHolding, parseHunks } from '../diff-hunks.js'
import type { Hunk } from '../diff-hunks.js'
import { eachPage } from './pages.js'
import { GitHubUnreachableError, mayHaveLanded, settle } from './rest.js'
import type { RestClient, RestResponse, WriteOutcome } from './rest.js'
import { isRateLimited } from './retry.js'
import { tokenLogin } from './viewer.js'

/** Our own limit: a review with more suggestions than this is more than anyone will read through. */
export const SUGGESTIONS_PER_REVIEW = 30

export interface PullRequestTarget {
  owner: string
  repo: string
  pullNumber: number
  /** The commit the suggestions apply to: the pull request's head. */
  headSha: string
}

/** One entry of the review's `comments`. */
export interface SuggestionComment {
  path: string
  /** The last line of the range. */
  line: number
  /** Only when the range spans lines: GitHub refuses a `start_line` equal to `line`. */
  start_line?: number
  side: 'RIGHT'
  body: string
}

export interface SuggestionResult {
  /** `none`: no fix on a changed line; `unchanged`: every one was already suggested. */
  action: 'posted' | 'unchanged' | 'none'
  /** The review's page; empty when none was posted, or when its answer was lost on the way back. */
  url: string
  posted: number
  /** Fresh suggestions beyond `SUGGESTIONS_PER_REVIEW`, left for the next run. */
  left: number
}

/** The token may not write reviews; on a pull request from a fork it never can. */
export class ReviewPermissionError extends GitHubApiError {
  override name = 'ReviewPermissionError'
}

type Fixable = LintFinding & { fix: Fix }

/**
 * The suggestions the diff allows, most severe first. A fix qualifies when its whole range lies in one hunk of the
 * file's new side and touches a line the pull request added or changed. Of fixes whose ranges overlap, only the
 * first is kept, as `applyFixes` does: committing one would leave the other replacing lines that are gone.
 */
export function planSuggestions(findings: readonly LintFinding[], hunksByPath: ReadonlyMap<string, readonly Hunk[]>): SuggestionComment[] {
  const fixable = findings.filter((f): f is Fixable => f.fix !== undefined).sort(compareFixable)
  const taken = new Map<string, Fix[]>()
  const comments: SuggestionComment[] = []
  for (const finding of fixable) {
    const { fix } = finding
    const path = repoPath(finding.file)
    const hunks = hunksByPath.get(path) ?? []
    if (!hunkHolding(hunks, fix.line, fix.endLine)) continue
    const changed = addedLines(hunks)
    if (!rangeOf(fix).some((n) => changed.has(n))) continue
    const before = taken.get(path) ?? []
    if (before.some((f) => f.line <= fix.endLine && fix.line <= f.endLine)) continue
    taken.set(path, [...before, fix])
    comments.push({ path, line: fix.endLine, ...(fix.endLine > fix.line && { start_line: fix.line }), side: 'RIGHT', body: suggestionBody(finding) })
  }
  return comments
}

/** The finding's rule and message (a Dockerfile's words: escaped, so they cannot mention anyone), then the fix. */
export function suggestionBody(finding: Fixable): string {
  const code = markdownLink(`**${escapeMarkdown(finding.code)}**`, finding.docsUrl)
  // A fence longer than any backtick run in the fix, so that the fix cannot close it.
  const longest = Math.max(0, ...(finding.fix.text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${code} ${escapeMarkdown(finding.message)}\n\n${fence}suggestion\n${finding.fix.text}\n${fence}`
}

/**
 * Posts one review with the fixes on changed lines that we have not suggested yet, at most
 * `SUGGESTIONS_PER_REVIEW`. Throws `ReviewPermissionError` on a 403, `GitHubApiError` on other refusals.
 */
export async function postSuggestions(client: RestClient, target: PullRequestTarget, findings: readonly LintFinding[]): Promise<SuggestionResult> {
  const paths = new Set(findings.filter((f) => f.fix !== undefined).map((f) => repoPath(f.file)))
  if (paths.size === 0) return { action: 'none', url: '', posted: 0, left: 0 }
  if (!/^[0-9a-f]{40}$/i.test(target.headSha)) {
    // Without it GitHub would place the suggestions on whatever the head is by then, maybe not the lines we linted.
    throw new Error(`Cannot suggest fixes on ${pullRef(target)}: "${target.headSha}" is not the commit SHA of its head.`)
  }
  const planned = planSuggestions(findings, await changedFiles(client, target, paths))
  if (planned.length === 0) return { action: 'none', url: '', posted: 0, left: 0 }

  const author = (await tokenLogin(client)).toLowerCase()
  const fresh = async () => {
    const written = await ourSuggestions(client, target, author)
    return planned.filter((c) => !written.has(commentKey(c)))
  }
  const pending = await fresh()
  if (pending.length === 0) return { action: 'unchanged', url: '', posted: 0, left: 0 }
  const batch = pending.slice(0, SUGGESTIONS_PER_REVIEW)
  const left = pending.length - batch.length

  const post = (comments: SuggestionComment[]) => settle(client.request<Review>('POST', `${pullPath(target)}/reviews`, reviewBody(target, comments, left)))
  const first = await post(batch)
  if (!mayHaveLanded(first)) return posted(target, first, batch.length, left)
  // The client does not resend a POST after a server error or a timeout, as it may have landed: look first.
  const missing = new Set((await fresh()).map(commentKey))
  const unsent = batch.filter((c) => missing.has(commentKey(c)))
  if (unsent.length === 0) return { action: 'posted', url: '', posted: batch.length, left }
  return posted(target, await post(unsent), unsent.length, left)
}

/** The fields of GitHub's review and review comment that we read. */
interface Review {
  html_url: string
}
interface ReviewComment {
  path: string
  line?: number | null
  body: string
  user: { login: string } | null
}
interface DiffEntry {
  filename: string
  patch?: string
}

/** The hunks of the files among `paths` that the pull request changed; GitHub leaves out the patch of a huge or binary file. */
async function changedFiles(client: RestClient, target: PullRequestTarget, paths: ReadonlySet<string>): Promise<Map<string, Hunk[]>> {
  const found = new Map<string, Hunk[]>()
  await eachPage<Partial<DiffEntry>>(client, {
    ...listing(target, 'files', `list the files of ${pullRef(target)}`),
    take: (files) => {
      for (const file of files) {
        if (typeof file.filename === 'string' && paths.has(file.filename)) found.set(file.filename, parseHunks(typeof file.patch === 'string' ? file.patch : ''))
      }
      return found.size === paths.size
    }
  })
  return found
}

/** Our review comments by path, line and body: an outdated one has no line and no longer counts. */
async function ourSuggestions(client: RestClient, target: PullRequestTarget, author: string): Promise<Set<string>> {
  const keys = new Set<string>()
  await eachPage<Partial<ReviewComment>>(client, {
    ...listing(target, 'comments', `list the review comments of ${pullRef(target)}`),
    take: (comments) => {
      for (const c of comments) {
        const ours = typeof c.user?.login === 'string' && c.user.login.toLowerCase() === author
        if (ours && typeof c.path === 'string' && typeof c.line === 'number' && typeof c.body === 'string') keys.add(commentKey({ path: c.path, line: c.line, body: c.body }))
      }
      return false
    }
  })
  return keys
}

function listing(target: PullRequestTarget, list: 'files' | 'comments', action: string) {
  return { first: `${pullPath(target)}/${list}?per_page=100`, action, refused: (response: RestResponse) => reviewError(action, target, response) }
}

function reviewBody(target: PullRequestTarget, comments: SuggestionComment[], left: number) {
  const more = left > 0 ? ` ${plural(left, 'more fix waits', 'more fixes wait')} for the next run: a review carries at most ${SUGGESTIONS_PER_REVIEW}.` : ''
  return {
    commit_id: target.headSha,
    event: 'COMMENT',
    body: `Container Gate suggests ${plural(comments.length, 'fix', 'fixes')} for lines this pull request changed: commit them from the comments below.${more}`,
    comments
  }
}

type Sent = WriteOutcome<Review>

function posted(target: PullRequestTarget, sent: Sent, count: number, left: number): SuggestionResult {
  if (sent instanceof GitHubUnreachableError) throw sent
  if (sent.status === 200) {
    const url = (sent.data as Partial<Review> | null)?.html_url
    if (typeof url !== 'string') throw unexpectedReply(`post the suggestions on ${pullRef(target)}`, sent, 'the review')
    return { action: 'posted', url, posted: count, left }
  }
  throw reviewError(`post the suggestions on ${pullRef(target)}`, target, sent)
}

function reviewError(action: string, target: PullRequestTarget, response: RestResponse): GitHubApiError {
  if (response.status === 403 && !isRateLimited(response)) {
    const said = apiError(action, response, {
      403:
        'The token lacks the `pull-requests: write` permission: add it under `permissions:` in the workflow. ' +
        'Pull requests from forks always get a read-only token, whatever the workflow asks for; there the fixes are only in the job summary.'
    })
    return new ReviewPermissionError(said.message, 403)
  }
  return apiError(action, response, {
    404: `Check that ${target.owner}/${target.repo} has a pull request #${target.pullNumber} and that the token can read it.`,
    422: 'A suggestion was not on a line of the diff GitHub has: the pull request may have new commits since this run started.'
  })
}

/** Level, then place; the code makes the order total, so the input's order never decides which overlapping fix wins. */
function compareFixable(a: Fixable, b: Fixable): number {
  return (
    LINT_LEVELS.indexOf(a.level) - LINT_LEVELS.indexOf(b.level) ||
    compareText(repoPath(a.file), repoPath(b.file)) ||
    a.fix.line - b.fix.line ||
    a.fix.endLine - b.fix.endLine ||
    compareText(a.code, b.code)
  )
}

// Code-unit order, not localeCompare: the order must not depend on the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function rangeOf(fix: Fix): number[] {
  return Array.from({ length: fix.endLine - fix.line + 1 }, (_, i) => fix.line + i)
}

/** Findings name the Dockerfile relative to the workspace; the files API, relative to the repository. */
function repoPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
}

function commentKey(c: { path: string; line: number; body: string }): string {
  return JSON.stringify([c.path, c.line, c.body])
}

function pullPath(target: PullRequestTarget): string {
  return `/repos/${target.owner}/${target.repo}/pulls/${target.pullNumber}`
}

function pullRef(target: PullRequestTarget): string {
  return `${target.owner}/${target.repo}#${target.pullNumber}`
}
