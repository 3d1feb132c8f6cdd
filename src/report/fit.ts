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
  lines: string[]
  /** One line said in place of `n` rows that did not fit. */
  omitted: (n: number) => string
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

  const rowSizes = sections.map((s) => s.rows?.lines.map(lineSize) ?? [])
  const kept = rowSizes.map((sizes) => sizes.length)
  let size = 0
  sections.forEach((s, i) => {
    size += sum(s.head) + sum(s.tail ?? [])
    if (kept[i]! > 0) size += sum(s.rows!.head) + rowSizes[i]!.reduce((a, b) => a + b, 0)
  })
  let dropped = 0
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
      ...(s.rows && kept[i]! > 0 ? [...s.rows.head, ...s.rows.lines.slice(0, kept[i])] : []),
      ...(s.rows && lost > 0 ? ['', s.rows.omitted(lost)] : []),
      ...(s.tail ?? [])
    ]
  })
  if (dropped > 0) lines.push('', budget.overflow(dropped))
  return lines.map((l) => `${l}\n`).join('')
}
