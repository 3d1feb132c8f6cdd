// Unified-diff hunks, as in the `patch` GitHub gives for each file of a pull request: which new-side lines the
// pull request added or changed, and which lines a review comment may sit on. Pure, for any caller that needs
// to know what a pull request touched.

export interface Hunk {
  oldStart: number
  oldLines: number
  /** The hunk's first new-side line (1-based); for a hunk that only deletes, the line after which it deletes. */
  newStart: number
  /** New-side lines in the hunk, context included; 0 for a hunk that only deletes. */
  newLines: number
  /** The new-side numbers of the `+` lines, ascending: what the pull request added or changed. */
  added: number[]
}

// The section heading git may add after the second `@@` is ignored. A count left out means one line.
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/**
 * The hunks of a unified diff, in order. Lines outside hunks (`diff --git`, `---`, `+++`, `index`) are skipped;
 * inside one, the header's counts say where it ends, so a removed line that reads `-- x` is never taken for a
 * file header. A patch that is not a diff yields no hunks rather than an error: it then has no lines to comment on.
 */
export function parseHunks(patch: string): Hunk[] {
  const hunks: Hunk[] = []
  let hunk: Hunk | undefined
  let oldLeft = 0
  let newLeft = 0
  let next = 0
  for (const line of patch.split('\n')) {
    if (hunk && (oldLeft > 0 || newLeft > 0)) {
      const mark = line[0]
      if (mark === '+') {
        hunk.added.push(next++)
        newLeft--
        continue
      }
      if (mark === '-') {
        oldLeft--
        continue
      }
      // "\ No newline at end of file" belongs to the line before it.
      if (mark === '\\') continue
      // Some tools strip the space that starts an empty context line.
      if (mark === ' ' || mark === undefined || line === '\r') {
        next++
        oldLeft--
        newLeft--
        continue
      }
      // Anything else means the counts lied: the hunk ends here, and the line may be the next header.
      oldLeft = newLeft = 0
    }
    const header = HUNK_HEADER.exec(line)
    if (!header) continue
    hunk = {
      oldStart: Number(header[1]),
      oldLines: header[2] === undefined ? 1 : Number(header[2]),
      newStart: Number(header[3]),
      newLines: header[4] === undefined ? 1 : Number(header[4]),
      added: []
    }
    hunks.push(hunk)
    oldLeft = hunk.oldLines
    newLeft = hunk.newLines
    next = hunk.newStart
  }
  return hunks
}

/** Every new-side line the diff added or changed. */
export function addedLines(hunks: readonly Hunk[]): Set<number> {
  return new Set(hunks.flatMap((h) => h.added))
}

/**
 * The hunk whose new side holds every line from `start` to `end`, context lines included: GitHub takes a review
 * comment, or a multi-line one's whole range, only there ("line must be part of the diff").
 */
export function hunkHolding(hunks: readonly Hunk[], start: number, end: number): Hunk | undefined {
  return hunks.find((h) => h.newLines > 0 && start >= h.newStart && end <= h.newStart + h.newLines - 1 && start <= end)
}
