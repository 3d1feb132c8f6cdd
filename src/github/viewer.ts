// Who the token writes as, so the sticky comment is only ever one we wrote ourselves.
import { apiError } from './api-error.js'
import { isRateLimited } from './retry.js'
import type { RestClient } from './rest.js'

/** The author of comments written with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * A personal access token can ask who it is. GITHUB_TOKEN cannot: `GET /user` answers 403 "Resource not
 * accessible by integration", and its comments are written by the Actions bot.
 */
export async function tokenLogin(client: RestClient): Promise<string> {
  const response = await client.request<{ login?: unknown }>('GET', '/user')
  if (response.status === 200 && typeof response.data?.login === 'string') return response.data.login
  if (response.status === 403 && !isRateLimited(response)) return ACTIONS_BOT_LOGIN
  throw apiError('find out which account the token belongs to', response)
}
