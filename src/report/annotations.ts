import { atOrAbove, countBySeverity } from '../counts.js'
import { inScope, runsOf } from '../gate.js'
import { LINT_LEVELS, VULN_SEVERITIES } from '../types.js'
import type { Annotation, AnnotationLevel, GateReport, GateRun, LintLevel, VulnSeverity } from '../types.js'
import { printableLine, truncate } from './escape.js'
import { plural } from './format.js'
import { severityCounts } from './lines.js'
import type { LineGroup } from './lines.js'
import { preparer } from './prepare.js'
import type { Preparer } from './prepare.js'
import { compareLintByLine, lintPriority, vulnerabilityPriority } from './select.js'
import type { Priority } from './fit.js'

/** GitHub shows this many annotations per level per step and silently drops the rest. */
export const ANNOTATIONS_PER_LEVEL = 10

const ANNOTATION_LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice']
const LINT_ANNOTATION: Record<LintLevel, AnnotationLevel> = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' }
const VULN_ANNOTATION: Record<VulnSeverity, AnnotationLevel> = { CRITICAL: 'error', HIGH: 'error', MEDIUM: 'warning', LOW: 'notice', UNKNOWN: 'notice' }
/** Vulnerability IDs named in one line's annotation; the rest are counted. */
const IDS_NAMED = 10
const INSTRUCTION_MAX = 80
/** Before the message of a finding the pull request introduced. */
export const NEW_PREFIX = 'new in this PR: '

interface Candidate {
  annotation: Annotation
  /**
   * Level; then the report's priority (a failed step or what decides the verdict, then HIGH, then the rest, the
   * image's vulnerability count last: its lines say it in detail); then what the pull request introduced; then
   * vulnerability lines before lint findings, lint by level; then line. So that GitHub's per-level limit keeps the
   * reason for the verdict first.
   */
  rank: [number, Priority | 3, number, number, number]
}

/**
 * The annotations to emit, most important first, within GitHub's per-level limit; when some do not fit,
 * a last notice says how many and where to find them.
 */
export function planAnnotations(report: GateRun | GateReport, prepare: Preparer = preparer()): Annotation[] {
  const runs = runsOf(report)
  const ranked = rankAnnotations(report, prepare)
  const byLevel = ANNOTATION_LEVELS.map((level) => ranked.filter((a) => a.level === level))
  const kept = byLevel.map((list) => list.slice(0, ANNOTATIONS_PER_LEVEL))
  let left = ranked.length - kept.reduce((n, list) => n + list.length, 0)
  if (left === 0) return kept.flat()

  // The closing notice counts against the notice limit too.
  const notices = kept[2]!
  if (notices.length === ANNOTATIONS_PER_LEVEL) {
    notices.pop()
    left++
  }
  return [
    ...kept.flat(),
    {
      level: 'notice',
      // With several Dockerfiles the notice concerns them all, so it sits on none.
      ...(runs.length === 1 && { file: runs[0]!.dockerfile }),
      title: 'More findings',
      message: `${plural(left, 'more finding is', 'more findings are')} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level); see the job summary or the pull-request comment.`
    }
  ]
}

/**
 * Every annotation the run calls for, most important first, with no limit: what `planAnnotations` budgets, and
 * what a channel without the per-level limit (a check run) publishes whole.
 */
export function rankAnnotations(report: GateRun | GateReport, prepare: Preparer = preparer()): Annotation[] {
  // One budget for the whole step. Of equal level and priority, the Dockerfiles take turns: each one's first, then
  // each one's second…, so that no Dockerfile's reason is cut while another's of the same weight is shown.
  const turns = runsOf(report).flatMap((run, index) => {
    const taken = new Map<string, number>()
    return [...stepCandidates(run), ...lineCandidates(run, prepare(run).lines), ...lintCandidates(run)].sort(compareCandidates).map((candidate) => {
      const kind = `${candidate.rank[0]}:${candidate.rank[1]}`
      const turn = taken.get(kind) ?? 0
      taken.set(kind, turn + 1)
      return { candidate, turn, index }
    })
  })
  return turns
    .sort((a, b) => a.candidate.rank[0] - b.candidate.rank[0] || a.candidate.rank[1] - b.candidate.rank[1] || a.turn - b.turn || a.index - b.index)
    .map((t) => t.candidate.annotation)
}

