// A POSIX-shell (and common bash) parser, as far as lint rules need one: it finds every simple command a script
// runs, with its arguments and redirections, and which operator joins it to the next. It evaluates nothing.
//
// What counts as a command, as in hadolint (which reads ShellCheck's syntax tree):
// - commands joined by `&&`, `||`, `;`, `|`, `|&`, `&` or newlines, and inside `( … )`, `{ …; }`, `$( … )`,
//   backticks, `<( … )`, `${x:-$(…)}`, double quotes, and the bodies of if/elif/else, while/until, for/select,
//   case items and function definitions;
// - the conditions of `if`, `while` and `until` (they are commands: `while read line`);
// - not: the words of `for x in a b c`, case patterns, `[[ … ]]` and `(( … ))` (tests and arithmetic, though
//   substitutions inside them are read), assignments before a command (`FOO=1 make` runs `make`), function
//   names, comments, and heredoc bodies (`cat <<EOF … EOF` feeds data, it runs nothing).
// Commands come in source order, a command before the commands of its own substitutions
// (`echo $(curl x)` gives echo, then curl). Nothing here throws: unterminated quotes, substitutions and heredocs
// run to the end of the script, and stray keywords or closers are skipped.

export interface Redirect {
  /** The operator with any fd prefix: `>`, `>>`, `2>`, `&>`, `<<`, `>&`, … */
  op: string
  /** The word after the operator, unquoted; for a heredoc (`<<`, `<<-`) its delimiter. */
  target: string
}

/** The operators that join a command to the one after it. A newline reads as `;`. */
export type ControlOperator = '&&' | '||' | ';' | '|' | '|&' | '&'

export interface ShellCommand {
  /** The program as written, e.g. `make` or `/bin/sh`. */
  name: string
  /** The words after the name, unquoted, redirections removed; substitutions are kept as written (`$(x)`). */
  args: string[]
  redirects: readonly Redirect[]
  /**
   * The operator between this command and the next command of the same list: in `a && b; c | d`, `a` has `&&`,
   * `b` has `;` and `c` has `|`. Absent when no command follows in that list (the end of the script, of a
   * substitution or of a block) and when a compound command stands between (`(a; b) | c`: `b` has none).
   */
  next?: ControlOperator
  /**
   * Set on commands that run inside `$(…)`, backticks, `<(…)` or `>(…)`: they make a word for another command rather
   * than run in the script's own list, so "the script's last command" is the last one without this flag.
   */
  inSubstitution?: true
}

export interface ShellScript {
  /** Every simple command, in source order. */
  commands: ShellCommand[]
  /**
   * True when a real pipe (`|` or `|&`, never `||`) joins two commands anywhere in the script, compound commands
   * and substitutions included: hadolint's `hasPipes`, which DL4006 asks.
   */
  pipes: boolean
}

/** The simple commands of a shell script, in order. */
export function parseShell(script: string): ShellCommand[] {
  return parseShellScript(script).commands
}

// The Dockerfiles of a repository repeat their RUN lines (`apt-get update`, `npm ci`, `go mod download` in every
// service's file): a script seen a second time has its reading kept and shared from then on, as a file's rules share
// its commands already (read them, never change them). Only scripts that repeat are kept, each reading held to the
// end of the run: the bench's 463 files hand over 1,696 scripts, 564 distinct, of which 86 repeat and make up 1,218.
// Keeping those: 827 → 809 M instructions for the whole lint, 45 more memory pages; keeping every reading: 811 M, but
// 162 more pages, which cost more here (about 14 µs each) than the instructions saved. The scripts seen are remembered
// up to a bound, so that a run over thousands of files holds no more than that.
// Each script seen, with its reading once it has repeated (null until then).
const seenScripts = new Map<string, ShellScript | null>()
export const SEEN_CHARACTERS = 1 << 20
let seenCharacters = 0

/** The commands of a shell script and how they are joined. */
export function parseShellScript(script: string): ShellScript {
  const seen = seenScripts.get(script)
  if (seen) return seen
  const read = readPlainScript(script) ?? readScript(script)
  if (seen === null) {
    seenScripts.set(script, read)
  } else if (seenCharacters + script.length <= SEEN_CHARACTERS) {
    seenScripts.set(script, null)
    seenCharacters += script.length
  }
  return read
}

