import { createHash } from 'node:crypto'
import type { GateReport, GateRun } from '../types.js'
import { renderReport } from './document.js'
import { preparer } from './prepare.js'
import type { Preparer } from './prepare.js'
import { markdownLink } from './escape.js'
import { formatCount, plural } from './format.js'

/** GitHub rejects a comment body over this many characters with HTTP 422. */
export const COMMENT_MAX_LENGTH = 65_536

export interface CommentOptions {
  /** The hidden marker the sticky-comment code looks for; see `commentMarker`. */
  marker: string
  summaryUrl?: string
  maxLength?: number
}

/**
 * The hidden marker that identifies this gate's comment. It shows the key as far as it is made of characters that
 * can never end the HTML comment or the Markdown around it; when anything had to be replaced or cut, a digest of the
 * whole key keeps two keys from sharing a marker.
 */
export function commentMarker(key: string): string {
  const safe = key.replace(/[^A-Za-z0-9._/:=+,]+/g, '-')
  if (safe === key && key.length <= MARKER_KEY_MAX) return `<!-- container-gate:${key} -->`
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 16)
  return `<!-- container-gate:${safe.slice(0, MARKER_KEY_MAX)}~${digest} -->`
}

const MARKER_KEY_MAX = 200

/** The pull-request comment: the marker, then the report, cut to fit GitHub's size limit. */
export function renderComment(report: GateRun | GateReport, opts: CommentOptions, prepare: Preparer = preparer()): string {
  const max = opts.maxLength ?? COMMENT_MAX_LENGTH
  const head = `${opts.marker}\n`
  const where = opts.summaryUrl ? `the ${markdownLink('job summary', opts.summaryUrl)}` : "this run's job summary"
  return (
    head +
    renderReport(report, { buildLog: false, elsewhere: where }, {
      max: max - head.length,
      measure: (text) => text.length,
      overflow: (n) =>
        `⚠️ ${plural(n, 'row was', 'rows were')} left out to stay under GitHub's limit of ${formatCount(max)} characters per comment; ${where} has them.`
    }, prepare)
  )
}
