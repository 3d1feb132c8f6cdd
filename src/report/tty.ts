import { countByLevel, countBySeverity } from '../counts.js'
import { LINT_LEVELS, VULN_SEVERITIES } from '../types.js'
import type { BuildOutcome, GateRun, LintLevel, ScanOutcome, VulnSeverity } from '../types.js'
import { logLine } from '../log.js'
import { truncate } from './escape.js'
import { runsAsRoot } from '../image/facts.js'
import { baselineSizeChange, comparisonSentence, newCounts } from './comparison.js'
import { humanSize, plural, versionChange } from './format.js'
import { baseShare, severityCounts } from './lines.js'
import { prepareReport } from './prepare.js'

const TITLE_MAX = 120

const SGR = { red: '31', yellow: '33', green: '32', cyan: '36', dim: '2', bold: '1' } as const
type Style = keyof typeof SGR

const LEVEL_STYLE: Record<LintLevel, Style> = { error: 'red', warning: 'yellow', info: 'cyan', style: 'dim' }
const SEVERITY_STYLE: Record<VulnSeverity, Style> = { CRITICAL: 'red', HIGH: 'red', MEDIUM: 'yellow', LOW: 'dim', UNKNOWN: 'dim' }

export interface TerminalOptions {
  /** ANSI colours; only when writing to a terminal that asked for them. */
  color: boolean
}

/**
 * What `container-gate check` prints: the verdict, the counts, the lint findings, the CRITICAL and HIGH
 * vulnerabilities and what was skipped. Every untrusted string goes through `logLine`, so the report cannot
 * move the cursor, recolour the terminal, start a line of its own or, in a CI log, issue a workflow command.
 */