/** What parseShellScript gives, always from the full reader: for tests that hold readPlainScript to it. */
export function readScript(script: string): ShellScript {
  const out: ShellScript = { commands: [], pipes: false }
  new Parser(script, out).parseAll()
  // Slots are taken when a command starts (for source order); drop those that turned out to be nothing,
  // such as a bare assignment or a function's name. Most scripts have none: no copy of their list then.
  if (out.commands.some(isNothing)) out.commands = out.commands.filter((c) => !isNothing(c))
  return out
}

// Most RUN scripts are plain: words of plain characters between blanks, joined by `&&`, `||`, `;`, `|` or newlines
// (`apt-get update && apt-get install -y curl`, `dotnet restore -a $TARGETARCH`): 87% of the 1,696 scripts the bench's
// lint reads. Such a script is split at its operators and blanks by the regular expression engine, rather than read
// character by character at V8's baseline tier (cli/v8-settings.ts): reading all 1,696 took 110 M instructions, now
// 54 M; the whole lint 6% fewer. Anything else is for the full reader: quotes, backslashes, redirections, parentheses,
// `${` but around a name, a comment, `;;`, a lone `&`, a reserved word or an assignment where a command starts. (The
// full reader keeps `$NAME` and `${NAME}` in a word as written.)
const NOT_PLAIN = /[()<>\\'"`]|\$\{(?![A-Za-z_][A-Za-z0-9_]*\})|(?:^|[ \t\r\n;&|])#|;;/
const PLAIN_OPERATORS = /(&&|\|\||&|[;|\n])/
const PLAIN_BLANKS = /[ \t\r]+/
// The words that are syntax where a command starts: the full reader reads them (RESERVED), a plain script has none.
const RESERVED_WORDS: ReadonlySet<string> = new Set(['if', 'then', 'elif', 'else', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'select', 'function', 'time', '{', '}', '!', '[['])

/** A plain script's commands, as the full reader finds them; undefined for any other script. */
export function readPlainScript(script: string): ShellScript | undefined {
  if (NOT_PLAIN.test(script)) return undefined
  // The list, its operators at the odd places: `a && b` is ['a ', '&&', ' b'].
  const parts = script.split(PLAIN_OPERATORS)
  const out: ShellScript = { commands: [], pipes: false }
  // The command before the operators that follow it, and the first of them, which joins it to the next command.
  let previous: ShellCommand | undefined
  let joiner: ControlOperator | undefined
  for (let i = 0; i < parts.length; i += 2) {
    const words = wordsOf(parts[i]!)
    const op = parts[i + 1]
    if (op === '&') return undefined
    if (words === undefined) continue
    const name = words[0]!
    if (RESERVED_WORDS.has(name) || name.includes('=')) return undefined
    const command: ShellCommand = { name, args: words.slice(1), redirects: NO_REDIRECTS }
    if (previous !== undefined && joiner !== undefined) previous.next = joiner
    out.commands.push(command)
    previous = command
    joiner = op === undefined ? undefined : op === '\n' ? ';' : (op as ControlOperator)
    if (op === '|') out.pipes = true
  }
  return out
}

/** The words of a stretch of blanks and plain words; undefined when it has none. */
function wordsOf(text: string): string[] | undefined {
  const words = text.split(PLAIN_BLANKS)
  const first = words[0] === '' ? 1 : 0
  const end = words[words.length - 1] === '' ? words.length - 1 : words.length
  if (end <= first) return undefined
  return first === 0 && end === words.length ? words : words.slice(first, end)
}

function isNothing(command: ShellCommand): boolean {
  return command.name === '' && command.redirects.length === 0
}

/** The last path segment of a program: `/usr/bin/make` → `make`. */
export function programName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1)
}

