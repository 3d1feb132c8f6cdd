// Vulnerabilities grouped by the Dockerfile line that brought them, for every renderer.
import { countBySeverity } from '../counts.js'
import type { GateRun, ImageLayer, Vulnerability, VulnSeverity } from '../types.js'
import { formatCount, plural } from './format.js'

/** A base image that brings at least this share of the vulnerabilities is worth changing first. */
export const BASE_SHARE = 0.5

export interface LineGroup {
  /** Where the group is reported: its instruction's line, or the FROM line for vulnerabilities not traced to one. */
  line?: number
  /** The instruction as written, when the image facts know it. */
  instruction?: string
  /** `base`: the base image's layers; `instruction`: a RUN, COPY, ADD or WORKDIR; `untraced`: no line could be proven. */
  kind: 'base' | 'instruction' | 'untraced'
  /** Worst first. */
  vulnerabilities: Vulnerability[]
  worst: VulnSeverity
  /** Package upgrades that fix the group's fixable vulnerabilities, most urgent first. */
  upgrades: Upgrade[]
}

export interface Upgrade {
  pkgName: string
  version: string
}

/**
 * The vulnerabilities the reports list, grouped by line in file order, untraced ones last. `shown` is worst first (in
 * compareVulnerabilities' order), which each group keeps. Empty when nothing was traced (no image facts and no line on
 * any vulnerability): then there is nothing to group by.
 */
export function lineGroups(run: GateRun, shown: readonly Vulnerability[]): LineGroup[] {
  const layers = run.build.facts?.layers ?? []
  if (layers.length === 0 && !shown.some((v) => v.line !== undefined)) return []
  const baseLines = new Set(layers.filter((l) => l.origin === 'base').map((l) => l.line))
  const byKey = new Map<string, Vulnerability[]>()
  for (const v of shown) {
    const key = v.line === undefined ? 'untraced' : String(v.line)
    const group = byKey.get(key)
    if (group) group.push(v)
    else byKey.set(key, [v])
  }
  return [...byKey.entries()]
    .map(([key, sorted]): LineGroup => {
      const line = key === 'untraced' ? run.fromLine : Number(key)
      const kind = key === 'untraced' ? 'untraced' : baseLines.has(line) ? 'base' : 'instruction'
      const instruction = kind === 'untraced' ? undefined : instructionOn(layers, line)
      return { ...(line !== undefined && { line }), ...(instruction !== undefined && { instruction }), kind, vulnerabilities: sorted, worst: sorted[0]!.severity, upgrades: upgrades(sorted) }
    })
    .sort((a, b) => Number(a.kind === 'untraced') - Number(b.kind === 'untraced') || (a.line ?? 0) - (b.line ?? 0))
}

export interface BaseShare {
  image: string
  line: number
  /** `name@sha256:…` to pin to, when the engine knows one and FROM is not pinned yet. */
  pin?: string
  count: number
  total: number
}

/** The base image's part of all the vulnerabilities (every severity: the gate counts them all), when it is at least half. */
export function baseShare(run: GateRun): BaseShare | undefined {
  const facts = run.build.facts
  const all = run.scan.report?.vulnerabilities ?? []
  if (!facts?.base || all.length === 0) return undefined
  const baseDiffIds = new Set(facts.layers.filter((l) => l.origin === 'base').map((l) => l.diffId))
  const count = all.filter((v) => v.layerDiffId !== undefined && baseDiffIds.has(v.layerDiffId) && v.line === facts.base!.line).length
  if (count / all.length < BASE_SHARE) return undefined
  const { image, line, digest } = facts.base
  const pinned = image.includes('@')
  return { image, line, ...(digest !== undefined && !pinned && { pin: `${image}@${digest.slice(digest.indexOf('@') + 1)}` }), count, total: all.length }
}

/** "12 vulnerabilities, 2 CRITICAL, 1 HIGH" in plain text. */
export function severityCounts(vulns: readonly Vulnerability[]): string {
  const counts = countBySeverity(vulns)
  const urgent = (['CRITICAL', 'HIGH'] as const).filter((s) => counts[s] > 0).map((s) => `${formatCount(counts[s])} ${s}`)
  return [plural(vulns.length, 'vulnerability', 'vulnerabilities'), ...urgent].join(', ')
}

function instructionOn(layers: readonly ImageLayer[], line: number | undefined): string | undefined {
  return layers.find((l) => l.origin !== 'unknown' && l.line === line)?.instruction
}

/**
 * One upgrade per package that has a fix: the highest fixed version among its vulnerabilities, so that one upgrade fixes
 * them all. Trivy may list several fixed versions ("1.2.13, 1.3.12", one per branch); the lowest one above the installed
 * version is that vulnerability's fix.
 */
function upgrades(sorted: readonly Vulnerability[]): Upgrade[] {
  const best = new Map<string, string>()
  for (const v of sorted) {
    const fix = fixOf(v)
    if (fix === undefined) continue
    const known = best.get(v.pkgName)
    if (known === undefined || compareVersions(fix, known) > 0) best.set(v.pkgName, fix)
  }
  // Packages in the order of their worst vulnerability: `sorted` is worst first.
  return [...best.entries()].map(([pkgName, version]) => ({ pkgName, version }))
}

function fixOf(v: Vulnerability): string | undefined {
  const listed = v.fixedVersion ?? ''
  // Most list one version or none: no need to split and sort.
  if (!listed.includes(',')) return listed.trim() || undefined
  const fixes = listed.split(',').map((f) => f.trim()).filter((f) => f !== '').sort(compareVersions)
  return fixes.find((f) => compareVersions(f, v.installedVersion) > 0) ?? fixes.at(-1)
}

/** Digit runs compare as numbers, everything else as text: enough to order the versions of one package. */
export function compareVersions(a: string, b: string): number {
  // Run by run along both strings, without splitting them: every listed vulnerability's versions are compared.
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const endA = runEnd(a, i)
    const endB = runEnd(b, j)
    const x = a.slice(i, endA)
    const y = b.slice(j, endB)
    const diff = isDigit(a, i) && isDigit(b, j) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0
    if (diff !== 0) return Math.sign(diff)
    i = endA
    j = endB
  }
  // The one with runs left over is the greater.
  return i < a.length ? 1 : j < b.length ? -1 : 0
}

function isDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code >= 48 && code <= 57
}

/** Where the run of digits, or of anything but digits, that starts at `at` ends. */
function runEnd(text: string, at: number): number {
  const digits = isDigit(text, at)
  let end = at + 1
  while (end < text.length && isDigit(text, end) === digits) end++
  return end
}
