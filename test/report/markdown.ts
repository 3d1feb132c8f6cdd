// Reading back what the Markdown renderers wrote, for assertions.
import { escapeMarkdown } from '../../src/report/escape.js'
import type { Vulnerability } from '../../src/types.js'

/** A count as the tables print it (with thousands separators). */
export function count(cell: string | undefined): number {
  return Number(cell?.replace(/,/g, ''))
}

/** The cells of the table row that follows the header row starting with `| {title} |`. */
export function tableRow(markdown: string, title: string): string[] {
  const lines = markdown.split('\n')
  const header = lines.findIndex((l) => l.startsWith(`| ${title} |`))
  if (header < 0) throw new Error(`no table titled ${title}`)
  return lines[header + 2]!.replace(/^\| | \|$/g, '').split(' | ')
}

/** The vulnerability rows, in order, as `SEVERITY ID` with the ID as the reader sees it. */
export function vulnerabilityRows(markdown: string): string[] {
  return markdown
    .split('\n')
    // Five cells: Severity, ID, Package, Installed → fixed, Title (secrets rows have four).
    .filter((l) => /^\| (CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN) \| /.test(l) && l.split('|').length === 7)
    .map((l) => {
      const [severity, id] = l.slice(2).split(' | ')
      return `${severity} ${id!.replace(/^\[(.*)\]\(.*\)$/, '$1')}`
    })
}

export function rowKey(v: Vulnerability): string {
  return `${v.severity} ${escapeMarkdown(v.id)}`
}

/** Table rows whose number of cells differs from their table's header: a cell that broke out. */
export function brokenRows(markdown: string): string[] {
  const broken: string[] = []
  const pipes = (line: string): number => line.split('|').length
  let width = 0
  const lines = markdown.split('\n')
  lines.forEach((line, i) => {
    if (/^\|( -+:? \|| -*:? \|)+$/.test(line)) width = pipes(lines[i - 1]!)
    else if (!line.startsWith('|')) width = 0
    else if (width > 0 && pipes(line) !== width) broken.push(line)
  })
  return broken
}
