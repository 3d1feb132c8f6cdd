/**
 * A document whose detail rows can be dropped to fit a size limit. Sections render in order; rows are kept by
 * priority, whole rows at a time, and a section that lost rows says how many, naming the deciding ones.
 */
export interface Section {
  /** Always rendered. Callers bound any untrusted text in here, so that rows alone decide the size. */
  head: string[]
  rows?: Rows
  /** Always rendered, after the rows. */
  tail?: string[]
}

export interface Rows {
  /** Rendered only while at least one row is kept (a table's header). */
  head: string[]
  lines: RowList
  /**
   * Each row's priority (see `Priority`), never decreasing down the list; absent: every row decides. Every section's
   * rows of one priority are kept before any row of a lower one, so a cut never hides one Dockerfile's reason while
   * another's detail is shown.
   */
  priority?: (index: number) => Priority
  /** A few words that name a deciding row (its ID, its rule and line), said in the note when the row itself is cut. */
  name?: (index: number) => string
  /** One line said in place of `n` rows that did not fit; `named`: the deciding ones among them, by `name`. */
  omitted: (n: number, named: readonly string[]) => string
}

/** 0: decides the verdict; 1: HIGH, kept next; 2: the rest. */
export type Priority = 0 | 1 | 2
const PRIORITIES: readonly Priority[] = [0, 1, 2]

export interface RowList {
  readonly length: number
  at(index: number): string | undefined
}

export interface Budget {
  max: number
  /** The size of a string in the limit's unit (UTF-16 code units, UTF-8 bytes…). */
  measure: (text: string) => number
  /** The last line when anything was dropped, given the number of rows left out in all. */
  overflow: (dropped: number) => string
}

/** The size of what `fitSections` never drops: every head and tail, and the header of each table. */
export function fixedSize(sections: readonly Section[], measure: (text: string) => number): number {
  return sections.reduce((n, s) => n + [...s.head, ...(s.tail ?? []), ...(s.rows?.head ?? [])].reduce((m, l) => m + measure(l) + 1, 0), 0)
}

