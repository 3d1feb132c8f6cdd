// Dockerfile text → DockerfileModel. instruction-heads.ts finds where instructions start and the escape character,
// as dockerfile-ast does; continuation joining, heredoc bodies, flags, exec form and the properties of ARG (and of ENV
// and LABEL, as dockerfile-ast reads them, when they are plain) are read here from the source lines, so one guarded
// routine decides what belongs to each instruction.

import { expandVariables, parseImageRef } from './image-ref.js'
import { astHeads, DECLINED, HEREDOC_KEYWORDS, isBlankAt, leanHeads, skipBlanks } from './instruction-heads.js'
import type { InstructionHead, InstructionHeads } from './instruction-heads.js'
import { flagValue } from './model.js'
import type { Comment, DockerfileModel, Flag, FromInstruction, Heredoc, Instruction, ParseProblem, Property as ModelProperty, Stage } from './model.js'

const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'
])
const FLAGGED = new Set(['ADD', 'COPY', 'FROM', 'HEALTHCHECK', 'RUN'])
const PROPERTY_KEYWORDS = new Set(['ARG', 'ENV', 'LABEL'])
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
// UTF-16 read as UTF-8: its byte-order mark turns into two replacement characters, and every other unit is NUL.
const UTF16 = /^(?:\uFFFD\uFFFD)?(?:[^\u0000]\u0000|\u0000[^\u0000]){2}/

/** Reads where the instructions of a file start; undefined when it does not read this file. */
export type HeadsReader = (source: string, lines: readonly string[]) => InstructionHeads | undefined

// Most files are read from their lines; dockerfile-ast reads the rest.
const READERS: readonly HeadsReader[] = [leanHeads, astHeads]

/** `readers`: tests give dockerfile-ast's reading alone, which the lines' reading must match. */
export function parseDockerfile(text: string, readers: readonly HeadsReader[] = READERS): DockerfileModel {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const hasCr = source.includes('\r')
  const lines = hasCr ? source.split(/\r?\n/) : source.split('\n')
  if (UTF16.test(source)) {
    return emptyModel([{ line: 1, message: 'the Dockerfile is encoded as UTF-16, and Docker reads Dockerfiles as UTF-8: save it as UTF-8' }])
  }
  // Docker ends lines at line feeds only (CRLF included); dockerfile-ast also at a lone CR, so the two would disagree.
  const loneCr = hasCr ? lines.findIndex((line) => line.includes('\r')) : -1
  if (loneCr !== -1) {
    return emptyModel([{ line: loneCr + 1, message: `line ${loneCr + 1} contains a carriage return that does not end the line (old Mac line endings); Docker reads only LF and CRLF as line ends: save the file with LF line endings` }])
  }
  // One search of the whole text: a search per line cost more than the rest of this function.
  const binary = CONTROL_CHARACTER.exec(source)
  if (binary) {
    const line = source.slice(0, binary.index).split('\n').length
    return emptyModel([{ line, message: `line ${line} contains binary data (a control character); this does not look like a Dockerfile` }])
  }
  try {
    for (const read of readers) {
      const heads = read(source, lines)
      const model = heads && modelOf(lines, heads)
      if (model) return model
    }
  } catch (error) {
    return emptyModel([{ line: 1, message: `the Dockerfile parser failed (${String(error)}); check the file for unusual syntax` }])
  }
  throw new Error('no reader of instruction heads read the file')
}

/** The model of the file whose instructions start where `heads` says; undefined when `heads` gives up on it. */
function modelOf(lines: readonly string[], heads: InstructionHeads): DockerfileModel | undefined {
  const { escape } = heads
  const problems: ParseProblem[] = []
  const instructions: Instruction[] = []
  const stages: Stage[] = []
  const comments: Comment[] = []
  const initialArgs = new Map<string, string>()
  const stageByName = new Map<string, number>()
  let lastLine = 0
  for (let head = heads.next(0); head !== undefined; head = heads.next(lastLine)) {
    if (head === DECLINED) return undefined
    const start = head.line
    // Lines no instruction spans may be comments (continuations and heredoc bodies hold look-alikes).
    readComments(lines, lastLine, start, comments)
    const keyword = head.keywordAsWritten.toUpperCase()
    const span = readInstruction(lines, start, escape, keyword)
    // dockerfile-ast's own range wins when it saw more (it knows continuations inside odd comments).
    const end = Math.max(span.end, head.end)
    lastLine = end + 1
    if (span.problem) problems.push(span.problem)
    const instruction = buildInstruction(head, keyword, span, start, end, stages.length - 1)
    const problem = checkInstruction(instruction)
    if (problem) problems.push(problem)
    if (keyword === 'ARG' && stages.length === 0) {
      // A default may use the ARGs declared before it (`ARG BASE=$REGISTRY/app`), as BuildKit expands it.
      for (const p of instruction.properties) if (p.value !== undefined) initialArgs.set(p.key, expandVariables(p.value, initialArgs))
    }
    if (keyword === 'FROM' && instruction.args !== '') {
      const from = toFrom(instruction, stages.length, initialArgs)
      // Stage names are case-insensitive in Docker, so `FROM Build` uses the latest stage named `build`.
      stages.push({ index: from.stageIndex, from, instructions: [], parent: stageByName.get(from.image.text.toLowerCase()) })
      if (from.alias !== undefined) stageByName.set(from.alias.toLowerCase(), from.stageIndex)
      instructions.push(from)
    } else {
      if (stages.length > 0) stages[stages.length - 1].instructions.push(instruction)
      instructions.push(instruction)
    }
  }
  readComments(lines, lastLine, lines.length, comments)
  return { lines, escape, instructions, stages, comments, problems }
}

