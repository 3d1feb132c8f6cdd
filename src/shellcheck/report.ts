// ShellCheck's `--format=json1` output → findings, each with the file it was found in; the runner places them on the
// RUN's first line, as hadolint reports them.

import type { ExternalHit } from '../lint/rule.js'
import type { LintLevel } from '../types.js'

const LEVELS: readonly LintLevel[] = ['error', 'warning', 'info', 'style']

/** One ShellCheck comment: a finding without its Dockerfile line, and the script file it is about. */
export interface ShellcheckComment extends Omit<ExternalHit, 'line'> {
  file: string
}

/**
 * The comments of one ShellCheck run. Levels map one to one; an unknown level is an error, as in hadolint. Throws
 * when the text is not ShellCheck's json1 document.
 */
export function shellcheckComments(json: string): ShellcheckComment[] {
  const document: unknown = JSON.parse(json)
  const comments = (document as { comments?: unknown } | null)?.comments
  if (!Array.isArray(comments)) throw new Error('the output has no "comments" list')
  return comments.map((comment: unknown): ShellcheckComment => {
    const { file, code, level, message } = (comment ?? {}) as { file?: unknown; code?: unknown; level?: unknown; message?: unknown }
    if (typeof code !== 'number' || typeof message !== 'string') throw new Error(`a comment lacks a numeric code or a message: ${JSON.stringify(comment)}`)
    return {
      file: String(file),
      code: `SC${code}`,
      level: LEVELS.find((l) => l === level) ?? 'error',
      message,
      docsUrl: shellcheckDocs(`SC${code}`)
    }
  })
}

/** ShellCheck's page for a code such as SC2086. */
export function shellcheckDocs(code: string): string {
  return `https://www.shellcheck.net/wiki/${code}`
}

/** One finding per line, code, level and message: hadolint keeps a set, so `$A $A` is one SC2086. */
export function uniqueHits(hits: readonly ExternalHit[]): ExternalHit[] {
  const seen = new Set<string>()
  return hits.filter((h) => {
    const key = JSON.stringify([h.line, h.code, h.level, h.message])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
