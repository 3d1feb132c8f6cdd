import type { GateRun } from '../types.js'
import { reportSections } from './document.js'
import { fitSections } from './fit.js'
import { plural } from './format.js'
import { prepareReport } from './prepare.js'
import type { PreparedReport } from './prepare.js'

/** GitHub refuses a step summary over 1 MiB. */
export const SUMMARY_MAX_BYTES = 1_048_576

export interface SummaryOptions {
  maxBytes?: number
}

/** The job summary: the comment's report without the marker, plus the build log when the build failed. */
export function renderSummary(run: GateRun, opts: SummaryOptions = {}, prepared: PreparedReport = prepareReport(run)): string {
  return fitSections(reportSections(run, { buildLog: true }, prepared), {
    max: opts.maxBytes ?? SUMMARY_MAX_BYTES,
    measure: (text) => Buffer.byteLength(text, 'utf8'),
    overflow: (n) => `⚠️ ${plural(n, 'row was', 'rows were')} left out to stay under GitHub's 1 MiB limit for a job summary.`
  })
}
