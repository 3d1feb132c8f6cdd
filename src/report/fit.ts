/**
 * A document whose detail rows can be dropped to fit a size limit. Sections render in order; rows are
 * dropped from the bottom up, whole rows at a time, and a section that lost rows says how many.
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
  /** One line said in place of `n` rows that did not fit. */
  omitted: (n: number) => string
}

/**
 * Rows by index: an array, or rows rendered on demand. `fitSections` asks for each row at most once, in order (index
 * 0 to length - 1), and stops asking once the rows so far are over the budget: rows that cannot fit are never rendered.
 */
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

  // Rows are taken in order while the text so far fits. Once it does not, no later row can be kept (rows are dropped
  // from the bottom up, and heads, tails and notes only add to the size), so the rest are never rendered: a comment
  // has room for a few hundred of a large report's thousands of rows. They start out dropped, as they would be after
  // dropping every row from the last up to here, and the dropping below goes on from there.
  let size = sections.reduce((n, s) => n + sum(s.head) + sum(s.tail ?? []), 0)
  const taken: string[][] = []
  const rowSizes: number[][] = []
  for (const s of sections) {
    const texts: string[] = []
    const sizes: number[] = []
    for (let j = 0; s.rows && j < s.rows.lines.length && size <= budget.max; j++) {
      const text = s.rows.lines.at(j)!
      if (j === 0) size += sum(s.rows.head)
      texts.push(text)
      sizes.push(lineSize(text))
      size += sizes[j]!
    }
    taken.push(texts)
    rowSizes.push(sizes)
  }
  const kept = taken.map((texts) => texts.length)
  let dropped = sections.reduce((n, s, i) => n + (s.rows?.lines.length ?? 0) - kept[i]!, 0)
  const notes = (): number =>
    sections.reduce((n, s, i) => (s.rows && kept[i]! < s.rows.lines.length ? n + noteSize(s.rows.omitted(s.rows.lines.length - kept[i]!)) : n), 0) +
    (dropped > 0 ? noteSize(budget.overflow(dropped)) : 0)

  for (let i = sections.length - 1; i >= 0; i--) {
    const rows = sections[i]!.rows
    while (rows && kept[i]! > 0 && size + notes() > budget.max) {
      kept[i]!--
      dropped++
      size -= rowSizes[i]![kept[i]!]!
      if (kept[i] === 0) size -= sum(rows.head)
    }
  }

  const lines = sections.flatMap((s, i) => {
    const lost = s.rows ? s.rows.lines.length - kept[i]! : 0
    return [
      ...s.head,
      ...(s.rows && kept[i]! > 0 ? [...s.rows.head, ...taken[i]!.slice(0, kept[i])] : []),
      ...(s.rows && lost > 0 ? ['', s.rows.omitted(lost)] : []),
      ...(s.tail ?? [])
    ]
  })
  if (dropped > 0) lines.push('', budget.overflow(dropped))
  return lines.map((l) => `${l}\n`).join('')
}
