import { countByLevel, countBySeverity } from '../counts.js'
import { runsOf } from '../gate.js'
import { LINT_LEVELS, VULN_SEVERITIES } from '../types.js'
import type { BuildOutcome, GateReport, GateRun, LicenseFinding, LintFinding, MisconfigFinding, ScanOutcome, SecretFinding, StepStatus, Vulnerability } from '../types.js'
import { baselineSizeChange, comparisonLines, markNew, NEW_MARK } from './comparison.js'
import { escapeMarkdown, inlineCode, markdownLink, printableLines, truncate } from './escape.js'
import { fitSections, fixedSize } from './fit.js'
import type { Budget, RowList, Rows, Section } from './fit.js'
import { formatCount, humanDuration, humanSize, plural, versionChange } from './format.js'
import { imageSection, lineSection } from './image-report.js'
import { lineLink } from './links.js'
import { prepareReport, preparer } from './prepare.js'
import type { PreparedReport, Preparer } from './prepare.js'
import { lintPriority, secretPriority, vulnerabilityPriority } from './select.js'

// Bounds on untrusted text in the parts that are never dropped, so that rows alone decide the size.
const REASON_MAX = 500
const NAME_MAX = 200
const CELL_MAX = 300
const LOG_TAIL_MAX = 32_768

export interface DocumentOptions {
  /** Add the build log's last lines when the build failed (the summary has room; a comment has not). */
  buildLog: boolean
  /** Where a reader finds what was left out for size, e.g. "the job summary". */
  elsewhere: string
}

/**
 * The report of one step as text within `budget`: one Dockerfile's report as is; several under an overview that
 * names each one's verdict and counts, each then under headings a level lower. Rows are kept by priority (every
 * Dockerfile's deciding findings, then HIGH, then the rest; see `fitSections`); when even the Dockerfiles' headings
 * cannot fit, whole Dockerfiles' details go (passing ones first), and the overview still lists every one. Shared by
 * the PR comment and the job summary.
 */
export function renderReport(report: GateRun | GateReport, opts: DocumentOptions, budget: Budget, prepare: Preparer = preparer()): string {
  const runs = runsOf(report)
  if (runs.length === 1 || !('runs' in report)) return fitSections(reportSections(runs[0]!, opts, prepare(runs[0]!)), budget)
  const details = report.runs.map((run) => reportSections(run, opts, prepare(run)).map(demote))
  // Failing Dockerfiles keep their details longest: they are what the reader must act on.
  const dropOrder = report.runs.map((run, i) => ({ i, pass: run.verdict.pass })).sort((a, b) => Number(b.pass) - Number(a.pass) || b.i - a.i)
  const shown = new Set(report.runs.map((_, i) => i))
  const rows = report.runs.map(overviewRow)
  const head = overview(report, rows)
  // The overview's rows go only after every Dockerfile's details: they are the one place that names them all.
  const overviewRows = rows.reduce((n, l) => n + budget.measure(l) + 1, 0)
  const assemble = (): Section[] => {
    const left = report.runs.length - shown.size
    const note = left > 0 ? [{ head: [`_The details of ${plural(left, 'Dockerfile are', 'Dockerfiles are')} left out for size; ${opts.elsewhere} has them._`, ''] }] : []
    return [head, ...details.flatMap((d, i) => (shown.has(i) ? d : [])), ...note]
  }
  for (const { i } of dropOrder) {
    if (fixedSize(assemble(), budget.measure) + overviewRows <= budget.max) break
    shown.delete(i)
  }
  return fitSections(assemble(), budget)
}

