// Durations as Go writes them, the way Trivy's own --timeout takes them: read from a setting, written back for Trivy.
import { UsageError } from './options.js'

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const

/**
 * A day: beyond any job a runner keeps going, and well inside what a Node timer can wait (about 24.8 days; longer
 * ones fire at once).
 */
const MAX_MS = 24 * UNIT_MS.h

/** Milliseconds in a duration such as `90s`, `5m`, `1h30m` or `1.5h`: numbers, each followed by h, m, s or ms. */
export function parseDuration(setting: string, value: string): number {
  const text = value.trim()
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)]
  if (text === '' || parts.map((p) => p[0]).join('') !== text) {
    throw new UsageError(
      `${setting}: "${value}" is not a duration. Write a number and a unit (h, m, s or ms), as for Trivy's --timeout: 90s, 5m or 1h30m.`
    )
  }
  const ms = Math.round(parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNIT_MS[unit as keyof typeof UNIT_MS], 0))
  if (ms <= 0 || ms > MAX_MS) {
    throw new UsageError(`${setting}: "${value}" is out of range. Give a duration above zero and at most 24h, such as 10m.`)
  }
  return ms
}

/** The shortest Go duration for whole milliseconds: 600000 is `10m`, 5400000 `1h30m`, 90500 `1m30s500ms`. */
export function goDuration(ms: number): string {
  let rest = Math.round(ms)
  let text = ''
  for (const [unit, size] of Object.entries(UNIT_MS)) {
    const count = Math.floor(rest / size)
    if (count > 0) text += `${count}${unit}`
    rest -= count * size
  }
  return text === '' ? '0s' : text
}