const RESERVED = new RegExp(`(${[...RESERVED_WORDS].map((word) => word.replace(/[{}[\]]/g, '\\$&')).join('|')})(?=[ \\t\\r\\n;&|()<>]|$)`, 'y')
// The first characters of the reserved words.
const RESERVED_FIRST = [...RESERVED_WORDS].map((word) => word[0]).join('')
const IN_WORD = /in(?=[ \t\r\n;&|()<>]|$)/y
const CLOSE_TEST = /\]\](?=[ \t\r\n;&|()<>]|$)/y
const REDIRECT = /([0-9]+)?(&>>|&>|<<<|<<-|<<|>>|>&|<&|>\||<>|>|<)/y
const FUNCTION_PARENS = /[ \t]*\([ \t]*\)/y
const JOINERS = new Set(['&&', '||', ';', '|', '|&', '&', '\n'])
const CASE_ENDS = new Set([';;', ';&', ';;&'])
// Sticky, read from a word's start: a match that ends past the word's end is not an assignment.
const ASSIGNMENT = /[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/y
const ARRAY_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=$/
const WORD_END = ' \t\r\n;&|()<>'
// Runs of characters with no meaning inside a word, and inside double quotes: read as one slice, not one by one.
const PLAIN_IN_WORD = /[^ \t\r\n;&|()<>\\'"$`]+/y
// A whole word of such characters: what follows ends it (a blank, an operator, the end), where `(`, `<(` and `>(`
// would carry it on (an array's values, a process substitution).
const PLAIN_WORD = /[^ \t\r\n;&|()<>\\'"$`]+(?=[ \t\r\n;&|)]|[<>](?!\()|$)/y
const PLAIN_IN_DOUBLE_QUOTES = /[^"\\$`]+/y
// What skipBlanks passes over, in one match: a regular expression runs as machine code, where a loop over the
// characters makes a call into V8 for each comparison at V8's baseline tier, at which a lint runs (cli/v8-settings.ts).
const BLANKS = /(?:[ \t\r]+|\\\n|#[^\n]*)*/y
// Deeper nesting than this is not a real script; stop reading rather than overflow the stack.
const MAX_DEPTH = 200

const NONE: ReadonlySet<string> = new Set()
// Most commands redirect nothing: they share this list until they do.
const NO_REDIRECTS: readonly Redirect[] = Object.freeze([])
const THEN = new Set(['then'])
const ELSE_OR_FI = new Set(['elif', 'else', 'fi'])
const FI = new Set(['fi'])
const DO = new Set(['do'])
const DONE = new Set(['done'])
const BRACE_CLOSE = new Set(['}'])
const ESAC = new Set(['esac'])


/** A recursive-descent reader over one script; substitutions recurse into the same reader. */
class Parser {
  private pos = 0
  private depth = 0
  private substitutions = 0
  private readonly pendingHeredocs: Array<{ delimiter: string; stripTabs: boolean }> = []

  constructor(private readonly src: string, private readonly out: ShellScript) {}

  parseAll(): void {
    while (this.pos < this.src.length) {
      this.parseList(NONE)
      // Only a stray closer (`)`, `;;`) stops a top-level list before the end: skip it and read on.
      if (this.pos < this.src.length) this.pos += this.peekOperator()?.length ?? 1
    }
  }

  /** Commands and their separators until the end, a `)`, a `;;`, or one of `stops` in command position. */
  private parseList(stops: ReadonlySet<string>): void {
    let previous: { command: ShellCommand; op: ControlOperator } | undefined
    for (;;) {
      this.skipBlanks()
      const op = this.peekOperator()
      if (this.pos >= this.src.length || op === ')' || (op !== undefined && CASE_ENDS.has(op))) return
      if (op !== undefined && op !== '(') {
        // An empty statement or a separator with nothing before it (`a;\n b`, `&& b`): nothing to join.
        this.consumeOperator(op)
        continue
      }
      const reserved = this.reservedAt()
      if (reserved !== undefined && stops.has(reserved)) return
      const before = this.pos
      if (previous) previous.command.next = previous.op
      previous = undefined
      const command = this.parseItem()
      this.skipBlanks()
      const joiner = this.peekOperator()
      if (joiner !== undefined && JOINERS.has(joiner)) {
        if (joiner === '|' || joiner === '|&') this.out.pipes = true
        if (command) previous = { command, op: joiner === '\n' ? ';' : (joiner as ControlOperator) }
        this.consumeOperator(joiner)
      } else if (this.pos === before) {
        // Never loop on text this reader cannot place.
        this.pos++
      }
    }
  }

  /** One command, simple or compound. Returns it when it is a simple command (the only kind `next` is set on). */
  private parseItem(): ShellCommand | undefined {
    if (this.depth >= MAX_DEPTH) {
      this.pos = this.src.length
      return undefined
    }
    this.depth++
    try {
      return this.parseItemAt()
    } finally {
      this.depth--
    }
  }

  private parseItemAt(): ShellCommand | undefined {
    this.skipBlanks()
    if (this.src.startsWith('((', this.pos)) {
      this.skipArithmetic()
      this.readTrailingRedirects()
      return undefined
    }
    if (this.src[this.pos] === '(') {
      this.pos++
      this.parseList(NONE)
      this.expectChar(')')
      this.readTrailingRedirects()
      return undefined
    }
    const reserved = this.reservedAt()
    switch (reserved) {
      case undefined:
        return this.parseSimple()
      case '!':
      case 'time':
        this.pos += reserved.length
        return this.parseItem()
      case '{':
        this.pos++
        this.parseBlock(BRACE_CLOSE, '}')
        this.readTrailingRedirects()
        return undefined
      case 'if':
        this.parseIf()
        return undefined
      case 'while':
      case 'until':
        this.pos += reserved.length
        this.parseBlock(DO, 'do')
        this.parseBlock(DONE, 'done')
        this.readTrailingRedirects()
        return undefined
      case 'for':
      case 'select':
        this.pos += reserved.length
        this.skipLoopWords()
        this.parseBlock(DONE, 'done')
        this.readTrailingRedirects()
        return undefined
      case 'case':
        this.parseCase()
        return undefined
      case '[[':
        this.skipTest()
        return undefined
      case 'function':
        this.pos += reserved.length
        this.skipBlanks()
        this.readWord()
        if (this.functionParensAhead()) this.pos = FUNCTION_PARENS.lastIndex
        this.parseFunctionBody()
        return undefined
      default:
        // A closer with no opener (`fi`, `done`, `}` …): skip it.
        this.pos += reserved.length
        return undefined
    }
  }

  /** A list up to `closer`, then the closer itself (when it is there). */
  private parseBlock(stops: ReadonlySet<string>, closer: string): void {
    this.parseList(stops)
    if (this.reservedAt() === closer) this.pos += closer.length
  }

  private parseIf(): void {
    this.pos += 2
    this.parseBlock(THEN, 'then')
    for (;;) {
      this.parseList(ELSE_OR_FI)
      const word = this.reservedAt()
      if (word === 'elif') {
        this.pos += 4
        this.parseBlock(THEN, 'then')
      } else if (word === 'else') {
        this.pos += 4
        this.parseBlock(FI, 'fi')
        this.readTrailingRedirects()
        return
      } else {
        if (word === 'fi') this.pos += 2
        this.readTrailingRedirects()
        return
      }
    }
  }

  /** `for name [in words]` up to `do`; the words are data, but their substitutions run. */
  private skipLoopWords(): void {
    this.skipBlanks()
    if (this.src.startsWith('((', this.pos)) this.skipArithmetic()
    else this.readWord()
    for (;;) {
      this.skipBlanks()
      if (this.pos >= this.src.length) return
      if (this.reservedAt() === 'do') {
        this.pos += 2
        return
      }
      const op = this.peekOperator()
      if (op !== undefined) this.consumeOperator(op)
      else if (this.readWord() === undefined) this.pos++
    }
  }

  private parseCase(): void {
    this.pos += 4
    this.skipBlanks()
    this.readWord()
    this.skipSeparators()
    IN_WORD.lastIndex = this.pos
    if (IN_WORD.test(this.src)) this.pos += 2
    for (;;) {
      this.skipSeparators()
      if (this.pos >= this.src.length) return
      if (this.reservedAt() === 'esac') {
        this.pos += 4
        this.readTrailingRedirects()
        return
      }
      const before = this.pos
      this.skipPattern()
      this.parseList(ESAC)
      const op = this.peekOperator()
      if (op !== undefined && CASE_ENDS.has(op)) this.pos += op.length
      if (this.pos === before) this.pos++
    }
  }

  /** A case item's patterns, `(a|b)` or `a|b)`: data, up to the closing parenthesis. */
  private skipPattern(): void {
    if (this.src[this.pos] === '(') this.pos++
    for (;;) {
      this.skipBlanks()
      const c = this.src[this.pos]
      if (c === undefined) return
      if (c === ')') {
        this.pos++
        return
      }
      if (c === '\n') this.consumeOperator('\n')
      else if (this.readWord() === undefined) this.pos++
    }
  }

  /** `[[ … ]]` is a test, not a command; only substitutions inside it run. */
  private skipTest(): void {
    this.pos += 2
    for (;;) {
      this.skipBlanks()
      if (this.pos >= this.src.length) return
      CLOSE_TEST.lastIndex = this.pos
      if (CLOSE_TEST.test(this.src)) {
        this.pos += 2
        this.readTrailingRedirects()
        return
      }
      if (this.readWord() === undefined) this.pos++
    }
  }

  private parseFunctionBody(): void {
    this.skipSeparators()
    this.parseItem()
  }

  private parseSimple(): ShellCommand | undefined {
    const command: ShellCommand = { name: '', args: [], redirects: NO_REDIRECTS }
    if (this.substitutions > 0) command.inSubstitution = true
    this.out.commands.push(command)
    for (;;) {
      this.skipBlanks()
      if (this.readRedirect(command)) continue
      const start = this.pos
      const word = this.readWord()
      if (word === undefined) return command
      if (command.name !== '') {
        command.args.push(word)
      } else if (!this.isAssignment(start)) {
        if (this.functionParensAhead()) {
          // `name() body`: the name is no command; the emptied slot is dropped at the end.
          this.pos = FUNCTION_PARENS.lastIndex
          this.parseFunctionBody()
          return undefined
        }
        command.name = word
      }
    }
  }

  /** Redirections after a compound command (`{ …; } > log`); they belong to no simple command. */
  private readTrailingRedirects(): void {
    const sink: ShellCommand = { name: '', args: [], redirects: NO_REDIRECTS }
    for (;;) {
      this.skipBlanks()
      if (!this.readRedirect(sink)) return
    }
  }

  private readRedirect(command: ShellCommand): boolean {
    const c = this.src[this.pos]
    // A redirection starts with a descriptor number, `<`, `>` or `&`: most words are out at once.
    if (c !== '<' && c !== '>' && c !== '&' && !(c >= '0' && c <= '9')) return false
    // `<(…)` and `>(…)` are process substitutions: words, not redirections.
    if ((c === '<' || c === '>') && this.src[this.pos + 1] === '(') return false
    REDIRECT.lastIndex = this.pos
    const match = REDIRECT.exec(this.src)
    if (!match) return false
    this.pos = REDIRECT.lastIndex
    this.skipBlanks()
    const target = this.readWord() ?? ''
    const op = match[2]
    if (op === '<<' || op === '<<-') this.pendingHeredocs.push({ delimiter: target, stripTabs: op === '<<-' })
    const redirect = { op: (match[1] ?? '') + op, target }
    command.redirects = command.redirects.length === 0 ? [redirect] : [...command.redirects, redirect]
    return true
  }

  /** Whether the word from `start` to the current position is an assignment (`A=1`, `A+=x`, `a[i]=y`). */
  private isAssignment(start: number): boolean {
    ASSIGNMENT.lastIndex = start
    return ASSIGNMENT.test(this.src) && ASSIGNMENT.lastIndex <= this.pos
  }

  /** One word at the current position, unquoted, or undefined when an operator, a blank or the end is there. */
  private readWord(): string | undefined {
    const start = this.pos
    // Most words are plain characters alone: one match reads them.
    PLAIN_WORD.lastIndex = start
    if (PLAIN_WORD.test(this.src)) {
      this.pos = PLAIN_WORD.lastIndex
      return this.src.slice(start, this.pos)
    }
    let value = ''
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]
      if ((c === '<' || c === '>') && this.src[this.pos + 1] === '(') {
        const from = this.pos
        this.pos += 2
        this.parseSubstitution()
        value += this.src.slice(from, this.pos)
        continue
      }
      if (c === '(' && ARRAY_ASSIGNMENT.test(this.src.slice(start, this.pos))) {
        const from = this.pos
        this.readArray()
        value += this.src.slice(from, this.pos)
        continue
      }
      if (WORD_END.includes(c)) break
      if (c === '\\') {
        if (this.src[this.pos + 1] !== '\n') value += this.src[this.pos + 1] ?? ''
        this.pos += 2
      } else if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1)
        const close = end === -1 ? this.src.length : end
        value += this.src.slice(this.pos + 1, close)
        this.pos = close + 1
      } else if (c === '"') {
        this.pos++
        value += this.readDoubleQuoted()
      } else if (c === '$') {
        value += this.readDollar()
      } else if (c === '`') {
        value += this.readBackticks()
      } else {
        PLAIN_IN_WORD.lastIndex = this.pos
        PLAIN_IN_WORD.test(this.src)
        // At least the one character, so that the reader always moves on.
        const end = Math.max(PLAIN_IN_WORD.lastIndex, this.pos + 1)
        value += this.src.slice(this.pos, end)
        this.pos = end
      }
    }
    this.pos = Math.min(this.pos, this.src.length)
    return this.pos === start ? undefined : value
  }

  /** `()` after a function's name, from the current position; FUNCTION_PARENS.lastIndex is then after it. */
  private functionParensAhead(): boolean {
    // Only a `(` after blanks can start it: no regular expression for the many commands without one.
    let at = this.pos
    while (this.src[at] === ' ' || this.src[at] === '\t') at++
    if (this.src[at] !== '(') return false
    FUNCTION_PARENS.lastIndex = this.pos
    return FUNCTION_PARENS.test(this.src)
  }

  /** The inside of `"…"`, from after the opening quote to after the closing one; returns the unquoted text. */
  private readDoubleQuoted(): string {
    let value = ''
    while (this.pos < this.src.length && this.src[this.pos] !== '"') {
      const c = this.src[this.pos]
      if (c === '\\' && '"\\$`\n'.includes(this.src[this.pos + 1] ?? '')) {
        if (this.src[this.pos + 1] !== '\n') value += this.src[this.pos + 1]
        this.pos += 2
      } else if (c === '$') {
        value += this.readDollar()
      } else if (c === '`') {
        value += this.readBackticks()
      } else {
        PLAIN_IN_DOUBLE_QUOTES.lastIndex = this.pos
        PLAIN_IN_DOUBLE_QUOTES.test(this.src)
        // At least the one character: a backslash that escapes nothing is kept as written.
        const end = Math.max(PLAIN_IN_DOUBLE_QUOTES.lastIndex, this.pos + 1)
        value += this.src.slice(this.pos, end)
        this.pos = end
      }
    }
    this.pos++
    return value
  }

  /** A `$` expansion at the current position; returns it as written (or decoded, for `$'…'` and `$"…"`). */
  private readDollar(): string {
    // `${…}` and `$"…"` nest through here without a command in between: the depth guard must see them too.
    if (this.depth >= MAX_DEPTH) {
      this.pos = this.src.length
      return ''
    }
    this.depth++
    try {
      return this.readDollarAt()
    } finally {
      this.depth--
    }
  }

  private readDollarAt(): string {
    const start = this.pos
    const next = this.src[this.pos + 1]
    if (next === '(' && this.src[this.pos + 2] === '(') {
      this.pos++
      this.skipArithmetic()
    } else if (next === '(') {
      this.pos += 2
      this.parseSubstitution()
    } else if (next === '{') {
      this.pos += 2
      this.skipParameter()
    } else if (next === "'") {
      this.pos += 2
      return this.readAnsiC()
    } else if (next === '"') {
      this.pos += 2
      return this.readDoubleQuoted()
    } else {
      this.pos++
      return '$'
    }
    return this.src.slice(start, this.pos)
  }

  /** The commands of `$(…)`, `<(…)` or `>(…)`, from after the opening parenthesis to after the closing one. */
  private parseSubstitution(): void {
    if (this.depth >= MAX_DEPTH) {
      this.pos = this.src.length
      return
    }
    this.depth++
    this.substitutions++
    this.parseList(NONE)
    this.substitutions--
    this.depth--
    this.expectChar(')')
  }

  /** `${…}` up to its closing brace; substitutions in it (`${x:-$(cmd)}`) still run. */
  private skipParameter(): void {
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]
      if (c === '}') {
        this.pos++
        return
      }
      if (c === '\\') this.pos += 2
      else if (c === "'") this.pos = this.indexAfter("'", this.pos + 1)
      else if (c === '"') {
        this.pos++
        this.readDoubleQuoted()
      } else if (c === '$') this.readDollar()
      else if (c === '`') this.readBackticks()
      else this.pos++
    }
  }

  /** `((…))` from its first parenthesis to after the matching one: arithmetic, no commands. */
  private skipArithmetic(): void {
    let depth = 0
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++]
      if (c === '(') depth++
      else if (c === ')' && --depth === 0) return
    }
  }

  /** `$'…'`, from after the quote: bash's C-style escapes for the common cases. */
  private readAnsiC(): string {
    const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' }
    let value = ''
    while (this.pos < this.src.length && this.src[this.pos] !== "'") {
      const c = this.src[this.pos]
      if (c === '\\' && this.pos + 1 < this.src.length) {
        const e = this.src[this.pos + 1]
        value += escapes[e] ?? `\\${e}`
        this.pos += 2
      } else {
        value += c
        this.pos++
      }
    }
    this.pos++
    return value
  }

  /** `` `…` `` as written; its inside, unescaped the way the shell does, is parsed as a script of its own. */
  private readBackticks(): string {
    const start = this.pos
    this.pos++
    let inner = ''
    while (this.pos < this.src.length && this.src[this.pos] !== '`') {
      const c = this.src[this.pos]
      if (c === '\\' && '`\\$'.includes(this.src[this.pos + 1] ?? '')) {
        inner += this.src[this.pos + 1]
        this.pos += 2
      } else {
        inner += c
        this.pos++
      }
    }
    this.pos = Math.min(this.pos + 1, this.src.length)
    if (this.depth < MAX_DEPTH) {
      const nested = new Parser(inner, this.out)
      nested.depth = this.depth + 1
      nested.substitutions = this.substitutions + 1
      nested.parseAll()
    }
    return this.src.slice(start, this.pos)
  }

  /** `name=(a b c)`: the list's words are data. */
  private readArray(): void {
    this.pos++
    for (;;) {
      this.skipBlanks()
      const c = this.src[this.pos]
      if (c === undefined) return
      if (c === ')') {
        this.pos++
        return
      }
      if (c === '\n') this.pos++
      else if (this.readWord() === undefined) this.pos++
    }
  }

  /** Blanks, line continuations and comments; never a newline, which separates commands. */
  private skipBlanks(): void {
    // Most calls find a word or an operator: every character that starts what BLANKS matches is at or below '#', but '\\'.
    const c = this.src.charCodeAt(this.pos)
    if (c > 0x23 && c !== 0x5c) return
    BLANKS.lastIndex = this.pos
    BLANKS.test(this.src)
    this.pos = BLANKS.lastIndex
  }

  /** Blanks, newlines and `;` (between the parts of `case`). */
  private skipSeparators(): void {
    for (;;) {
      this.skipBlanks()
      const c = this.src[this.pos]
      if (c === '\n') this.consumeOperator('\n')
      else if (c === ';' && !CASE_ENDS.has(this.peekOperator() ?? '')) this.pos++
      else return
    }
  }

  /** The control operator at the current position, longest first: `;;&`, `;;`, `;&`, `&&`, `||`, `|&`, `;`, `|`, `&`, `(`, `)`, newline. */
  private peekOperator(): string | undefined {
    const next = this.src[this.pos + 1]
    switch (this.src[this.pos]) {
      case ';':
        if (next === ';') return this.src[this.pos + 2] === '&' ? ';;&' : ';;'
        return next === '&' ? ';&' : ';'
      case '&':
        // `&>` is a redirection, not a background `&`.
        if (next === '>') return undefined
        return next === '&' ? '&&' : '&'
      case '|':
        return next === '|' ? '||' : next === '&' ? '|&' : '|'
      case '(':
        return '('
      case ')':
        return ')'
      case '\n':
        return '\n'
      default:
        return undefined
    }
  }

  private consumeOperator(op: string): void {
    this.pos += op.length
    if (op === '\n') this.skipHeredocBodies()
  }

  /** After a newline, the bodies of the heredocs opened on the line before it: data, skipped. */
  private skipHeredocBodies(): void {
    for (const { delimiter, stripTabs } of this.pendingHeredocs) {
      while (this.pos < this.src.length) {
        const end = this.src.indexOf('\n', this.pos)
        const lineEnd = end === -1 ? this.src.length : end
        let line = this.src.slice(this.pos, lineEnd).replace(/\r$/, '')
        if (stripTabs) line = line.replace(/^\t+/, '')
        this.pos = Math.min(lineEnd + 1, this.src.length)
        if (line === delimiter) break
      }
    }
    this.pendingHeredocs.length = 0
  }

  /** The reserved word at the current position, when it stands as a whole word. */
  private reservedAt(): string | undefined {
    // Most words start with a letter no reserved word starts with: no regular expression for them.
    if (!RESERVED_FIRST.includes(this.src[this.pos] ?? ' ')) return undefined
    RESERVED.lastIndex = this.pos
    return RESERVED.exec(this.src)?.[1]
  }

  private expectChar(c: string): void {
    this.skipBlanks()
    if (this.src[this.pos] === c) this.pos++
  }

  private indexAfter(c: string, from: number): number {
    const end = this.src.indexOf(c, from)
    return end === -1 ? this.src.length : end + 1
  }
}
