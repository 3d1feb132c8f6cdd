// "What this pull request introduced": find a baseline, learn which Dockerfile lines changed, mark what is new.
import type { StepLog } from '../log.js'
import type { DockerfileModel } from '../lint/model.js'
import type { LintFinding, ScanOutcome } from '../types.js'
import { readChangedLines } from './changed-lines.js'
import { compareWithBaseline } from './compare.js'
import type { Baseline, Compared, MissingBaseline } from './compare.js'

export { restoreBaseline, saveBaseline } from './cache.js'
export { headCommit } from './changed-lines.js'
export { readBaselineFile, writeBaselineFile } from './file.js'
export { compareWithBaseline } from './compare.js'
export type { Baseline, Compared, MissingBaseline } from './compare.js'
export { baselineImageTag, rebuildBaseline } from './rebuild.js'
export { judgedAll, JUDGED_ALL_NOTE, scopedPolicy } from './scope.js'
export { BaselineError, parseBaselineResults, toBaselineResults } from './results.js'
export type { BaselineResults } from './results.js'

/** What the pipeline has once the image is scanned. */
export interface HeadResults {
  /** The Dockerfile as the lint parsed it: its instructions' lines tell which findings a changed line touches. */
  model: DockerfileModel
  lint: LintFinding[]
  scan: ScanOutcome
}

/** Marks what the run introduced, before the gate decides. */
export type Comparer = (head: HeadResults, log: StepLog) => Promise<Compared>

export interface ComparerOptions {
  workspace: string
  dockerfile: string
  load: (log: StepLog) => Promise<Baseline | MissingBaseline>
  /**
   * The commit to diff the Dockerfile against (the pull request's base), and how; `base` absent: the baseline's own
   * commit, for a baseline file that names one.
   */
  diff: { base?: string; against: 'merge-base' | 'working-tree' }
}

/** A run with no base to compare with (a push, a schedule): nothing can be called new, and the notes say why. */
export function noBaseline(missing: string): Comparer {
  return async (head) => compareWithBaseline({ lint: head.lint, scan: head.scan, instructions: [], baseline: { missing }, changed: [] })
}

export function baselineComparer(opts: ComparerOptions): Comparer {
  return async (head, log) => {
    const baseline = await opts.load(log)
    const instructions = head.model.instructions.map((i) => ({ start: i.line, end: i.endLine }))
    const input = { lint: head.lint, scan: head.scan, instructions, baseline }
    if ('missing' in baseline) {
      log.info(`No baseline: ${baseline.missing}.`)
      return compareWithBaseline({ ...input, changed: [] })
    }
    const base = opts.diff.base ?? baseline.results.commit
    const changed = base
      ? await readChangedLines({ workspace: opts.workspace, dockerfile: opts.dockerfile, base, against: opts.diff.against })
      : { unknown: 'the baseline names no commit to diff against' }
    return compareWithBaseline({ ...input, changed })
  }
}
