// A small POSIX-shell tokenizer: enough to find the simple commands of a RUN/CMD line, their arguments and
// their redirections. It honours quotes, escapes, comments and `$(…)`; it does not evaluate anything.
// Rules see commands, never raw text, so a later full shell parser can replace this module alone.

export interface Redirect {
  /** The operator with any fd prefix: `>`, `>>`, `2>`, `&>`, `<<`, `>&`, … */
  op: string
  target: string
}

export interface ShellCommand {
  /** The program as written, e.g. `make` or `/bin/sh`. */
  name: string
  /** The words after the name, unquoted, redirections removed. */
  args: string[]
  redirects: Redirect[]
}

type Token = { kind: 'word'; value: string } | { kind: 'op'; value: string } | { kind: 'redirect'; value: string }

const CONTROL_OPS = ['&&', '||', ';;', '|&', ';', '|', '&', '(', ')']
const REDIRECT_OPS = ['&>>', '&>', '<<<', '<<-', '<<', '>>', '>&', '<&', '>|', '<>', '>', '<']
// Words that introduce the next command rather than name one; `then make` runs make.
const PREFIX_WORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time'])
const CLOSING_WORDS = new Set(['fi', 'done', 'esac', '}'])
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/

/** The simple commands of a shell script, in order. */
export function parseShell(script: string): ShellCommand[] {
  const commands: ShellCommand[] = []
  let current: ShellCommand | undefined
  let pendingRedirect: string | undefined
  const finish = (): void => {
    if (current && !CLOSING_WORDS.has(current.name)) commands.push(current)
    current = undefined
    pendingRedirect = undefined
  }
  for (const token of tokenize(script)) {
    if (token.kind === 'op') {
      finish()
    } else if (token.kind === 'redirect') {
      pendingRedirect = token.value
    } else if (pendingRedirect !== undefined) {
      current ??= { name: '', args: [], redirects: [] }
      current.redirects.push({ op: pendingRedirect, target: token.value })
      pendingRedirect = undefined
    } else if (!current || current.name === '') {
      if (PREFIX_WORDS.has(token.value) || ASSIGNMENT.test(token.value)) continue
      if (current) current.name = token.value
      else current = { name: token.value, args: [], redirects: [] }
    } else {
      current.args.push(token.value)
    }
  }
  finish()
  return commands.filter((c) => c.name !== '' || c.redirects.length > 0)
}

/** The last path segment of a program: `/usr/bin/make` → `make`. */
export function programName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1)
}

function tokenize(script: string): Token[] {
  const tokens: Token[] = []
  let word = ''
  let inWord = false
  const flush = (): void => {
    if (inWord) tokens.push({ kind: 'word', value: word })
    word = ''
    inWord = false
  }
  let i = 0
  while (i < script.length) {
    const c = script[i]
    if (c === ' ' || c === '\t' || c === '\r') {
      flush()
      i++
    } else if (c === '\n') {
      flush()
      tokens.push({ kind: 'op', value: ';' })
      i++
    } else if (c === '#' && !inWord) {
      while (i < script.length && script[i] !== '\n') i++
    } else if (c === '\\') {
      // A backslash-newline joins lines and is not part of any word.
      if (script[i + 1] !== '\n') {
        word += script[i + 1] ?? ''
        inWord = true
      }
      i += 2
    } else if (c === "'") {
      const end = script.indexOf("'", i + 1)
      const close = end === -1 ? script.length : end
      word += script.slice(i + 1, close)
      inWord = true
      i = close + 1
    } else if (c === '"') {
      i = readDoubleQuoted(script, i + 1, (s) => (word += s))
      inWord = true
    } else if (c === '$' && (script[i + 1] === '(' || script[i + 1] === '{')) {
      const end = matchingClose(script, i + 1)
      word += script.slice(i, end)
      inWord = true
      i = end
    } else if (c === '`') {
      const end = script.indexOf('`', i + 1)
      const close = end === -1 ? script.length : end + 1
      word += script.slice(i, close)
      inWord = true
      i = close
    } else {
      const redirect = REDIRECT_OPS.find((op) => script.startsWith(op, i))
      const control = CONTROL_OPS.find((op) => script.startsWith(op, i))
      if (redirect && (!control || redirect.length >= control.length)) {
        // A word made only of digits right before the operator is its file descriptor: `2>`.
        const fd = inWord && /^[0-9]+$/.test(word) ? word : ''
        if (fd === '') flush()
        word = ''
        inWord = false
        tokens.push({ kind: 'redirect', value: fd + redirect })
        i += redirect.length
      } else if (control) {
        flush()
        tokens.push({ kind: 'op', value: control })
        i += control.length
      } else {
        word += c
        inWord = true
        i++
      }
    }
  }
  flush()
  return tokens
}

/** Reads a double-quoted string starting after its quote; returns the index after the closing quote. */
function readDoubleQuoted(script: string, start: number, append: (s: string) => void): number {
  let i = start
  while (i < script.length && script[i] !== '"') {
    if (script[i] === '\\' && '"\\$`\n'.includes(script[i + 1] ?? '')) {
      if (script[i + 1] !== '\n') append(script[i + 1])
      i += 2
    } else {
      append(script[i])
      i++
    }
  }
  return i + 1
}

/** Index after the bracket matching the one at `open` (`(` or `{`), skipping quoted text. */
function matchingClose(script: string, open: number): number {
  const openChar = script[open]
  const closeChar = openChar === '(' ? ')' : '}'
  let depth = 0
  let i = open
  while (i < script.length) {
    const c = script[i]
    if (c === "'" || c === '"') {
      const end = script.indexOf(c, i + 1)
      i = end === -1 ? script.length : end + 1
      continue
    }
    if (c === openChar) depth++
    else if (c === closeChar && --depth === 0) return i + 1
    i++
  }
  return script.length
}
