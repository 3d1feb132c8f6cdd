// The Dockerfile lines a pull request changed, read from `git diff --unified=0`. Pure: the diff text is an argument.
import { parseHunks } from '../diff-hunks.js'

/** Lines `start`..`end`, 1-based and inclusive. */
export interface LineRange {
  start: number
  end: number
}

/**
 * The new side's changed lines in a unified diff, as ranges of consecutive added or rewritten lines. With
 * `--unified=0` a hunk holds no context; a hunk that only deletes leaves no line behind to put a finding on.
 */
export function changedLines(diff: string): LineRange[] {
  const ranges: LineRange[] = []
  for (const line of parseHunks(diff).flatMap((h) => h.added)) {
    const last = ranges.at(-1)
    if (last && line === last.end + 1) last.end = line
    else ranges.push({ start: line, end: line })
  }
  return ranges
}

/** True when the two ranges share a line. */
export function overlaps(a: LineRange, b: LineRange): boolean {
  return a.start <= b.end && b.start <= a.end
}

/**
 * git's argv for the changes to the Dockerfile since `base`. `merge-base`: what a pull request shows, from the
 * fork point to HEAD (`base...HEAD`), as the action sees it; `working-tree`: everything since `base`, uncommitted
 * edits included, as a developer running the CLI expects. Colour and external diff tools are off whatever the
 * user's git config says: the parser reads git's own format.
 */
export function diffArgs(base: string, dockerfile: string, against: 'merge-base' | 'working-tree'): string[] {
  const revision = against === 'merge-base' ? `${base}...HEAD` : base
  return ['diff', '--unified=0', '--no-color', '--no-ext-diff', revision, '--', dockerfile]
}