function overview(report: GateReport, rows: string[]): Section {
  const failed = report.runs.filter((r) => !r.verdict.pass).length
  const total = report.runs.length
  const title = report.verdict.pass
    ? `### ✅ Container Gate passed for ${plural(total, 'Dockerfile', 'Dockerfiles')}`
    : `### ❌ Container Gate failed for ${formatCount(failed)} of ${plural(total, 'Dockerfile', 'Dockerfiles')}`
  return {
    head: [title, ''],
    rows: {
      head: [
        '| Dockerfile | Result | Lint errors | Lint warnings | CRITICAL | HIGH | Other vulnerabilities | New in this PR |',
        '| --- | --- | --: | --: | --: | --: | --: | --: |'
      ],
      lines: rows,
      omitted: (n) => `_…and ${plural(n, 'more Dockerfile', 'more Dockerfiles')} not listed here._`
    },
    tail: ['']
  }
}

function overviewRow(run: GateRun): string {
  const lint = countByLevel(run.lint)
  const vulns = run.scan.report ? countBySeverity(run.scan.report.vulnerabilities) : undefined
  const introduced = run.lint.filter((f) => f.introduced === true).length + (run.scan.report?.vulnerabilities.filter((v) => v.introduced === true).length ?? 0)
  const cells = [
    inlineCode(truncate(run.dockerfile, NAME_MAX)),
    run.verdict.pass ? '✅ passed' : '❌ failed',
    formatCount(lint.error),
    formatCount(lint.warning),
    vulns ? formatCount(vulns.CRITICAL) : '–',
    vulns ? formatCount(vulns.HIGH) : '–',
    vulns ? formatCount(vulns.MEDIUM + vulns.LOW + vulns.UNKNOWN) : '–',
    run.comparison?.baseline !== undefined ? formatCount(introduced) : '–'
  ]
  return `| ${cells.join(' | ')} |`
}

/** A Dockerfile's report under the overview: its headings one level down. */
function demote(section: Section): Section {
  const down = (lines: string[]): string[] => lines.map((l) => (l.startsWith('### ') ? `#${l}` : l))
  return { ...section, head: down(section.head), ...(section.tail && { tail: down(section.tail) }) }
}

