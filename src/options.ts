// Validation of the user's settings, shared by the action's inputs and the CLI's flags. Each parser names the
// setting it reads so the message tells the user exactly what to change.
import { LINT_LEVELS, VULN_SEVERITIES } from './types.js'
import type { LintLevel, VulnSeverity } from './types.js'

/** A setting the user gave that we cannot use. Its message is shown as is: no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export function parseChoice<T extends string>(setting: string, value: string, allowed: readonly T[]): T {
  const v = value.trim().toLowerCase()
  const hit = allowed.find((a) => a.toLowerCase() === v)
  if (hit === undefined) {
    throw new UsageError(`${setting}: "${value}" is not allowed. Use one of: ${allowed.map((a) => a.toLowerCase()).join(', ')}.`)
  }
  return hit
}

export function parseFailOnVuln(setting: string, value: string): VulnSeverity | 'none' {
  return parseChoice(setting, value, [...VULN_SEVERITIES, 'none'] as const)
}

export function parseFailOnLint(setting: string, value: string): LintLevel | 'none' {
  return parseChoice(setting, value, [...LINT_LEVELS, 'none'] as const)
}

/** Comma- or newline-separated severities; empty means all of them. */
export function parseSeverities(setting: string, value: string): VulnSeverity[] {
  const items = value.split(/[,\n]/).map((s) => s.trim()).filter(Boolean)
  if (items.length === 0) return [...VULN_SEVERITIES]
  const chosen = new Set(items.map((item) => parseChoice(setting, item, VULN_SEVERITIES)))
  return VULN_SEVERITIES.filter((s) => chosen.has(s))
}

/** YAML 1.2 core booleans, as the runner's own `getBooleanInput` accepts them. */
export function parseBoolean(setting: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value.trim())) return true
  if (['false', 'False', 'FALSE'].includes(value.trim())) return false
  throw new UsageError(`${setting}: "${value}" is not a boolean. Use true or false.`)
}
