import { afterEach, describe, expect, it } from 'vitest'
import { parseHunks } from '../../src/diff-hunks.js'
import { createRestClient } from '../../src/github/rest.js'
import { planSuggestions, postSuggestions, ReviewPermissionError, SUGGESTIONS_PER_REVIEW, suggestionBody } from '../../src/github/review.js'
import type { PullRequestTarget } from '../../src/github/review.js'
import type { LintFinding } from '../../src/types.js'
import { HEAD_SHA, startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub, FakeGitHubOptions, SeedFile } from '../helpers/fake-github.js'
import { finding } from '../report/runs.js'

const TOKEN = 'ghs_ReviewT0k3nThatMustNotLeak'
const TARGET: PullRequestTarget = { owner: 'octo-org', repo: 'app', pullNumber: 1, headSha: HEAD_SHA }
const REVIEWS = /^\/repos\/octo-org\/app\/pulls\/1\/reviews$/
const FILES = /^\/(repos\/octo-org\/app|repositories\/\d+)\/pulls\/1\/files$/
const COMMENTS = /^\/(repos\/octo-org\/app|repositories\/\d+)\/pulls\/1\/comments$/

// New side: hunk 1 holds lines 1..8 and changes 3 and 6; hunk 2 holds 21..23 and changes 22.
const PATCH = [
  '@@ -1,7 +1,8 @@',
  ' FROM debian:12',
  ' RUN apt-get update',
  '-RUN apt-get install curl',
  '+RUN apt-get install curl wget',
  ' WORKDIR /app',
  ' RUN cd /src && \\',
  '+    make',
  ' USER app',
  ' EXPOSE 80',
  '@@ -20,3 +21,3 @@',
  ' ENV A=1',
  '-RUN pip install flask',
  '+RUN pip install flask requests',
  ' CMD ["app"]'
].join('\n')
const DOCKERFILE: SeedFile = { filename: 'Dockerfile', patch: PATCH }

/** A fixable finding: the fix replaces lines `line`..`endLine` with `text`. */
function fixable(line: number, endLine: number, text: string, level: LintFinding['level'] = 'warning', code = 'DL3008'): LintFinding {
  return { ...finding(line, level, code), fix: { line, endLine, text } }
}

let gh: FakeGitHub | undefined
afterEach(async () => {
  await gh?.close()
  gh = undefined
})

async function setup(options: FakeGitHubOptions = {}) {
  gh = await startFakeGitHub({ pullFiles: { 1: [DOCKERFILE] }, ...options })
  const client = createRestClient({ token: TOKEN, apiUrl: gh.url, secondMs: 1 })
  return { gh, suggest: (findings: LintFinding[]) => postSuggestions(client, TARGET, findings) }
}

const calls = (gh: FakeGitHub, method: string, path: RegExp) => gh.requests.filter((r) => r.method === method && path.test(r.path))
const sentComments = (gh: FakeGitHub) => calls(gh, 'POST', REVIEWS).map((r) => (r.body as { comments: { line: number; start_line?: number }[] }).comments)