/** The report shared by the PR comment and the job summary, as sections for `fitSections`. */
export function reportSections(run: GateRun, opts: DocumentOptions, prepared: PreparedReport = prepareReport(run)): Section[] {
  const { listing } = prepared
  const sections: Section[] = [
    { head: [verdictLine(run), ''] },
    { head: [...countTables(run), ''] },
    { head: [...statusLines(run), ''] }
  ]
  const comparison = comparisonLines(run)
  if (comparison.length > 0) sections.push({ head: [...comparison, ''] })
  if (opts.buildLog && run.build.status === 'failed' && run.build.logTail) {
    sections.push({ head: [...logBlock(run.build.logTail), ''] })
  }
  const image = imageSection(run)
  if (image.length > 0) sections.push({ head: [...image, ''] })
  const lines = lineSection(run, prepared.lines)
  if (lines.length > 0) sections.push({ head: [...lines, ''] })
  if (listing.lint.length > 0) {
    sections.push({
      head: ['### Lint findings', ''],
      rows: {
        head: ['| Line | Rule | Level | Message |', '| --: | --- | --- | --- |'],
        lines: rowsOf(listing.lint, (f) => lintRow(f, run)),
        priority: (i) => lintPriority(listing.lint[i]!, run.policy),
        name: (i) => `${escapeMarkdown(listing.lint[i]!.code)} on line ${listing.lint[i]!.line}`,
        omitted: (n, named) => `_…and ${plural(n, 'more lint finding', 'more lint findings')} not shown here${decidingNote(named)}._`
      },
      tail: ['']
    })
  }
  if (listing.urgent.length > 0) {
    sections.push({
      head: ['### CRITICAL and HIGH vulnerabilities', ''],
      rows: vulnerabilityRows(listing.urgent, run, (n, named) => `_…and ${formatCount(n)} more CRITICAL or HIGH not shown here${decidingNote(named)}._`),
      tail: ['']
    })
  }
  // Secrets come before the lower severities so that, short of room, the lower severities go first.
  if (listing.secrets.length > 0) {
    sections.push({
      head: ['### Secrets', ''],
      rows: {
        head: ['| Severity | Rule | Title | Where |', '| --- | --- | --- | --- |'],
        lines: rowsOf(listing.secrets, secretRow),
        priority: (i) => secretPriority(listing.secrets[i]!),
        name: (i) => escapeMarkdown(truncate(listing.secrets[i]!.ruleId, NAME_MAX)),
        omitted: (n, named) => `_…and ${plural(n, 'more secret', 'more secrets')} not shown here${decidingNote(named)}._`
      },
      tail: ['']
    })
  }
  if (listing.misconfigurations.length > 0) {
    sections.push({
      head: ['### Misconfigurations', ''],
      rows: {
        head: ['| Severity | Check | Title | Where |', '| --- | --- | --- | --- |'],
        lines: rowsOf(listing.misconfigurations, misconfigRow),
        priority: (i) => vulnerabilityPriority(listing.misconfigurations[i]!, run.policy),
        name: (i) => escapeMarkdown(truncate(listing.misconfigurations[i]!.id, NAME_MAX)),
        omitted: (n, named) => `_…and ${plural(n, 'more misconfiguration', 'more misconfigurations')} not shown here${decidingNote(named)}._`
      },
      tail: ['']
    })
  }
  if (listing.licenses.length > 0) {
    sections.push({
      head: ['### Licences', ''],
      rows: {
        head: ['| Severity | Licence | Category | Where |', '| --- | --- | --- | --- |'],
        lines: rowsOf(listing.licenses, licenseRow),
        priority: (i) => vulnerabilityPriority(listing.licenses[i]!, run.policy),
        name: (i) => escapeMarkdown(truncate(listing.licenses[i]!.name, NAME_MAX)),
        omitted: (n, named) => `_…and ${plural(n, 'more licence', 'more licences')} not shown here${decidingNote(named)}._`
      },
      tail: ['']
    })
  }
  if (listing.lower.length > 0) {
    const severities = VULN_SEVERITIES.filter((s) => listing.lower.some((v) => v.severity === s))
    sections.push({
      head: [`<details><summary>${severities.join(', ')}: ${plural(listing.lower.length, 'vulnerability', 'vulnerabilities')}</summary>`, ''],
      rows: vulnerabilityRows(listing.lower, run, (n, named) => `_…and ${formatCount(n)} more not shown here${decidingNote(named)}._`),
      tail: ['', '</details>', '']
    })
  }
  if (listing.unlisted.length > 0) {
    sections.push({ head: [`_${listing.unlisted.join(', ')}: counted above, not listed (the \`severities\` input leaves them out)._`, ''] })
  }
  return sections
}

/** One line: passed, or failed and why. */
function verdictLine(run: GateRun): string {
  const subject = `Container Gate ${run.verdict.pass ? 'passed' : 'failed'} for ${inlineCode(truncate(run.dockerfile, NAME_MAX))}`
  if (run.verdict.pass) return `### ✅ ${subject}`
  const reasons = run.verdict.reasons.map((r) => truncate(escapeMarkdown(r), REASON_MAX))
  return `### ❌ ${subject}${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`
}