function stepCandidates(run: GateRun): Candidate[] {
  const candidates: Candidate[] = []
  const step = (annotation: Annotation, priority: Priority | 3 = 0): void => {
    candidates.push({ annotation, rank: [ANNOTATION_LEVELS.indexOf(annotation.level), priority, 0, 0, 0] })
  }
  if (run.build.status === 'failed') {
    step({
      level: 'error',
      file: run.dockerfile,
      ...(run.build.failedLine !== undefined && { startLine: run.build.failedLine }),
      title: 'Image build failed',
      message: printableLine(run.build.reason ?? 'The image build failed; see the build log.')
    })
  }
  if (run.scan.status === 'failed') {
    step({
      level: 'error',
      file: run.dockerfile,
      title: 'Vulnerability scan failed',
      message: printableLine(run.scan.reason ?? 'The vulnerability scan failed; see the scan log.')
    })
  }
  const report = run.scan.report
  if (run.scan.status === 'ok' && report) {
    const counts = countBySeverity(report.vulnerabilities)
    const gated = countBySeverity(inScope(report.vulnerabilities, run.policy))
    const failOn = run.policy.failOnVuln
    const blocking = failOn !== 'none' && VULN_SEVERITIES.some((s) => gated[s] > 0 && atOrAbove(VULN_SEVERITIES, s, failOn))
    const total = report.vulnerabilities.length
    const introduced = report.vulnerabilities.filter((v) => v.introduced === true).length
    step({
      level: blocking ? 'error' : total > 0 ? 'warning' : 'notice',
      file: run.dockerfile,
      title: 'Image vulnerabilities',
      message: `${plural(total, 'vulnerability', 'vulnerabilities')} in the image: ${VULN_SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ')}.${run.comparison?.baseline ? ` ${plural(introduced, 'is', 'are')} new in this PR.` : ''}`
    }, 3)
  }
  return candidates
}

/** One annotation per Dockerfile line that brings vulnerabilities, at the level of its worst one. */
function lineCandidates(run: GateRun, groups: readonly LineGroup[]): Candidate[] {
  const byLine = new Map<number | undefined, LineGroup[]>()
  for (const group of groups) byLine.set(group.line, [...(byLine.get(group.line) ?? []), group])
  return [...byLine.entries()].map(([line, groups]) => {
    const level = VULN_ANNOTATION[groups.map((g) => g.worst).sort((a, b) => VULN_SEVERITIES.indexOf(a) - VULN_SEVERITIES.indexOf(b))[0]!]
    const title = groups.length === 1 && groups[0]!.kind === 'untraced' ? 'Vulnerabilities not traced to an instruction' : groups[0]!.kind === 'base' ? 'Vulnerabilities from the base image' : 'Vulnerabilities from this instruction'
    const introduced = [...new Set(groups.flatMap((g) => g.vulnerabilities.filter((v) => v.introduced === true).map((v) => v.id)))]
    const named = introduced.slice(0, IDS_NAMED).map((id) => truncate(id, INSTRUCTION_MAX))
    const prefix = introduced.length > 0 ? `${NEW_PREFIX}${named.join(', ')}${introduced.length > named.length ? ` and ${introduced.length - named.length} more` : ''}. ` : ''
    const priority = Math.min(...groups.flatMap((g) => g.vulnerabilities.map((v) => vulnerabilityPriority(v, run.policy)))) as Priority
    return {
      annotation: { level, file: run.dockerfile, ...(line !== undefined && { startLine: line }), title, message: printableLine(prefix + groups.map(groupMessage).join(' ')) },
      rank: [ANNOTATION_LEVELS.indexOf(level), priority, introduced.length > 0 ? 1 : 2, 0, line ?? 0]
    }
  })
}

function groupMessage(group: LineGroup): string {
  const source = group.kind === 'untraced' ? 'not traced to an instruction' : `from ${truncate(group.instruction ?? `line ${group.line}`, INSTRUCTION_MAX)}`
  // One CVE often hits several packages (musl and musl-utils): name each ID once.
  const unique = [...new Set(group.vulnerabilities.map((v) => v.id))]
  const ids = unique.slice(0, IDS_NAMED).map((id) => truncate(id, INSTRUCTION_MAX))
  const more = unique.length - ids.length
  const fix = group.upgrades.slice(0, 3).map((u) => `${u.pkgName} to ${u.version}`)
  return `${severityCounts(group.vulnerabilities)} ${source}: ${ids.join(', ')}${more > 0 ? ` and ${more} more` : ''}.${fix.length > 0 ? ` Fixed by upgrading ${fix.join(', ')}${group.upgrades.length > fix.length ? ' and more' : ''}.` : ''}`
}

function lintCandidates(run: GateRun): Candidate[] {
  // Sorted first so that findings of equal rank keep one order whatever order the linter gave them in.
  return [...run.lint].sort(compareLintByLine).map((f) => {
    const level = LINT_ANNOTATION[f.level]
    return {
      annotation: {
        level,
        file: f.file,
        startLine: f.line,
        title: printableLine(f.title ? `${f.code}: ${f.title}` : f.code),
        message: printableLine(`${f.introduced === true ? NEW_PREFIX : ''}${f.message}`)
      },
      rank: [ANNOTATION_LEVELS.indexOf(level), lintPriority(f, run.policy), f.introduced === true ? 1 : 2, 1 + LINT_LEVELS.indexOf(f.level), f.line]
    }
  })
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return a.rank.reduce((order, value, i) => order || value - b.rank[i]!, 0)
}