/** A model with nothing in it but the problems that stopped the parse. */
export function emptyModel(problems: ParseProblem[]): DockerfileModel {
  return { lines: [], escape: '\\', instructions: [], stages: [], comments: [], problems }
}

interface Span {
  /** 0-based last line. */
  end: number
  /** 1-based blank lines skipped inside the continuation. */
  emptyLines: readonly number[]
  /** The instruction's lines as written, continuations joined (the comment and blank lines in them dropped). */
  joined: string
  /** `joined` after the keyword. */
  text: string
  heredocs: readonly Heredoc[]
  /** A heredoc that is never closed. */
  problem?: ParseProblem
}

// Most instructions have no flags, heredocs or blank continuation lines: they share one empty list, frozen, as the
// model's lists are read-only.
const NO_ITEMS: readonly never[] = Object.freeze([])

const BLANK = /^\s*$/
const BLANK_OR_COMMENT = /^\s*(#.*)?$/
const KEYWORD_AND_SPACE = /^\s*\S+\s*/

/** Reads one instruction from its first line: continuation lines, then any heredoc bodies. */
function readInstruction(lines: readonly string[], start: number, escape: string, keyword: string): Span {
  let i = start
  let emptyLines: number[] | undefined
  let text = lines[i]
  if (endsWithEscape(text, escape)) {
    text = ''
    for (;;) {
      const line = lines[i]
      const continued = endsWithEscape(line, escape)
      text += continued ? line.trimEnd().slice(0, -1) : line
      if (!continued) break
      // Docker drops comment and empty lines inside a continuation.
      do {
        i++
        if (i < lines.length && BLANK.test(lines[i])) (emptyLines ??= []).push(i + 1)
      } while (i < lines.length && BLANK_OR_COMMENT.test(lines[i]))
      if (i >= lines.length) {
        i = lines.length - 1
        break
      }
    }
  }
  const rest = text.replace(KEYWORD_AND_SPACE, '')
  let heredocs: Heredoc[] | undefined
  let problem: ParseProblem | undefined
  if (HEREDOC_KEYWORDS.has(keyword) && rest.includes('<<')) {
    for (const opener of heredocOpeners(rest)) {
      const body = i + 1
      let close = body
      while (close < lines.length && (opener.stripTabs ? lines[close].replace(/^\t+/, '') : lines[close]) !== opener.delimiter) close++
      if (close === lines.length) {
        problem = { line: start + 1, message: `the heredoc <<${opener.delimiter} opened on line ${start + 1} is never closed: add a line containing only ${opener.delimiter}` }
        i = lines.length - 1
        break
      }
      ;(heredocs ??= []).push({ delimiter: opener.delimiter, line: body + 1, endLine: close + 1, content: lines.slice(body, close).join('\n') })
      i = close
    }
  }
  return { end: i, emptyLines: emptyLines ?? NO_ITEMS, joined: text, text: rest, heredocs: heredocs ?? NO_ITEMS, problem }
}

function endsWithEscape(line: string, escape: string): boolean {
  // Most lines end in a visible ASCII character: no whitespace to trim.
  const last = line.charCodeAt(line.length - 1)
  if (last > 0x20 && last < 0x7f) return last === escape.charCodeAt(0)
  return line.trimEnd().endsWith(escape)
}

/**
 * Heredoc openers outside quotes: `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`. Done here rather than by
 * dockerfile-ast, which misses the spaced form (dockerfile-ast #120) and then parses the body as instructions.
 */
export function heredocOpeners(text: string): Array<{ delimiter: string; stripTabs: boolean }> {
  const openers: Array<{ delimiter: string; stripTabs: boolean }> = []
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1)
      i = end === -1 ? text.length : end + 1
    } else if (text.startsWith('<<<', i)) {
      i += 3
    } else if (text.startsWith('<<', i)) {
      const match = /^<<(-?)[ \t]*(["']?)([A-Za-z_][\w.-]*)\2/.exec(text.slice(i))
      if (match) openers.push({ delimiter: match[3], stripTabs: match[1] === '-' })
      i += match ? match[0].length : 2
    } else {
      i++
    }
  }
  return openers
}

