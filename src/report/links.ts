import type { RunContext } from '../types.js'
import { encodePath, markdownLink } from './escape.js'

/** The line number, linked to that line of the Dockerfile at the head commit when the run knows where that is. */
export function lineLink(dockerfile: string, line: number, context: RunContext): string {
  const { serverUrl, repository, sha } = context
  if (!serverUrl || !repository || !sha) return String(line)
  return markdownLink(String(line), `${serverUrl.replace(/\/+$/, '')}/${encodePath(repository)}/blob/${encodeURIComponent(sha)}/${encodePath(dockerfile)}#L${line}`)
}
