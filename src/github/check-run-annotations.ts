// What a gate run's check run says: its conclusion, its output and every annotation, cut into the batches the
// Checks API takes. Pure: `check-run.ts` sends it. Workflow-command annotations stop at 10 per level; a check run
// has no such limit, so it carries every annotation `rankAnnotations` ranks, in the same words.
import { rankAnnotations } from '../report/annotations.js'
import { renderReport } from '../report/document.js'
import { truncate } from '../report/escape.js'
import { formatCount, plural } from '../report/format.js'
import { prepareReport } from '../report/prepare.js'
import type { PreparedReport } from '../report/prepare.js'
import type { Annotation, AnnotationLevel, GateRun } from '../types.js'

/** The Checks API refuses more annotations than this in one request (422 "No more than 50 items are allowed"). */
export const ANNOTATIONS_PER_REQUEST = 50
/** `output.summary` and `output.text`, in characters. */
export const CHECK_SUMMARY_MAX_LENGTH = 65_535
/** An annotation's `message` and `raw_details`, in bytes (64 KB). */
export const ANNOTATION_MESSAGE_MAX_BYTES = 65_536
const TITLE_MAX_LENGTH = 255

export type CheckRunConclusion = 'success' | 'failure' | 'neutral'

/** One annotation as `output.annotations[]` takes it. */
export interface CheckRunAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title?: string
  message: string
}

export interface CheckRunPlan {
  conclusion: CheckRunConclusion
  title: string
  /** Markdown, at most `CHECK_SUMMARY_MAX_LENGTH` characters. */
  summary: string
  /** At most `ANNOTATIONS_PER_REQUEST` each, most important first; the first goes with the create, the rest with updates. */
  batches: CheckRunAnnotation[][]
}

const LEVELS: Record<AnnotationLevel, CheckRunAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' }

export function planCheckRun(run: GateRun, prepared: PreparedReport = prepareReport(run)): CheckRunPlan {
  const annotations = rankAnnotations(run, () => prepared).map((a) => checkRunAnnotation(a, run))
  return { conclusion: checkRunConclusion(run), title: checkRunTitle(run), summary: checkRunSummary(run, prepared), batches: batchesOf(annotations, ANNOTATIONS_PER_REQUEST) }
}

/**
 * `failure` when the gate fails; `neutral` when it passes with findings below the policy's thresholds (nothing
 * blocks, but there is something to read); `success` when there is nothing at all. GitHub counts `neutral` as
 * passing for a required check.
 */
export function checkRunConclusion(run: GateRun): CheckRunConclusion {
  if (!run.verdict.pass) return 'failure'
  const report = run.scan.report
  const found = run.lint.length + (report?.vulnerabilities.length ?? 0) + (report?.secrets.length ?? 0)
  return found > 0 ? 'neutral' : 'success'
}

/** A name per Dockerfile, so that the check runs of a monorepo's Dockerfiles do not replace one another. */
export function checkRunName(dockerfile: string): string {
  return truncate(`Container Gate: ${dockerfile}`, TITLE_MAX_LENGTH)
}

function checkRunTitle(run: GateRun): string {
  const vulns = run.scan.report?.vulnerabilities.length
  const counts = [plural(run.lint.length, 'lint finding', 'lint findings'), ...(vulns === undefined ? [] : [plural(vulns, 'vulnerability', 'vulnerabilities')])]
  return `${run.verdict.pass ? 'Passed' : 'Failed'}: ${counts.join(', ')}`
}

/** The report the PR comment shows, cut to the Checks API's limit. */
function checkRunSummary(run: GateRun, prepared: PreparedReport): string {
  return renderReport(run, { buildLog: false, elsewhere: 'the job summary' }, {
    max: CHECK_SUMMARY_MAX_LENGTH,
    measure: (text) => text.length,
    overflow: (n) => `⚠️ ${plural(n, 'row was', 'rows were')} left out to stay under the Checks API's limit of ${formatCount(CHECK_SUMMARY_MAX_LENGTH)} characters; the job summary has them.`
  }, () => prepared)
}

function checkRunAnnotation(a: Annotation, run: GateRun): CheckRunAnnotation {
  // The Checks API needs a line. What concerns the whole image goes where the other reports put it: the final FROM.
  const line = a.startLine ?? run.fromLine ?? 1
  return {
    path: a.file ?? run.dockerfile,
    start_line: line,
    end_line: line,
    annotation_level: LEVELS[a.level],
    ...(a.title !== undefined && { title: truncate(a.title, TITLE_MAX_LENGTH) }),
    message: withinBytes(a.message, ANNOTATION_MESSAGE_MAX_BYTES)
  }
}

/** A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair 4 for 2), so a third of the bytes always fits. */
function withinBytes(text: string, maxBytes: number): string {
  return Buffer.byteLength(text, 'utf8') <= maxBytes ? text : truncate(text, Math.floor(maxBytes / 3))
}

function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = []
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size))
  return batches
}