function buildInstruction(head: InstructionHead, keyword: string, span: Span, start: number, end: number, stageIndex: number): Instruction {
  let flags: readonly Flag[] = NO_ITEMS
  let args = span.text.trim()
  if (FLAGGED.has(keyword) && args.startsWith('--')) {
    const found: Flag[] = []
    args = splitFlags(args, found)
    flags = found
  }
  const command = keyword === 'HEALTHCHECK' ? args.replace(/^CMD\s+/i, '') : args
  const instruction: Instruction = {
    keyword,
    keywordAsWritten: head.keywordAsWritten,
    line: start + 1,
    endLine: end + 1,
    emptyContinuationLines: span.emptyLines,
    stageIndex,
    flags,
    args,
    execForm: keyword === 'HEALTHCHECK' && command === args ? undefined : execForm(command),
    heredocs: span.heredocs,
    properties: keyword === 'ARG' ? argProperties(args) : PROPERTY_KEYWORDS.has(keyword) ? (plainProperties(span.joined, span.text) ?? head.properties(end)) : []
  }
  const trigger = keyword === 'ONBUILD' ? head.trigger(end) : undefined
  if (trigger) {
    // The wrapped instruction, read the same way and placed on the ONBUILD's lines, so that `onbuild` rules
    // check `ONBUILD RUN …` exactly as they check `RUN …`.
    const text = span.text.replace(KEYWORD_AND_SPACE, '')
    instruction.trigger = buildInstruction(trigger, trigger.keywordAsWritten.toUpperCase(), { ...span, text }, trigger.line, end, stageIndex)
  }
  return instruction
}

const FLAG = /^--([A-Za-z-]+)(?:=(\S*))?(?:\s+|$)/

/** Moves the leading `--name=value` flags of `text` into `flags`; the rest of the text. */
function splitFlags(text: string, flags: Flag[]): string {
  let rest = text
  for (let match = rest.startsWith('--') ? FLAG.exec(rest) : null; match; match = rest.startsWith('--') ? FLAG.exec(rest) : null) {
    flags.push({ name: match[1], value: match[2] })
    rest = rest.slice(match[0].length)
  }
  return rest
}

/** The argv of a JSON-array argument; undefined when the text is not a valid JSON list of strings (shell form). */
function execForm(text: string): string[] | undefined {
  if (!text.startsWith('[')) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined
  } catch {
    return undefined
  }
}