/** The sections as text (lines each ending in a newline), no bigger than `budget.max`. */
export function fitSections(sections: readonly Section[], budget: Budget): string {
  const lineSize = (line: string): number => budget.measure(line) + 1
  const sum = (lines: readonly string[]): number => lines.reduce((n, l) => n + lineSize(l), 0)
  // A note comes after a blank line, so that Markdown never reads it as one more table row.
  const noteSize = (line: string): number => lineSize('') + lineSize(line)
  const count = (i: number): number => sections[i]!.rows?.lines.length ?? 0
  const priority = (i: number, j: number): Priority => sections[i]!.rows?.priority?.(j) ?? 0

  // Rows are taken priority by priority, each section's in order, while the text so far fits. Once a row does not,
  // its section takes no more, and no row of a lower priority is taken anywhere. Rows never taken are never
  // rendered: a comment has room for a few hundred of a large report's thousands of rows.
  let size = sections.reduce((n, s) => n + sum(s.head) + sum(s.tail ?? []), 0)
  const taken: string[][] = sections.map(() => [])
  const rowSizes: number[][] = sections.map(() => [])
  const full = new Set<number>()
  for (const level of PRIORITIES) {
    sections.forEach((s, i) => {
      while (s.rows && !full.has(i) && taken[i]!.length < count(i) && priority(i, taken[i]!.length) === level) {
        const text = s.rows.lines.at(taken[i]!.length)!
        const rowSize = lineSize(text)
        const add = rowSize + (taken[i]!.length === 0 ? sum(s.rows.head) : 0)
        if (size + add > budget.max) full.add(i)
        else {
          taken[i]!.push(text)
          rowSizes[i]!.push(rowSize)
          size += add
        }
      }
    })
    if (full.size > 0) break
  }
  const total = sections.reduce((n, _, i) => n + count(i), 0)
  // Rows of one priority are contiguous in a section: `first[i][p]` is where priority p starts.
  const first = sections.map((_, i) => {
    const starts = PRIORITIES.map(() => count(i))
    for (let j = count(i) - 1; j >= 0; j--) starts[priority(i, j)] = j
    for (let p = PRIORITIES.length - 2; p >= 0; p--) starts[p] = Math.min(starts[p]!, starts[p + 1]!)
    return starts
  })
  const names = sections.map(() => new Map<number, string>())
  const nameOf = (i: number, j: number): string => {
    let name = names[i]!.get(j)
    if (name === undefined) names[i]!.set(j, (name = sections[i]!.rows!.name!(j)))
    return name
  }

  /** The text once every section keeps `kept[i]` rows, its notes naming the deciding rows cut or only counting them. */
  const settle = (naming: boolean) => {
    const kept = taken.map((texts) => texts.length)
    const keptSize = (i: number, k: number): number => (k === 0 ? 0 : sum(sections[i]!.rows!.head) + rowSizes[i]!.slice(0, k).reduce((n, m) => n + m, 0))
    const rowsSize = sections.map((_, i) => keptSize(i, kept[i]!))
    const fixed = size - rowsSize.reduce((n, m) => n + m, 0)
    const noteOf = (i: number, k: number): string | undefined => {
      const rows = sections[i]!.rows
      if (!rows || k >= rows.lines.length) return undefined
      const named = naming && rows.name ? Array.from({ length: Math.max(0, first[i]![1]! - k) }, (_, n) => nameOf(i, k + n)) : []
      return rows.omitted(rows.lines.length - k, named)
    }
    const sizeOfNote = (i: number, k: number): number => {
      const note = noteOf(i, k)
      return note === undefined ? 0 : noteSize(note)
    }
    const noteSizes = sections.map((_, i) => sizeOfNote(i, kept[i]!))
    const sizeWith = (i: number, k: number): number => {
      const others = fixed + rowsSize.reduce((n, m, x) => (x === i ? n : n + m), 0) + noteSizes.reduce((n, m, x) => (x === i ? n : n + m), 0)
      const dropped = total - kept.reduce((n, m, x) => (x === i ? n : n + m), 0) - k
      return others + keptSize(i, k) + sizeOfNote(i, k) + (dropped > 0 ? noteSize(budget.overflow(dropped)) : 0)
    }
    // Room for the notes: rows go again, the least important first, from the last section up. Fewer rows never make
    // the text longer (a row's name is shorter than its row), so the most rows that fit are found by halving.
    for (const level of [...PRIORITIES].reverse()) {
      for (let i = sections.length - 1; i >= 0; i--) {
        const start = first[i]![level]!
        if (kept[i]! <= start || sizeWith(i, kept[i]!) <= budget.max) continue
        let [lo, hi] = [start, kept[i]! - 1]
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2)
          if (sizeWith(i, mid) <= budget.max) lo = mid
          else hi = mid - 1
        }
        kept[i] = lo
        rowsSize[i] = keptSize(i, lo)
        noteSizes[i] = sizeOfNote(i, lo)
      }
    }
    const dropped = total - kept.reduce((n, m) => n + m, 0)
    const fits = fixed + rowsSize.reduce((n, m) => n + m, 0) + noteSizes.reduce((n, m) => n + m, 0) + (dropped > 0 ? noteSize(budget.overflow(dropped)) : 0) <= budget.max
    return { kept, dropped, fits, noteOf }
  }
  // Naming every deciding row that lost its place, if that fits; else as many rows as fit, and counts.
  const named = settle(true)
  const { kept, dropped, noteOf } = named.fits ? named : settle(false)

  const lines = sections.flatMap((s, i) => {
    const note = noteOf(i, kept[i]!)
    return [
      ...s.head,
      ...(s.rows && kept[i]! > 0 ? [...s.rows.head, ...taken[i]!.slice(0, kept[i])] : []),
      ...(note !== undefined ? ['', note] : []),
      ...(s.tail ?? [])
    ]
  })
  if (dropped > 0) lines.push('', budget.overflow(dropped))
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
