// Node 24's JSON.stringify (V8 13.6) slows down as its output grows: a few hundred kB take several times longer per
// byte than a few kB, the more so once a string holds a character outside Latin-1 (every SARIF message has an "→").
// A 4,000-vulnerability SARIF log took 80 ms compact and 130 ms indented that way. Serialised a list item at a time
// into pieces joined once at the end, each call stays small, the text is copied once, and the whole takes about half
// the compact call's time. (Node 20 has no such slowdown: there one compact call is some 20% faster than this.)

/** Lists longer than this are serialised item by item; shorter ones (and the objects around them) are walked. */
const LONG_LIST = 16

/**
 * `JSON.stringify(value)` for plain data (objects, arrays, strings, numbers, booleans, null; undefined members left
 * out, undefined list items written as null), the same text, without one call ever serialising a long list whole.
 */
export function jsonText(value: unknown): string {
  const pieces: string[] = []
  write(value, pieces)
  return pieces.join('')
}

function write(value: unknown, pieces: string[]): void {
  if (Array.isArray(value)) {
    const long = value.length > LONG_LIST
    pieces.push('[')
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (i > 0) pieces.push(',')
      if (item === undefined) pieces.push('null')
      else if (long) pieces.push(JSON.stringify(item))
      else write(item, pieces)
    }
    pieces.push(']')
  } else if (typeof value === 'object' && value !== null) {
    let open = '{'
    for (const [key, member] of Object.entries(value)) {
      if (member === undefined) continue
      pieces.push(`${open}${JSON.stringify(key)}:`)
      open = ','
      write(member, pieces)
    }
    pieces.push(open === '{' ? '{}' : '}')
  } else {
    pieces.push(JSON.stringify(value))
  }
}

/** What JSON.stringify escapes in a string: quotes, backslashes, controls and (paired or not) surrogates. */
export const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/

/** `JSON.stringify(text)`, without the call for text that has nothing to escape (nearly all). */
export function jsonString(text: string): string {
  return `"${jsonInQuotes(text)}"`
}

/** What `JSON.stringify(text)` writes between its quotes. */
export function jsonInQuotes(text: string): string {
  return JSON_ESCAPED.test(text) ? JSON.stringify(text).slice(1, -1) : text
}