// A line in which dockerfile-ast's reading of properties has nothing to undo: printable ASCII and tabs, without quotes
// and either escape character (backslash, backtick); JavaScript's other blanks are not its. A `${` that a blank or the
// end comes before its `}` makes one word of the rest of the text there, so such a line is left to it too.
const PLAIN_PROPERTIES = /^[\t !#-&(-[\]-_a-~]*$/
const UNCLOSED_BRACE = /\$\{[^}\t ]*(?:[\t ]|$)/
const BLANKS = /[\t ]+/

/**
 * The properties of an ENV or LABEL (`text`: its `line`, continuations joined, after the keyword) as
 * dockerfile-ast reads them, when the line is plain: its words, each `key=value` or a bare key, or the legacy
 * `key value…` form when the first word has no `=` (or quoted words, see quotedProperties). Its reading works out a
 * position in the file for every word and property, which made it most of an ENV's parse, and needs its bundle loaded;
 * undefined for any other line, which is left to it.
 */
function plainProperties(line: string, text: string): ModelProperty[] | undefined {
  if (UNCLOSED_BRACE.test(line)) return undefined
  if (!PLAIN_PROPERTIES.test(line)) return WITH_QUOTES.test(line) ? quotedProperties(text) : undefined
  const end = endOfWords(text)
  // No arguments (a problem of its own): dockerfile-ast may still read blanks after the keyword as a name.
  if (end === 0) return undefined
  const words = text.slice(0, end).split(BLANKS)
  if (words.length < 2 || words[0].includes('=')) return words.map(plainProperty)
  // `key value`; with more words, the value is the rest of the text, blanks as written.
  return [{ key: words[0], value: text.slice(skipBlanks(text, words[0].length, end), end) }]
}

// The same characters and quotes; a line of `key="value"` or `key='value'` words (LABEL org.opencontainers.image.title="My
// app") is read here too when every quote opens a value right after its `=` and closes it before a blank or the end,
// with no quote inside; and so is the legacy `key "value"` (ENV PORT "8080"), whose value is all one quoted string.
const WITH_QUOTES = /^[\t !-[\]-_a-~]*$/
const QUOTED_PROPERTY = /([!#-&(-<>-[\]-_a-~]+)=(?:"([\t !#-&(-[\]-_a-~]*)"|'([\t !#-&(-[\]-_a-~]*)'|([!#-&(-[\]-_a-~]*))(?:[\t ]+|$)/y
const QUOTED_LEGACY = /^([!#-&(-<>-[\]-_a-~]+)[\t ]+(?:"([\t !#-&(-[\]-_a-~]*)"|'([\t !#-&(-[\]-_a-~]*)')$/

/** The properties of `text` when it is only `key=value`, `key="value"` and `key='value'` words, or `key "value"`; undefined otherwise. */
function quotedProperties(text: string): ModelProperty[] | undefined {
  const words = text.slice(0, endOfWords(text))
  const legacy = QUOTED_LEGACY.exec(words)
  if (legacy) return [{ key: legacy[1], value: legacy[2] ?? legacy[3] }]
  const properties: ModelProperty[] = []
  QUOTED_PROPERTY.lastIndex = 0
  while (QUOTED_PROPERTY.lastIndex < words.length) {
    const match = QUOTED_PROPERTY.exec(words)
    if (!match) return undefined
    properties.push({ key: match[1], value: match[2] ?? match[3] ?? match[4] })
  }
  return properties.length > 0 ? properties : undefined
}

/** Where `text` ends without its trailing blanks. */
function endOfWords(text: string): number {
  let end = text.length
  while (end > 0 && isBlankAt(text, end - 1)) end--
  return end
}

function plainProperty(word: string): ModelProperty {
  const eq = word.indexOf('=')
  return eq === -1 ? { key: word, value: undefined } : { key: word.slice(0, eq), value: word.slice(eq + 1) }
}

/**
 * `ARG name[=default] …`: each word (quotes kept together) declares one ARG. Not left to dockerfile-ast, which
 * reads `ARG A B=1` as the legacy `ENV key value` form, one ARG `A` with the value `B=1`.
 */
function argProperties(args: string): ModelProperty[] {
  const words = args.match(/(?:[^\s"']+|"(?:[^"\\]|\\.)*"|'[^']*')+/g) ?? []
  return words.map((word) => {
    const eq = word.indexOf('=')
    if (eq === -1) return { key: word }
    const written = word.slice(eq + 1)
    const value = written.replace(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g, (_q, dq?: string, sq?: string) => sq ?? dq!.replace(/\\(.)/g, '$1'))
    return { key: word.slice(0, eq), value, valueAsWritten: written }
  })
}

function checkInstruction(instruction: Instruction): ParseProblem | undefined {
  const { keyword, line } = instruction
  if (!KEYWORDS.has(keyword)) {
    return { line, message: `unknown instruction ${keyword} on line ${line}: use one of ${[...KEYWORDS].join(', ')} (a line that continues the previous instruction needs a trailing escape character)` }
  }
  if (instruction.args === '' && instruction.heredocs.length === 0) {
    return { line, message: `${keyword} on line ${line} has no arguments: give it what it needs, or remove the line` }
  }
  return undefined
}

function toFrom(instruction: Instruction, stageIndex: number, initialArgs: ReadonlyMap<string, string>): FromInstruction {
  const [written = '', as, alias] = instruction.args.split(/\s+/)
  const expanded = expandVariables(written, initialArgs)
  const imageAsWritten = parseImageRef(written)
  const isAs = as !== undefined && as.toUpperCase() === 'AS'
  // The instruction just built becomes the FROM: nothing else holds it yet, and a copy of it was a FROM's largest cost.
  const from = instruction as FromInstruction
  from.stageIndex = stageIndex
  from.image = expanded === written ? { ...imageAsWritten } : parseImageRef(expanded)
  from.imageAsWritten = imageAsWritten
  from.alias = isAs ? alias : undefined
  from.asKeyword = isAs ? as : undefined
  from.platform = flagValue(instruction.flags, 'platform')
  return from
}

/** Adds the comment lines among lines `from` up to `to` (0-based, exclusive). */
function readComments(lines: readonly string[], from: number, to: number, comments: Comment[]): void {
  for (let index = from; index < to; index++) {
    const line = lines[index]
    // Only a line whose first non-blank character is `#` is a comment: look no further on the others.
    const c = skipBlanks(line, 0, line.length)
    if (c < line.length && line.charCodeAt(c) !== 0x23 && line.charCodeAt(c) > 0x20 && line.charCodeAt(c) < 0x7f) continue
    const match = COMMENT.exec(line)
    if (match) comments.push({ line: index + 1, text: match[1].trim() })
  }
}

const COMMENT = /^\s*#(.*)$/
