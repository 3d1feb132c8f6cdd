// What every renderer of one run needs sorted and grouped: made once per run, then handed to each renderer, so that
// a report of thousands of vulnerabilities is sorted and grouped once rather than once per renderer.
import type { GateRun } from '../types.js'
import { lineGroups } from './lines.js'
import type { LineGroup } from './lines.js'
import { byWorst, listFindings } from './select.js'
import type { Listing } from './select.js'

export interface PreparedReport {
  readonly listing: Listing
  /** The listed vulnerabilities (CRITICAL and HIGH, then the lower ones shown) grouped by Dockerfile line. */
  readonly lines: readonly LineGroup[]
}

/** For the renderers of this run only: it is made from the run as it is now, and is not updated when the run changes. */
export function prepareReport(run: GateRun): PreparedReport {
  const listing = listFindings(run)
  // The listed vulnerabilities in the order lineGroups keeps within each line, the report's own sorted once.
  const listed = new Set([...listing.urgent, ...listing.lower])
  return { listing, lines: lineGroups(run, byWorst(run.scan.report?.vulnerabilities ?? []).filter((v) => listed.has(v))) }
}

/** Prepares each run of a report once, whichever renderer asks first; made for one report and dropped with it. */
export type Preparer = (run: GateRun) => PreparedReport

export function preparer(): Preparer {
  const prepared = new Map<GateRun, PreparedReport>()
  return (run) => {
    let report = prepared.get(run)
    if (!report) prepared.set(run, (report = prepareReport(run)))
    return report
  }
}
