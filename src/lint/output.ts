// hadolint's text outputs for lint findings, byte for byte, so tools that parse hadolint's output keep working.
// SARIF is the reports' renderer (src/report/sarif.ts); the CLI picks it.

import { onFirstUse } from '../builtin.js'
import { logLine } from '../log.js'
import { jsonString, jsonText } from '../report/json.js'
import type { LintFinding, LintLevel } from '../types.js'

// For codeclimate's fingerprints only.
const crypto = onFirstUse<typeof import('node:crypto')>('node:crypto')

export const OUTPUT_FORMATS = ['tty', 'json', 'sarif', 'checkstyle', 'gnu', 'codeclimate', 'gitlab_codeclimate'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]
export type TextFormat = Exclude<OutputFormat, 'sarif'>

export interface OutputOptions {
  color: boolean
  /** hadolint's --file-path-in-report: the path shown by checkstyle and both codeclimate formats. */
  filePathInReport?: string
}

const COLOURS: Record<LintLevel, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', style: '\u001b[2m' }
const RESET = '\u001b[0m'
/** Code Climate's severities for hadolint's levels. */
const IMPACT: Record<LintLevel, string> = { error: 'blocker', warning: 'major', info: 'info', style: 'minor' }

/**
 * `findings` across every linted file, in file order and by line within a file: the text, in pieces made as they are
 * written. A report over hundreds of files is half a megabyte: as one string it was copied whole into fresh memory
 * twice (joined, then flattened to be encoded), and its pieces made all at once were copied by every garbage
 * collection until written (55 ms of one pause over 4,800 files).
 */
export function* formatFindings(findings: readonly LintFinding[], format: TextFormat, options: OutputOptions): Generator<string, void> {
  const path = (f: LintFinding): string => options.filePathInReport ?? f.file
  switch (format) {
    case 'json':
      yield '['
      yield* inPieces(findings, jsonFindings(), ',')
      yield ']\n'
      return
    case 'gnu':
      yield* inPieces(findings, (f) => `hadolint:${logLine(f.file)}:${f.line}: ${f.code} ${f.level}: ${logLine(f.message)}\n`)
      return
    case 'checkstyle':
      yield checkstyle(findings, path)
      return
    case 'codeclimate':
      // A Code Climate engine stream: each issue followed by a NUL byte.
      yield* inPieces(findings, (f) => `${JSON.stringify(issue(f, path(f)))}\u0000`)
      return
    case 'gitlab_codeclimate':
      yield jsonText(findings.map((f) => fingerprinted(issue(f, path(f)))))
      return
    case 'tty':
      // Paths and messages are one line each, whatever a folder name holds: a CI log reads lines as commands.
      yield* inPieces(findings, (f) => `${logLine(f.file)}:${f.line} ${f.code} ${options.color ? `${COLOURS[f.level]}${f.level}${RESET}` : f.level}: ${logLine(f.message)}\n`)
  }
}

/** Each finding's text, `separator` between them, gathered into pieces of about PIECE_LENGTH characters. */
function* inPieces(findings: readonly LintFinding[], text: (f: LintFinding) => string, separator = ''): Generator<string, void> {
  let piece = ''
  for (let i = 0; i < findings.length; i++) {
    piece += (i === 0 ? '' : separator) + text(findings[i]!)
    if (piece.length >= PIECE_LENGTH) {
      yield piece
      piece = ''
    }
  }
  if (piece !== '') yield piece
}

// Long enough that a piece holds dozens of findings, short enough to be made in the young generation and written before
// it is copied.
const PIECE_LENGTH = 16384

/**
 * Exactly hadolint's keys, in its (alphabetical) order, so existing consumers of its JSON keep working: the text
 * JSON.stringify writes for them, written straight from the finding. A run over hundreds of files prints thousands of
 * findings, and an object made for each to serialise cost more than the rest of the output.
 */
function jsonFindings(): (f: LintFinding) => string {
  // A run's findings come file after file and share a few dozen codes and four levels: each of those is escaped once,
  // not once a finding (4.6 M fewer instructions for the 2,600 findings of the bench's 463 files, same bytes).
  const known = new Map<string, string>()
  const once = (text: string): string => {
    let json = known.get(text)
    if (json === undefined) known.set(text, (json = jsonString(text)))
    return json
  }
  let file = ''
  let fileJson = '""'
  return (f) => {
    if (f.file !== file) fileJson = jsonString((file = f.file))
    return `{"code":${once(f.code)},"column":${f.column},"file":${fileJson},"level":${once(f.level)},"line":${f.line},"message":${jsonString(f.message)}}`
  }
}

function checkstyle(findings: readonly LintFinding[], path: (f: LintFinding) => string): string {
  let body = ''
  // One <file> per run of findings from the same file, as hadolint groups them.
  findings.forEach((f, i) => {
    if (i === 0 || findings[i - 1].file !== f.file) body += `${i === 0 ? '' : '</file>'}<file ${attr('name', path(f))}>`
    body += `<error ${attr('line', String(f.line))}${attr('column', String(f.column))}${attr('severity', f.level)}${attr('message', f.message)}${attr('source', f.code)}/>`
  })
  if (findings.length > 0) body += '</file>'
  return `<?xml version='1.0' encoding='UTF-8'?><checkstyle version='4.3'>${body}</checkstyle>`
}

/** hadolint's attribute: single quotes, a trailing space, and every character but letters, digits, space, `.` and `/` as `&#N;`. */
function attr(name: string, value: string): string {
  const escaped = [...value].map((c) => (/^[A-Za-z0-9 ./]$/.test(c) ? c : `&#${c.codePointAt(0)};`)).join('')
  return `${name}='${escaped}' `
}

interface Issue {
  categories: string[]
  check_name: string
  description: string
  location: { lines: { begin: number; end: number }; path: string }
  severity: string
  type: 'issue'
}

/** Keys in alphabetical order, as hadolint's JSON encoder writes them; the fingerprint hashes exactly this text. */
function issue(f: LintFinding, path: string): Issue {
  return {
    categories: ['Bug Risk'],
    check_name: f.code,
    description: f.message,
    location: { lines: { begin: f.line, end: f.line }, path },
    severity: IMPACT[f.level],
    type: 'issue'
  }
}

function fingerprinted(i: Issue): Issue & { fingerprint: string } {
  const fingerprint = crypto().createHash('sha1').update(JSON.stringify(i)).digest('hex')
  const { categories, check_name, description, location, severity, type } = i
  return { categories, check_name, description, fingerprint, location, severity, type }
}
