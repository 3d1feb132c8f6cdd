import type { GateReport, GateRun } from '../types.js'
import { renderReport } from './document.js'
import { preparer } from './prepare.js'
import type { Preparer } from './prepare.js'
import { plural } from './format.js'

/** GitHub refuses a step summary over 1 MiB. */
export const SUMMARY_MAX_BYTES = 1_048_576

export interface SummaryOptions {
  maxBytes?: number
  /** Said above the report, as Markdown: what this run did not publish, and why (a newer commit's run reports instead). */
  notice?: string
}

/** The job summary: the comment's report without the marker, plus the build log when the build failed. */
export function renderSummary(report: GateRun | GateReport, opts: SummaryOptions = {}, prepare: Preparer = preparer()): string {
  const notice = opts.notice ? `> ⚠️ ${opts.notice}\n\n` : ''
  const measure = (text: string): number => Buffer.byteLength(text, 'utf8')
  return notice + renderReport(report, { buildLog: true, elsewhere: 'the results file (output results-file)' }, {
    max: (opts.maxBytes ?? SUMMARY_MAX_BYTES) - measure(notice),
    measure,
    overflow: (n) => `⚠️ ${plural(n, 'row was', 'rows were')} left out to stay under GitHub's 1 MiB limit for a job summary.`
  }, prepare)
}