function countTables(run: GateRun): string[] {
  const lint = countByLevel(run.lint)
  const report = run.scan.report
  const vulnCells = report
    ? [inlineCode(truncate(run.build.image ?? report.artifactName ?? 'image', NAME_MAX)), ...cells(countBySeverity(report.vulnerabilities), VULN_SEVERITIES, report.vulnerabilities.length)]
    : ['not scanned', ...VULN_SEVERITIES.map(() => '–'), '–']
  // A "new" row under each table once there is a baseline to tell new from existing.
  const compared = run.comparison?.baseline !== undefined
  const newLint = run.lint.filter((f) => f.introduced === true)
  const newVulns = report?.vulnerabilities.filter((v) => v.introduced === true)
  return [
    `| Lint | ${LINT_LEVELS.join(' | ')} | total |`,
    `| --- |${' --: |'.repeat(LINT_LEVELS.length + 1)}`,
    `| ${[inlineCode(truncate(run.dockerfile, NAME_MAX)), ...cells(lint, LINT_LEVELS, run.lint.length)].join(' | ')} |`,
    ...(compared ? [`| ${[NEW_MARK, ...cells(countByLevel(newLint), LINT_LEVELS, newLint.length)].join(' | ')} |`] : []),
    '',
    `| Vulnerabilities | ${VULN_SEVERITIES.join(' | ')} | total |`,
    `| --- |${' --: |'.repeat(VULN_SEVERITIES.length + 1)}`,
    `| ${vulnCells.join(' | ')} |`,
    ...(compared && newVulns ? [`| ${[NEW_MARK, ...cells(countBySeverity(newVulns), VULN_SEVERITIES, newVulns.length)].join(' | ')} |`] : [])
  ]
}

function cells<K extends string>(counts: Record<K, number>, order: readonly K[], total: number): string[] {
  return [...order.map((k) => formatCount(counts[k])), formatCount(total)]
}

const STATUS_ICON: Record<StepStatus, string> = { ok: '✅', skipped: '⏭️', failed: '❌' }

function statusLines(run: GateRun): string[] {
  return [`- **Build** ${STATUS_ICON[run.build.status]} ${buildStatus(run)}`, `- **Scan** ${STATUS_ICON[run.scan.status]} ${scanStatus(run.scan, run.build)}`]
}

function buildStatus(run: GateRun): string {
  const build: BuildOutcome = run.build
  const image = build.image ? inlineCode(truncate(build.image, NAME_MAX)) : undefined
  if (build.status === 'ok') {
    const change = baselineSizeChange(run)
    const size = build.imageSize !== undefined && `${humanSize(build.imageSize)}${change !== undefined ? `, ${change} against the baseline` : ''}`
    const facts = [size, build.builder, build.durationMs !== undefined && humanDuration(build.durationMs)]
    const details = facts.filter((f): f is string => typeof f === 'string')
    return `built${image ? ` ${image}` : ''}${details.length > 0 ? ` (${details.join(', ')})` : ''}`
  }
  if (build.status === 'skipped') return `skipped${reasonText(build.reason)}${image ? `; scanning ${image}` : ''}`
  const where = build.failedLine !== undefined ? ` at line ${lineLink(run.dockerfile, build.failedLine, run.context)}` : ''
  return `failed${where}${reasonText(build.reason)}`
}

function scanStatus(scan: ScanOutcome, build: BuildOutcome): string {
  if (scan.status !== 'ok') return `${scan.status}${reasonText(scan.reason)}`
  const report = scan.report
  const target = build.image ?? report?.artifactName
  const tool = report?.trivyVersion ? ` with Trivy ${escapeMarkdown(truncate(report.trivyVersion, NAME_MAX))}` : ''
  const took = scan.durationMs !== undefined ? ` in ${humanDuration(scan.durationMs)}` : ''
  const extra = report
    ? [
        ...(report.misconfigurations ? [plural(report.misconfigurations.length, 'misconfiguration', 'misconfigurations')] : []),
        ...(report.licenses ? [plural(report.licenses.length, 'licence', 'licences')] : [])
      ]
    : []
  const found = report ? `: ${[plural(report.vulnerabilities.length, 'vulnerability', 'vulnerabilities'), plural(report.secrets.length, 'secret', 'secrets'), ...extra].join(', ')}` : ''
  return `scanned${target ? ` ${inlineCode(truncate(target, NAME_MAX))}` : ''}${tool}${took}${found}`
}

function reasonText(reason: string | undefined): string {
  return reason ? `: ${truncate(escapeMarkdown(reason), REASON_MAX)}` : ''
}