export function renderTerminal(run: GateRun, opts: TerminalOptions): string {
  const paint: Paint = (text, style) => (opts.color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text)
  const text = logLine
  const { listing, lines: groups } = prepareReport(run)
  const lines: string[] = []

  // A pass without a scan vouches for no vulnerability: the verdict itself says so.
  const skipped = run.scan.reason === undefined ? '' : `: ${text(run.scan.reason)}`
  const unscanned = run.verdict.pass && run.scan.status === 'skipped' ? ` (scan skipped${skipped})` : ''
  const subject = `Container Gate ${run.verdict.pass ? 'passed' : 'failed'}${unscanned} for ${text(run.dockerfile)}`
  lines.push(run.verdict.pass ? paint(`✔ ${subject}`, 'green') : paint(`✖ ${subject}`, 'red'))
  for (const reason of run.verdict.reasons) lines.push(`  - ${text(reason)}`)
  lines.push('')

  const lint = countByLevel(run.lint)
  const introduced = run.comparison?.baseline ? newCounts(run) : undefined
  lines.push(`Lint             ${LINT_LEVELS.map((l) => `${lint[l]} ${l}`).join(', ')}${introduced ? ` (${introduced.lint} new)` : ''}`)
  const report = run.scan.report
  if (report) {
    const counts = countBySeverity(report.vulnerabilities)
    lines.push(`Vulnerabilities  ${VULN_SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ')}${introduced ? ` (${introduced.vulnerabilities} new)` : ''}`)
  } else {
    lines.push('Vulnerabilities  not scanned')
  }
  const image = run.build.image ? ` ${text(run.build.image)}` : ''
  const change = baselineSizeChange(run)
  const size = run.build.imageSize !== undefined ? ` (${humanSize(run.build.imageSize)}${change !== undefined ? `, ${change} against the baseline` : ''})` : ''
  const scanned = image || (report?.artifactName ? ` ${text(report.artifactName)}` : '')
  const trivy = report?.trivyVersion ? ` with Trivy ${text(report.trivyVersion)}` : ''
  lines.push(
    `Build            ${stepLine(run.build, `built${image}${size}`, paint)}`,
    `Scan             ${stepLine(run.scan, `scanned${scanned}${trivy}`, paint)}`
  )
  const sentence = comparisonSentence(run)
  const notes = run.comparison?.notes ?? []
  if (sentence !== undefined || notes.length > 0) lines.push('')
  if (sentence !== undefined) lines.push(text(sentence))
  for (const note of notes) lines.push(paint(text(note), 'dim'))

  const facts = run.build.facts
  if (facts) {
    const user = runsAsRoot(facts.user) ? paint('root', 'red') : text(facts.user)
    lines.push('', 'Image')
    lines.push(`  user ${user}, health check ${facts.healthcheck !== undefined ? truncate(text(facts.healthcheck), TITLE_MAX) : 'none'}, ports ${facts.exposedPorts.length > 0 ? text(facts.exposedPorts.join(' ')) : 'none'}`)
    for (const w of facts.heaviest) {
      lines.push(`  ${humanSize(w.bytes).padStart(9)}  ${w.line !== undefined ? `${text(run.dockerfile)}:${w.line}` : '(no line)'} ${truncate(text(w.instruction), TITLE_MAX)}`)
    }
  }
  if (groups.length > 0) {
    lines.push('', 'Vulnerabilities by Dockerfile line')
    for (const g of groups) {
      const where = g.kind === 'untraced' ? `not traced${g.line !== undefined ? ` (shown on ${text(run.dockerfile)}:${g.line})` : ''}` : `${text(run.dockerfile)}:${g.line}`
      const what = g.instruction !== undefined ? ` ${truncate(text(g.instruction), TITLE_MAX)}` : ''
      const fix = g.upgrades.length > 0 ? `; upgrade ${g.upgrades.slice(0, 3).map((u) => `${text(u.pkgName)} to ${text(u.version)}`).join(', ')}${g.upgrades.length > 3 ? ', …' : ''}` : ''
      lines.push(`  ${paint(where, SEVERITY_STYLE[g.worst])}${what}: ${severityCounts(g.vulnerabilities)}${fix}`)
    }
    const share = baseShare(run)
    if (share) {
      lines.push(`  The base image ${text(share.image)} brings ${share.count} of the ${share.total} vulnerabilities: pin it${share.pin !== undefined ? ` (FROM ${text(share.pin)})` : ' by digest'} and try a slimmer variant.`)
    }
  }
  if (listing.lint.length > 0) {
    lines.push('', 'Lint findings')
    for (const f of listing.lint) {
      lines.push(`  ${newMark(f.introduced, paint)}${text(f.file)}:${f.line} ${text(f.code)} ${paint(f.level, LEVEL_STYLE[f.level])}: ${text(f.message)}`)
    }
  }
  if (listing.urgent.length > 0) {
    lines.push('', 'CRITICAL and HIGH vulnerabilities')
    for (const v of listing.urgent) {
      const title = v.title ? `  ${truncate(text(v.title), TITLE_MAX)}` : ''
      lines.push(`  ${newMark(v.introduced, paint)}${paint(v.severity.padEnd(8), SEVERITY_STYLE[v.severity])} ${text(v.id)} ${text(v.pkgName)} ${text(versionChange(v))}${title}`)
    }
  }
  if (listing.secrets.length > 0) {
    lines.push('', 'Secrets')
    for (const s of listing.secrets) {
      const where = `${text(s.target)}${s.startLine !== undefined ? `:${s.startLine}` : ''}`
      lines.push(`  ${paint(s.severity.padEnd(8), SEVERITY_STYLE[s.severity])} ${text(s.ruleId)} ${where}  ${text(s.title)}`)
    }
  }
  if (listing.misconfigurations.length > 0) {
    lines.push('', 'Misconfigurations')
    for (const m of listing.misconfigurations) lines.push(`  ${paint(m.severity.padEnd(8), SEVERITY_STYLE[m.severity])} ${text(m.id)} ${text(m.target)}  ${text(m.message ?? m.title)}`)
  }
  if (listing.licenses.length > 0) {
    lines.push('', 'Licences')
    for (const l of listing.licenses) lines.push(`  ${paint(l.severity.padEnd(8), SEVERITY_STYLE[l.severity])} ${text(l.name)} (${text(l.category ?? 'unknown')}) ${text(l.pkgName ?? l.filePath ?? l.target)}`)
  }
  const lowerCount = (report?.vulnerabilities.length ?? 0) - listing.urgent.length
  if (lowerCount > 0) lines.push('', `${plural(lowerCount, 'lower-severity vulnerability is', 'lower-severity vulnerabilities are')} counted above but not listed here.`)
  return `${lines.join('\n')}\n`
}

type Paint = (text: string, style: Style) => string

/** "new " before what the pull request introduced (the lists put it first). */
function newMark(introduced: boolean | undefined, paint: Paint): string {
  return introduced === true ? `${paint('new', 'bold')} ` : ''
}

/** "built …" or "scanned …" when the step ran; otherwise its status and the reason, in words. */
function stepLine(outcome: BuildOutcome | ScanOutcome, done: string, paint: Paint): string {
  if (outcome.status === 'ok') return done
  const reason = outcome.reason ? `: ${logLine(outcome.reason)}` : ''
  return `${paint(outcome.status, outcome.status === 'failed' ? 'red' : 'dim')}${reason}`
}
