// The hadolint-compatible lint configuration (.hadolint.yaml) and its validation. Pure: config-file.ts reads the disk.

import { parseDocument } from 'yaml'
import { LINT_LEVELS } from '../types.js'
import type { LintFinding, LintLevel } from '../types.js'

export type FailureThreshold = LintLevel | 'none' | 'ignore'

export interface LintConfig {
  /** Codes never reported. */
  ignored: string[]
  /** Codes whose level changes; when a code is in several lists the worst level wins. */
  override: Record<LintLevel, string[]>
  failureThreshold: FailureThreshold
  noFail: boolean
  /** `trustedRegistries`: when non-empty, DL3026 allows only images from these registries (`*`, `*.x`, `x*` patterns). */
  trustedRegistries: string[]
  /** `label-schema`: label name → expected value type; turns on DL3049, DL3051–DL3056 and DL3058. */
  labelSchema: Record<string, LabelType>
  /** `strict-labels`: DL3050 reports labels that are not in the schema. */
  strictLabels: boolean
}

/** The value types hadolint's `label-schema` knows; `text` accepts anything. */
export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email'

/** A configuration the user must fix; the message names the file and what to change. */
export class LintConfigError extends Error {
  override name = 'LintConfigError'
}

/** hadolint's defaults. Shared: derive changed configs with withConfig, never by mutating this one. */
export const defaultLintConfig: Readonly<LintConfig> = {
  ignored: [],
  override: { error: [], warning: [], info: [], style: [] },
  failureThreshold: 'info',
  noFail: false,
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false
}

export const FAILURE_THRESHOLDS: readonly FailureThreshold[] = [...LINT_LEVELS, 'ignore', 'none']
const KEYS = ['ignored', 'override', 'failure-threshold', 'no-fail']

/** Parses and validates the text of a .hadolint.yaml; `file` names it in error messages. */
export function parseLintConfig(text: string, file: string): LintConfig {
  const doc = parseDocument(text)
  const syntax = doc.errors[0]
  if (syntax) {
    const line = syntax.linePos?.[0].line
    const reason = syntax.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new LintConfigError(`${file}${line ? `:${line}` : ''}: invalid YAML: ${reason}`)
  }
  const data: unknown = doc.toJS()
  if (data === null || data === undefined) return withConfig({})
  if (!isRecord(data)) throw new LintConfigError(`${file}: expected a mapping of settings (${KEYS.join(', ')})`)
  for (const key of Object.keys(data)) {
    if (!KEYS.includes(key)) throw new LintConfigError(`${file}: unknown key "${key}"; allowed keys are ${KEYS.join(', ')}`)
  }
  return {
    ignored: codeList(data.ignored, 'ignored', file),
    override: readOverride(data.override, file),
    failureThreshold: readThreshold(data['failure-threshold'], file),
    noFail: readBoolean(data['no-fail'], 'no-fail', file),
    trustedRegistries: [],
    labelSchema: {},
    strictLabels: false
  }
}

/** A fresh config: the defaults with `changes` on top (a given list replaces the default one). */
export function withConfig(changes: Partial<LintConfig>): LintConfig {
  const override = { error: [], warning: [], info: [], style: [], ...changes.override }
  return { ...defaultLintConfig, ignored: [], ...changes, override }
}

function readOverride(value: unknown, file: string): Record<LintLevel, string[]> {
  if (value === undefined || value === null) return { error: [], warning: [], info: [], style: [] }
  if (!isRecord(value)) throw new LintConfigError(`${file}: "override" must map levels (${LINT_LEVELS.join(', ')}) to lists of codes`)
  for (const key of Object.keys(value)) {
    if (!(LINT_LEVELS as readonly string[]).includes(key)) {
      throw new LintConfigError(`${file}: unknown level "${key}" under "override"; allowed levels are ${LINT_LEVELS.join(', ')}`)
    }
  }
  const [error, warning, info, style] = LINT_LEVELS.map((level) => codeList(value[level], `override.${level}`, file))
  return { error, warning, info, style }
}

function codeList(value: unknown, key: string, file: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new LintConfigError(`${file}: "${key}" must be a list of rule codes, e.g. [DL3008, CG001]`)
  }
  return value
}

function readThreshold(value: unknown, file: string): FailureThreshold {
  if (value === undefined || value === null) return defaultLintConfig.failureThreshold
  if (typeof value !== 'string' || !isFailureThreshold(value)) {
    throw new LintConfigError(`${file}: "failure-threshold" must be one of ${FAILURE_THRESHOLDS.join(', ')}`)
  }
  return value
}

function readBoolean(value: unknown, key: string, file: string): boolean {
  if (value === undefined || value === null) return false
  if (typeof value !== 'boolean') throw new LintConfigError(`${file}: "${key}" must be true or false`)
  return value
}

export function isFailureThreshold(value: string): value is FailureThreshold {
  return (FAILURE_THRESHOLDS as readonly string[]).includes(value)
}

/**
 * hadolint's exit rule: fail when a finding is at or above the threshold. As in hadolint, `ignore` and
 * `none` sit below every level, so they fail on any finding; `noFail` is the way to never fail.
 */
export function failsThreshold(findings: readonly LintFinding[], threshold: FailureThreshold): boolean {
  const limit = FAILURE_THRESHOLDS.indexOf(threshold)
  return findings.some((f) => FAILURE_THRESHOLDS.indexOf(f.level) <= limit)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
