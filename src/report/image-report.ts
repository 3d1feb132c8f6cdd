// The Markdown parts about the built image: what it is, and which Dockerfile lines bring its vulnerabilities.
// Every part is bounded in rows and in text, because they are never dropped to fit a size limit.
import { runsAsRoot } from '../image/facts.js'
import type { GateRun } from '../types.js'
import { escapeMarkdown, inlineCode, printableLine, truncate } from './escape.js'
import { formatCount, humanSize, plural } from './format.js'
import { baseShare, severityCounts } from './lines.js'
import type { LineGroup } from './lines.js'
import { lineLink } from './links.js'

const INSTRUCTION_MAX = 80
const NAME_MAX = 100
const TEXT_MAX = 300
/** Lines listed in "by Dockerfile line"; a Dockerfile rarely has more RUN, COPY and ADD lines with findings. */
const LINES_MAX = 20
const UPGRADES_SHOWN = 3

/** "### Image": size, user, health check, ports, and the heaviest instructions. Empty when the facts were not read. */
export function imageSection(run: GateRun): string[] {
  const facts = run.build.facts
  if (!facts) return []
  const user = runsAsRoot(facts.user) ? `root${facts.user.trim() === '' ? ' (no USER)' : ''} ⚠️` : inlineCode(truncate(facts.user, NAME_MAX))
  const health = facts.healthcheck !== undefined ? inlineCode(truncate(facts.healthcheck, TEXT_MAX)) : 'none'
  const ports = facts.exposedPorts.length > 0 ? facts.exposedPorts.slice(0, 20).map((p) => inlineCode(truncate(p, NAME_MAX))).join(', ') : 'none'
  const lines = ['### Image', '', `- **Size** ${humanSize(facts.size)} · **User** ${user} · **Health check** ${health} · **Ports** ${ports}`]
  if (facts.heaviest.length > 0) {
    lines.push('', '| Line | Heaviest instructions | Size |', '| --: | --- | --: |')
    for (const w of facts.heaviest) {
      const where = w.line !== undefined ? lineLink(run.dockerfile, w.line, run.context) : '–'
      lines.push(`| ${where} | ${inlineCode(truncate(w.instruction, INSTRUCTION_MAX))} | ${humanSize(w.bytes)} |`)
    }
  }
  return lines
}

/**
 * "### Vulnerabilities by Dockerfile line": one bullet per line with its count and the upgrades that fix it, then the
 * base-image advice. Empty when no vulnerability could be traced (no facts, or no vulnerability to show).
 */
export function lineSection(run: GateRun, groups: readonly LineGroup[]): string[] {
  if (groups.length === 0) return []
  const lines = ['### Vulnerabilities by Dockerfile line', '', ...groups.slice(0, LINES_MAX).map((g) => `- ${groupLine(g, run)}`)]
  if (groups.length > LINES_MAX) lines.push(`- _…and ${plural(groups.length - LINES_MAX, 'more line', 'more lines')}._`)
  const advice = baseAdvice(run)
  if (advice.length > 0) lines.push('', ...advice)
  return lines
}

function groupLine(group: LineGroup, run: GateRun): string {
  const where = group.line !== undefined ? `line ${lineLink(run.dockerfile, group.line, run.context)}` : 'the image'
  const what = group.instruction !== undefined ? `, ${group.kind === 'base' ? 'base image ' : ''}${inlineCode(truncate(group.instruction, INSTRUCTION_MAX))}` : ''
  const head = group.kind === 'untraced' ? `not traced to an instruction${group.line !== undefined ? ` (reported on ${where})` : ''}` : `${where}${what}`
  return `${head}: ${severityCounts(group.vulnerabilities)}${upgradeText(group)}`
}

/** "; fixed by upgrading libssl3 to 3.0.15, openssl to 3.0.15 and 2 more packages; 3 have no fix yet". */
export function upgradeText(group: LineGroup): string {
  const shown = group.upgrades.slice(0, UPGRADES_SHOWN).map((u) => `${inlineCode(truncate(u.pkgName, NAME_MAX))} to ${escapeMarkdown(truncate(u.version, NAME_MAX))}`)
  const more = group.upgrades.length - shown.length
  const parts = more > 0 ? [...shown, plural(more, 'more package', 'more packages')] : shown
  const fixed = parts.length > 0 ? `; fixed by upgrading ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]}` : ''
  const unfixed = group.vulnerabilities.filter((v) => v.fixedVersion === undefined).length
  return `${fixed}${unfixed > 0 ? `; ${formatCount(unfixed)} ${unfixed === 1 ? 'has' : 'have'} no fix yet` : ''}`
}

function baseAdvice(run: GateRun): string[] {
  const share = baseShare(run)
  if (!share) return []
  const percent = Math.round((share.count / share.total) * 100)
  const image = inlineCode(truncate(share.image, NAME_MAX))
  // CG004 knows which official images have a slim, alpine or distroless variant; its finding names the one that applies.
  const cg004 = run.lint.find((f) => f.code === 'CG004')
  const slimmer = cg004 ? `: ${truncate(escapeMarkdown(cg004.message), TEXT_MAX)}` : ''
  const advice = [
    `> ⚠️ The base image ${image} (line ${lineLink(run.dockerfile, share.line, run.context)}) brings ${formatCount(share.count)} of the ${formatCount(share.total)} vulnerabilities (${percent}%).`,
    `A slimmer variant (slim, alpine or distroless) ships fewer packages, so fewer vulnerabilities${slimmer}.`,
    share.pin !== undefined ? 'Pin the base by the digest the engine resolved, so that a rebuild cannot swap it:' : 'Pin the base by digest, so that a rebuild cannot swap it.'
  ].join(' ')
  if (share.pin === undefined) return [advice]
  // A code block, not inline code: the line must copy as it is, and inline escaping would put entities around the "@".
  const pin = `FROM ${printableLine(truncate(share.pin, TEXT_MAX))}`
  const fence = '`'.repeat(Math.max(3, ...(pin.match(/`+/g) ?? []).map((r) => r.length + 1)))
  return [advice, '>', `> ${fence}dockerfile`, `> ${pin}`, `> ${fence}`]
}
