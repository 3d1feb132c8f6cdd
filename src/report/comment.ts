import type { GateRun } from '../types.js'
import { reportSections } from './document.js'
import { markdownLink } from './escape.js'
import { fitSections } from './fit.js'
import { formatCount, plural } from './format.js'
import { prepareReport } from './prepare.js'
import type { PreparedReport } from './prepare.js'

/** GitHub rejects a comment body over this many characters with HTTP 422. */
export const COMMENT_MAX_LENGTH = 65_536

export interface CommentOptions {
  /** The hidden marker the sticky-comment code looks for; see `commentMarker`. */
  marker: string
  summaryUrl?: string
  maxLength?: number
}

/**
 * The hidden marker that identifies this gate's comment. The key can only hold characters that can
 * never end the HTML comment or the Markdown around it.
 */
export function commentMarker(key: string): string {
  const safe = key.replace(/[^A-Za-z0-9._/:=+]+/g, '-').slice(0, 200)
  return `<!-- container-gate:${safe} -->`
}

/** The pull-request comment: the marker, then the report, cut to fit GitHub's size limit. */
export function renderComment(run: GateRun, opts: CommentOptions, prepared: PreparedReport = prepareReport(run)): string {
  const max = opts.maxLength ?? COMMENT_MAX_LENGTH
  const head = `${opts.marker}\n`
  const where = opts.summaryUrl ? `the ${markdownLink('job summary', opts.summaryUrl)}` : "this run's job summary"
  return (
    head +
    fitSections(reportSections(run, { buildLog: false }, prepared), {
      max: max - head.length,
      measure: (text) => text.length,
      overflow: (n) =>
        `⚠️ ${plural(n, 'row was', 'rows were')} left out to stay under GitHub's limit of ${formatCount(max)} characters per comment; ${where} has them.`
    })
  )
}