/** The call's error; fails the test when the call succeeds. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(Error)
  return error as Error
}

describe('planSuggestions', () => {
  const hunks = new Map([['Dockerfile', parseHunks(PATCH)]])

  it('suggests only fixes that touch a changed line inside one hunk', () => {
    const findings = [
      fixable(3, 3, 'RUN apt-get install -y curl wget'),
      fixable(2, 2, 'RUN apt-get update -q'),
      fixable(12, 12, 'RUN x'),
      fixable(6, 22, 'RUN y'),
      fixable(22, 22, 'RUN pip install --no-cache-dir flask requests'),
      { ...finding(6, 'error') }
    ]
    expect(planSuggestions(findings, hunks).map((c) => [c.line, c.start_line])).toEqual([
      [3, undefined],
      [22, undefined]
    ])
  })

  it('spans several lines with start_line, and only when the range does', () => {
    const [multi, single] = planSuggestions([fixable(5, 6, 'RUN make -C /src'), fixable(22, 22, 'RUN z')], hunks)
    expect(multi).toMatchObject({ path: 'Dockerfile', start_line: 5, line: 6, side: 'RIGHT' })
    expect(single).not.toHaveProperty('start_line')
  })

  it('keeps the most severe of overlapping fixes, whatever order they came in', () => {
    const warning = fixable(3, 3, 'RUN apt-get install -y curl wget', 'warning', 'DL3014')
    const error = fixable(2, 3, 'RUN apt-get update && apt-get install curl wget', 'error', 'DL3009')
    const planned = planSuggestions([warning, error], hunks)
    expect(planned).toHaveLength(1)
    expect(planned[0]!.body).toContain('DL3009')
    expect(planSuggestions([error, warning], hunks)).toEqual(planned)
  })

  it('finds the file however the workspace path is written', () => {
    expect(planSuggestions([{ ...fixable(3, 3, 'RUN a'), file: './Dockerfile' }], hunks)).toMatchObject([{ path: 'Dockerfile' }])
  })

  it('suggests nothing for a file without a patch', () => {
    expect(planSuggestions([fixable(3, 3, 'RUN a')], new Map([['Dockerfile', parseHunks('')]]))).toEqual([])
  })
})

describe('suggestionBody', () => {
  it('links the rule, says the message, then gives the fix as a suggestion', () => {
    expect(suggestionBody({ ...finding(3, 'warning'), fix: { line: 3, endLine: 4, text: 'RUN apt-get install -y \\\n    curl' } })).toBe(
      '[**DL3008**](https://github.com/hadolint/hadolint/wiki/DL3008) Pin versions in apt get install\n\n```suggestion\nRUN apt-get install -y \\\n    curl\n```'
    )
  })

  it('cannot mention anyone, and a fix holding backticks cannot close the block', () => {
    const body = suggestionBody({ ...finding(1, 'warning', 'DL3000', 'ask @octo-org/admins'), fix: { line: 1, endLine: 1, text: 'RUN echo ```' } })
    expect(body).not.toContain('@octo')
    expect(body).toContain('\n\n````suggestion\nRUN echo ```\n````')
  })
})

describe('postSuggestions', () => {
  it('posts one review with the fixes on changed lines only', async () => {
    const { gh, suggest } = await setup()

    const result = await suggest([fixable(3, 3, 'RUN apt-get install -y curl wget'), fixable(1, 1, 'FROM debian:12.5'), fixable(15, 15, 'RUN x')])

    expect(result).toEqual({ action: 'posted', url: gh.reviews[0]!.html_url, posted: 1, left: 0 })
    expect(calls(gh, 'POST', REVIEWS)[0]!.body).toEqual({
      commit_id: HEAD_SHA,
      event: 'COMMENT',
      body: 'Container Gate suggests 1 fix for lines this pull request changed: commit them from the comments below.',
      comments: [{ path: 'Dockerfile', line: 3, side: 'RIGHT', body: suggestionBody(fixable(3, 3, 'RUN apt-get install -y curl wget') as Required<LintFinding>) }]
    })
    expect(gh.reviews[0]).toMatchObject({ state: 'COMMENTED', user: { login: 'github-actions[bot]' } })
    expect(gh.reviewComments.map((c) => [c.path, c.line])).toEqual([['Dockerfile', 3]])
  })

  it('posts a multi-line suggestion that GitHub takes', async () => {
    const { gh, suggest } = await setup()

    const result = await suggest([fixable(5, 6, 'RUN make -C /src'), fixable(21, 22, 'ENV A=1\nRUN pip install --no-cache-dir flask requests')])

    expect(result.posted).toBe(2)
    expect(gh.reviewComments.map((c) => [c.start_line, c.line])).toEqual([
      [5, 6],
      [21, 22]
    ])
  })

  it(`posts at most ${SUGGESTIONS_PER_REVIEW} suggestions a review and the rest on the next run`, async () => {
    const added = Array.from({ length: 45 }, (_, i) => `+RUN step ${i}`)
    const { gh, suggest } = await setup({ pullFiles: { 1: [{ filename: 'Dockerfile', status: 'added', patch: ['@@ -0,0 +1,45 @@', ...added].join('\n') }] } })
    const findings = Array.from({ length: 45 }, (_, i) => fixable(i + 1, i + 1, `RUN step ${i} --fixed`))

    const first = await suggest(findings)
    const second = await suggest(findings)
    const third = await suggest(findings)

    expect([first, second, third].map((r) => [r.action, r.posted, r.left])).toEqual([
      ['posted', 30, 15],
      ['posted', 15, 0],
      ['unchanged', 0, 0]
    ])
    expect(sentComments(gh).map((c) => c.length)).toEqual([30, 15])
    expect(calls(gh, 'POST', REVIEWS)[0]!.body).toMatchObject({ body: expect.stringContaining('15 more fixes wait for the next run: a review carries at most 30.') })
    expect(new Set(gh.reviewComments.map((c) => c.line)).size).toBe(45)
  })

  it('does not repeat a suggestion on a rerun', async () => {
    const { gh, suggest } = await setup()
    const findings = [fixable(3, 3, 'RUN apt-get install -y curl wget'), fixable(5, 6, 'RUN make -C /src')]

    await suggest(findings)
    const rerun = await suggest(findings)

    expect(rerun).toEqual({ action: 'unchanged', url: '', posted: 0, left: 0 })
    expect(gh.reviews).toHaveLength(1)
    expect(gh.reviewComments).toHaveLength(2)
  })

  it('suggests again what someone else wrote, and what changed since our last suggestion', async () => {
    const body = suggestionBody(fixable(3, 3, 'RUN apt-get install -y curl wget') as Required<LintFinding>)
    const { gh, suggest } = await setup({
      reviewComments: [
        { path: 'Dockerfile', line: 3, body, login: 'mallory' },
        { path: 'Dockerfile', line: 22, body: 'an older fix', login: 'github-actions[bot]' }
      ]
    })

    const result = await suggest([fixable(3, 3, 'RUN apt-get install -y curl wget'), fixable(22, 22, 'RUN pip install --no-cache-dir flask requests')])

    expect(result.posted).toBe(2)
    expect(sentComments(gh)[0]!.map((c) => c.line)).toEqual([3, 22])
  })

  it('finds the Dockerfile and our earlier suggestions on later pages', async () => {
    const body = suggestionBody(fixable(3, 3, 'RUN apt-get install -y curl wget') as Required<LintFinding>)
    const others: SeedFile[] = Array.from({ length: 150 }, (_, i) => ({ filename: `src/file${i}.ts`, patch: '@@ -1 +1 @@\n-a\n+b' }))
    const noise = Array.from({ length: 120 }, (_, i) => ({ path: 'Dockerfile', line: 22, body: `chatter ${i}`, login: 'reviewer' }))
    const { gh, suggest } = await setup({
      pullFiles: { 1: [...others, DOCKERFILE] },
      reviewComments: [...noise, { path: 'Dockerfile', line: 3, body }]
    })

    const result = await suggest([fixable(3, 3, 'RUN apt-get install -y curl wget')])

    expect(result.action).toBe('unchanged')
    expect(calls(gh, 'GET', FILES).map((r) => r.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }])
    expect(calls(gh, 'GET', COMMENTS)).toHaveLength(2)
  })

  it('asks nothing of GitHub when no finding has a fix', async () => {
    const { gh, suggest } = await setup()

    expect(await suggest([finding(3, 'error')])).toEqual({ action: 'none', url: '', posted: 0, left: 0 })
    expect(gh.requests).toHaveLength(0)
  })

  it('refuses a head that is not a commit SHA before calling GitHub', async () => {
    const { gh } = await setup()
    const client = createRestClient({ token: TOKEN, apiUrl: gh.url, secondMs: 1 })

    const error = await failure(postSuggestions(client, { ...TARGET, headSha: '' }, [fixable(3, 3, 'RUN a')]))

    expect(error.message).toBe('Cannot suggest fixes on octo-org/app#1: "" is not the commit SHA of its head.')
    expect(gh.requests).toHaveLength(0)
  })

  it('posts no review when no fix is on a changed line', async () => {
    const { gh, suggest } = await setup()

    expect((await suggest([fixable(1, 1, 'FROM debian:12.5')])).action).toBe('none')
    expect(calls(gh, 'POST', REVIEWS)).toHaveLength(0)
  })

  it('names the pull-requests: write permission on a read-only token', async () => {
    const { gh, suggest } = await setup({ readOnly: true })

    const error = await failure(suggest([fixable(3, 3, 'RUN a')]))

    expect(error).toBeInstanceOf(ReviewPermissionError)
    expect(error.message).toContain('Cannot post the suggestions on octo-org/app#1: GitHub answered 403 Resource not accessible by integration.')
    expect(error.message).toContain('`pull-requests: write`')
    expect(error.message).not.toContain(TOKEN)
    expect(gh.reviews).toHaveLength(0)
  })

  for (const [list, name] of [[FILES, 'files'], [COMMENTS, 'comments']] as const) {
    it(`stops at a Link on the ${name} that leads back to a page already read`, async () => {
      const { gh, suggest } = await setup()
      const self = `${gh.url}/repositories/123456789/pulls/1/${name}?per_page=100`
      gh.failNext({ method: 'GET', path: list }, { status: 200, body: [], headers: { link: `<${self}>; rel="next"` } }, 1000)

      const error = await failure(suggest([fixable(3, 3, 'RUN a')]))

      expect(error.message).toMatch(/^Cannot list the (files|review comments) of octo-org\/app#1: GitHub's next page .* is one already read/)
      expect(calls(gh, 'GET', list)).toHaveLength(2)
      expect(gh.reviews).toHaveLength(0)
    })
  }

  it('says what came instead of the review, rather than a JavaScript error', async () => {
    const { gh, suggest } = await setup()
    gh.failNext({ method: 'POST', path: REVIEWS }, { status: 200, body: '<html>', handled: true })

    const error = await failure(suggest([fixable(3, 3, 'RUN a')]))

    expect(error.message).toMatch(/^Cannot post the suggestions on octo-org\/app#1: GitHub answered 200 with text that is not JSON \("<html>"\), not the review\./)
  })

  it('does not post twice when the review landed but its answer was lost', async () => {
    const { gh, suggest } = await setup()
    gh.failNext({ method: 'POST', path: REVIEWS }, { status: 502, handled: true })

    const result = await suggest([fixable(3, 3, 'RUN a')])

    expect(result).toMatchObject({ action: 'posted', posted: 1 })
    expect(gh.reviews).toHaveLength(1)
    expect(calls(gh, 'POST', REVIEWS)).toHaveLength(1)
  })

  it('posts again when a failed review did not land', async () => {
    const { gh, suggest } = await setup()
    gh.failNext({ method: 'POST', path: REVIEWS }, { status: 500 })

    expect((await suggest([fixable(3, 3, 'RUN a')])).action).toBe('posted')
    expect(gh.reviews).toHaveLength(1)
    expect(calls(gh, 'POST', REVIEWS)).toHaveLength(2)
  })

  it("passes on GitHub's words when a line is outside the diff", async () => {
    const { gh, suggest } = await setup()
    // The diff GitHub checks against moved after we read it, e.g. a push during the run.
    gh.failNext({ method: 'GET', path: FILES }, { status: 200, body: [{ filename: 'Dockerfile', patch: '@@ -30 +30 @@\n-RUN b\n+RUN a' }] })

    const error = await failure(suggest([fixable(30, 30, 'RUN a')]))

    expect(error.message).toContain('GitHub answered 422 Unprocessable Entity: Pull request review thread line must be part of the diff.')
    expect(error.message).toContain('the pull request may have new commits since this run started')
  })
})

describe('the loopback review endpoints', () => {
  it('refuse a start line outside the line’s hunk, as GitHub does', async () => {
    const { gh } = await setup()
    const client = createRestClient({ token: TOKEN, apiUrl: gh.url, secondMs: 1 })

    const response = await client.request('POST', '/repos/octo-org/app/pulls/1/reviews', {
      commit_id: HEAD_SHA,
      event: 'COMMENT',
      comments: [{ path: 'Dockerfile', start_line: 6, line: 22, side: 'RIGHT', body: 'x' }]
    })

    expect(response.status).toBe(422)
    expect(response.data).toMatchObject({ errors: ['Pull request review thread start line must be part of the same hunk as the line.'] })
    expect(gh.reviews).toHaveLength(0)
  })
})