function logBlock(logTail: string): string[] {
  const text = lastLines(printableLines(logTail).replace(/\n+$/, ''), LOG_TAIL_MAX)
  // A fence longer than any backtick run in the log, so that the log cannot close it.
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return ['<details open><summary>Build log (last lines)</summary>', '', `${fence}text`, text, fence, '', '</details>']
}

/** The end of the text, at most `max` code units, starting on a line boundary when it was cut. */
function lastLines(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(-max)
  const newline = cut.indexOf('\n')
  return newline >= 0 ? cut.slice(newline + 1) : cut.replace(/^[\udc00-\udfff]/, '')
}

/** Rendered when `fitSections` asks: of a large report's thousands of rows, a comment has room for a few hundred. */
function rowsOf<T>(items: readonly T[], render: (item: T) => string): RowList {
  return { length: items.length, at: (i) => render(items[i]!) }
}

function lintRow(f: LintFinding, run: GateRun): string {
  const rule = markdownLink(escapeMarkdown(f.code), f.docsUrl)
  return `| ${lineLink(run.dockerfile, f.line, run.context)} | ${rule} | ${markNew(f.level, f.introduced)} | ${truncate(escapeMarkdown(f.message), CELL_MAX)} |`
}

function vulnerabilityRows(vulns: readonly Vulnerability[], run: GateRun, omitted: Rows['omitted']): Rows {
  return {
    head: ['| Severity | ID | Package | Installed → fixed | Title |', '| --- | --- | --- | --- | --- |'],
    lines: rowsOf(vulns, vulnerabilityRow),
    priority: (i) => vulnerabilityPriority(vulns[i]!, run.policy),
    name: (i) => `${escapeMarkdown(truncate(vulns[i]!.id, NAME_MAX))} (${inlineCode(truncate(vulns[i]!.pkgName, NAME_MAX))})`,
    omitted
  }
}

/** The deciding rows a cut left out, named in its note: the reason for the verdict is never cut away. */
function decidingNote(named: readonly string[]): string {
  if (named.length === 0) return ''
  return `, among them ${named.length === 1 ? 'one that decides' : `${formatCount(named.length)} that decide`} the verdict: ${named.join(', ')}`
}

function vulnerabilityRow(v: Vulnerability): string {
  const id = markdownLink(escapeMarkdown(truncate(v.id, NAME_MAX)), v.primaryUrl)
  const cells = [markNew(v.severity, v.introduced), id, inlineCode(truncate(v.pkgName, NAME_MAX)), escapeMarkdown(truncate(versionChange(v), NAME_MAX)), truncate(escapeMarkdown(v.title ?? ''), CELL_MAX)]
  return `| ${cells.join(' | ')} |`
}

function misconfigRow(m: MisconfigFinding): string {
  const check = markdownLink(escapeMarkdown(truncate(m.id, NAME_MAX)), m.primaryUrl)
  return `| ${m.severity} | ${check} | ${truncate(escapeMarkdown(m.message ?? m.title), CELL_MAX)} | ${inlineCode(truncate(m.target, NAME_MAX))} |`
}

function licenseRow(l: LicenseFinding): string {
  const where = truncate(l.pkgName ?? l.filePath ?? l.target, NAME_MAX)
  return `| ${l.severity} | ${escapeMarkdown(truncate(l.name, NAME_MAX))} | ${escapeMarkdown(l.category ?? 'unknown')} | ${inlineCode(where)} |`
}

function secretRow(s: SecretFinding): string {
  const where = `${truncate(s.target, NAME_MAX)}${s.startLine !== undefined ? `:${s.startLine}` : ''}`
  return `| ${s.severity} | ${escapeMarkdown(truncate(s.ruleId, NAME_MAX))} | ${truncate(escapeMarkdown(s.title), CELL_MAX)} | ${inlineCode(where)} |`
}
