import { describe, expect, it } from 'vitest'
import { apiError, githubErrorText, unexpectedReply } from '../../src/github/api-error.js'

const response = (status: number, data: unknown, headers: Record<string, string> = {}, attempts = 1) => ({ status, data, headers, attempts })

describe('githubErrorText', () => {
  it("joins GitHub's message with each validation error", () => {
    const data = {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'Body is too long' }, { resource: 'IssueComment', code: 'missing_field', field: 'body' }, 'plain']
    }
    expect(githubErrorText(data)).toBe('Validation Failed: Body is too long: body missing_field: plain')
  })

  it('keeps a short excerpt of a body that is not JSON', () => {
    expect(githubErrorText(`<html>${'x'.repeat(500)}`)).toHaveLength(200)
    expect(githubErrorText(null)).toBe('')
  })
})

describe('apiError', () => {
  it('advises on the statuses every endpoint shares', () => {
    expect(apiError('do it', response(401, { message: 'Bad credentials' })).message).toBe(
      'Cannot do it: GitHub answered 401 Bad credentials. The token is invalid or expired: check the token the action is given.'
    )
    expect(apiError('do it', response(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0' })).message).toContain('rate limit was hit: re-run the job later')
    expect(apiError('do it', response(503, null, {}, 3)).message).toBe(
      'Cannot do it: GitHub answered 503. GitHub had a server error after 3 attempts: re-run the job, or check https://www.githubstatus.com.'
    )
  })

  it('words a secondary rate limit without retry-after as a rate limit, not as a missing permission', () => {
    const message = apiError('do it', response(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' })).message
    expect(message).toBe(
      "Cannot do it: GitHub answered 403 You have exceeded a secondary rate limit. Please wait a few minutes before you try again. GitHub's API rate limit was hit: re-run the job later."
    )
  })

  it('prefers the caller’s hint for a status', () => {
    const error = apiError('do it', response(404, { message: 'Not Found' }), { 404: 'Is the repository right?' })
    expect(error.message).toBe('Cannot do it: GitHub answered 404 Not Found. Is the repository right?')
    expect(error.status).toBe(404)
  })
})

describe('unexpectedReply', () => {
  it('says what came instead of what the endpoint documents, without a JavaScript error', () => {
    const advice = "Check that GITHUB_API_URL is GitHub's REST API (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server) and that no proxy rewrites its answers, then re-run the job."
    expect(unexpectedReply('list it', response(200, '<html>Sign in to the Wi-Fi</html>'), 'a list').message).toBe(
      `Cannot list it: GitHub answered 200 with text that is not JSON ("<html>Sign in to the Wi-Fi</html>"), not a list. ${advice}`
    )
    expect(unexpectedReply('create it', response(201, null), 'the comment').message).toContain('GitHub answered 201 with an empty body, not the comment.')
    expect(unexpectedReply('create it', response(201, { id: 'x' }), 'the comment').message).toContain('with an object without the expected fields,')
    expect(unexpectedReply('list it', response(200, 7), 'a list').message).toContain('with a bare number,')
  })
})
