// The value checks behind hadolint's `label-schema` types, as pure predicates. Each follows the library
// hadolint calls: network-uri's parseURI, timerep's parseTimeRFC3339, Cabal's SPDX LicenseId, semver's
// fromText and email-validate's isValid; the whole value must match, with nothing trimmed.

import { SPDX_LICENSE_IDS } from './spdx-ids.js'

const UNRESERVED = 'A-Za-z0-9\\-._~'
const SUB_DELIMS = "!$&'()*+,;="
const PCT = '%[0-9A-Fa-f]{2}'
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`
const SEGMENT = `${PCHAR}*`
const SEGMENT_NZ = `${PCHAR}+`
const USERINFO = `(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*`
const REG_NAME = `(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*`
const IP_FUTURE = `v[0-9A-Fa-f]+\\.[${UNRESERVED}${SUB_DELIMS}:]+`
const HOST = `(?:\\[(?:[0-9A-Fa-f:.]+|${IP_FUTURE})\\]|${REG_NAME})`
const AUTHORITY = `(?:${USERINFO}@)?${HOST}(?::[0-9]*)?`
const HIER_PART = `(?://${AUTHORITY}(?:/${SEGMENT})*|/(?:${SEGMENT_NZ}(?:/${SEGMENT})*)?|${SEGMENT_NZ}(?:/${SEGMENT})*|)`
const QUERY = `(?:${PCHAR}|[/?])*`
// RFC 3986 `URI`: an absolute URI (a scheme is required), optionally with a fragment.
const URI = new RegExp(`^[A-Za-z][A-Za-z0-9+\\-.]*:${HIER_PART}(?:\\?${QUERY})?(?:#${QUERY})?$`)

/** An absolute URI per RFC 3986, e.g. `https://example.com/x` or `mailto:a@b.c`. */
export function isUrl(value: string): boolean {
  if (!URI.test(value)) return false
  const literal = /^[^:]+:\/\/(?:[^@/]*@)?\[([0-9A-Fa-f:.]+)\]/.exec(value)
  return literal === null || isIpv6(literal[1])
}

function isIpv6(text: string): boolean {
  const halves = text.split('::')
  if (halves.length > 2) return false
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')))
  const last = groups.at(-1)!.at(-1)
  // A trailing dotted IPv4 address stands for two groups.
  const ipv4 = last !== undefined && last.includes('.')
  if (ipv4 && !/^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(last)) return false
  const hex = groups.flat().slice(0, ipv4 ? -1 : undefined)
  if (!hex.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false
  const count = hex.length + (ipv4 ? 2 : 0)
  return halves.length === 2 ? count < 8 : count === 8
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/

/** A full RFC 3339 date-time: `2024-05-01T12:30:00Z`, `2024-05-01T12:30:00.5+02:00`. */
export function isRfc3339(value: string): boolean {
  const m = DATE_TIME.exec(value)
  if (!m) return false
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number)
  const offsetHour = m[7] === undefined ? 0 : Number(m[7])
  const offsetMinute = m[8] === undefined ? 0 : Number(m[8])
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) &&
    hour <= 23 && minute <= 59 && second <= 60 && offsetHour <= 23 && offsetMinute <= 59
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** One SPDX license identifier, exactly as listed (case matters); expressions such as `MIT OR Apache-2.0` are not. */
export function isSpdxId(value: string): boolean {
  return SPDX_LICENSE_IDS.has(value)
}

/** A git commit hash, short (7) or full (40), in lower-case hex. */
export function isGitHash(value: string): boolean {
  return /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(value)
}

const NUMERIC = '(?:0|[1-9]\\d*)'
const PRE_ID = `(?:${NUMERIC}|\\d*[A-Za-z-][0-9A-Za-z-]*)`
const SEMVER = new RegExp(`^${NUMERIC}\\.${NUMERIC}\\.${NUMERIC}(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`)

/** A Semantic Versioning 2.0.0 version: `1.2.3`, `1.0.0-rc.1+build.5`; no `v` prefix, no leading zeros. */
export function isSemver(value: string): boolean {
  return SEMVER.test(value)
}

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
const QUOTED = '"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*"'
const LOCAL_PART = new RegExp(`^(?:${ATOM}|${QUOTED})(?:\\.(?:${ATOM}|${QUOTED}))*$`)
const DOMAIN_LITERAL = /^\[[\x21-\x5a\x5e-\x7e]*\]$/
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/

/** An RFC 5322 addr-spec (`local@domain`) with email-validate's limits: local part ≤ 64, host labels ≤ 63. */
export function isEmail(value: string): boolean {
  const at = value.lastIndexOf('@')
  if (at <= 0) return false
  const local = value.slice(0, at)
  const domain = value.slice(at + 1)
  return local.length <= 64 && LOCAL_PART.test(local) && isMailDomain(domain)
}

function isMailDomain(domain: string): boolean {
  if (DOMAIN_LITERAL.test(domain)) return true
  const name = domain.endsWith('.') ? domain.slice(0, -1) : domain
  const labels = name.split('.')
  return name.length <= 253 && labels.every((l) => l.length <= 63 && DOMAIN_LABEL.test(l))
}

