// Everything shown in a report that came from the Dockerfile, the build output or the Trivy report is
// untrusted: a pull request controls the Dockerfile and, through it, what the image contains.

// C0 and C1 controls, DEL, and the bidirectional overrides that can reorder what a reader sees.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
// Terminal escape sequences: CSI (colours, cursor moves) and OSC (titles, hyperlinks).
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g
const LINE_BREAK = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g
// Any character the three above act on: nearly all text has none, and one scan tells.
export const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

// A report repeats much of its text (one CVE's title and link for each package it is found in, the same row in the
// comment and the summary): each text is escaped once, and the answer kept for the next time, up to this many texts.
const REMEMBERED = 10_000

function rememberEach<T>(escape: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    const answer = known.get(text)
    // One look-up for a text met before; a second only when the answer kept is undefined (a URL that is not safe).
    if (answer !== undefined || known.has(text)) return answer as T
    if (known.size === REMEMBERED) known.clear()
    const made = escape(text)
    known.set(text, made)
    return made
  }
}

/**
 * The text as one line with no control character left: line breaks and tabs become spaces, terminal
 * escape sequences disappear, and any other control shows as U+FFFD so its presence stays visible.
 */
export function printableLine(text: string): string {
  return UNPRINTABLE.test(text) ? text.replace(ANSI_SEQUENCE, '').replace(LINE_BREAK, ' ').replace(CONTROL, '\ufffd') : text
}

/** Like `printableLine` but keeps the line structure (for build logs); carriage returns end lines. */
export function printableLines(text: string): string {
  return text
    .replace(ANSI_SEQUENCE, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_BUT_LINE_BREAKS, '\ufffd')
}

const MARKDOWN_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // The zero-width space stops GitHub's mention and reference filters, which run on the rendered text,
  // where the entity alone has already turned back into "@".
  '@': '&#64;&#8203;',
  // A pipe must not end a table cell; an entity has no literal pipe for the table parser to split on.
  '|': '&#124;',
  // Only met before a digit: "#12" would link, and notify, issue 12.
  '#': '#&#8203;'
}

/**
 * Untrusted text for inline GitHub Markdown, table cells included: no HTML, no mentions or issue
 * references, no emphasis, code, link, math or strikethrough runs, no autolinks, no line or cell breaks.
 * Text placed at the start of a line could still open a block (a list, a heading): the renderers never
 * put it there.
 */
export const escapeMarkdown = rememberEach((text: string): string =>
  printableLine(text)
    .replace(/[&<>"@|]|#(?=\d)/g, (c) => MARKDOWN_ENTITIES[c]!)
    .replace(/[\\`*_[\]~$:]/g, '\\$&')
    // ":" above and this dot are what GitHub's autolinker needs to turn text into a link.
    .replace(/\b(www)\./gi, '$1\\.')
)

/**
 * Untrusted text set in a monospace font. An HTML `code` element rather than a backtick span, because a
 * backtick span shows backslash escapes literally and cannot hold a pipe inside a table.
 */
export function inlineCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`
}

/** The URL in canonical form when it is an absolute http(s) URL, else undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  return url === undefined ? undefined : canonicalUrl(url)
}

const canonicalUrl = rememberEach((url: string): string | undefined => {
  let parsed: URL
  // One parse, not URL.canParse and then new URL: every vulnerability's link is checked, in every report.
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
  // Characters that would end a Markdown link destination or a table cell, percent-encoded.
  return parsed.href.replace(/[()<>|`'"\\[\] ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
})

/** A relative path as a URL path: forward slashes, each segment percent-encoded, no leading "./". */
export function encodePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/')
}

/** A Markdown link when the URL is a safe http(s) URL; the label alone otherwise. `label` is Markdown. */
export function markdownLink(label: string, url: string | undefined): string {
  const href = safeUrl(url)
  return href === undefined ? label : `[${label}](${href})`
}

// Units that must stay whole: an entity, a backslash escape, a surrogate pair, any other code unit.
const UNIT = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|\\[\s\S]|[\ud800-\udbff][\udc00-\udfff]|[\s\S]/giy
const ELLIPSIS = '…'

/**
 * At most `max` UTF-16 code units, ending in an ellipsis when shortened. Works on escaped Markdown too:
 * an entity, a backslash escape or a surrogate pair is never cut in half.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const room = max - ELLIPSIS.length
  if (room < 0) return ''
  UNIT.lastIndex = 0
  let end = 0
  while (UNIT.exec(text) !== null && UNIT.lastIndex <= room) end = UNIT.lastIndex
  return text.slice(0, end) + ELLIPSIS
}
