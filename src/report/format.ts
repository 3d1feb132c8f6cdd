import type { Vulnerability } from '../types.js'

const SIZE_UNITS = ['kB', 'MB', 'GB', 'TB']

/** Decimal units, as `docker images` prints them. */
export function humanSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  let value = bytes
  let unit = -1
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000
    unit++
  }
  return `${value.toFixed(1)} ${SIZE_UNITS[unit]}`
}

export function humanDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`
}

/** Thousands separated by commas without relying on the machine's ICU data. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`
}

/** "installed → fixed", in plain text for the caller to escape. */
export function versionChange(v: Vulnerability): string {
  return `${v.installedVersion} → ${v.fixedVersion ?? 'no fix'}`
}
