// Where each instruction of a Dockerfile starts and which keyword it has, as dockerfile-ast finds them. Most files are
// read from their lines alone: dockerfile-ast's parse works out a position object for every word of the file, which
// made it most of a first parse, and its code was a third of the CLI's lint bundle. Anything its reading could differ on
// (a line that is not a plain keyword, a heredoc marker it may read otherwise) goes to dockerfile-ast itself, and so
// does an instruction whose words only it reads (ENV and LABEL properties parse.ts does not read itself, ONBUILD's
// trigger), on that instruction's lines alone.

import type { Instruction as AstInstruction, Property as AstProperty } from 'dockerfile-ast'
import { parseForLint } from './dockerfile-ast-patches.js'
import type { Property } from './model.js'

export interface InstructionHeads {
  /** The escape character: `\` unless a `# escape=` directive says otherwise. */
  escape: string
  /**
   * The first instruction that starts on 0-based line `from` or later; DECLINED when the reader cannot tell where it
   * starts as dockerfile-ast would, and another reader must read the file.
   */
  next(from: number): InstructionHead | typeof DECLINED | undefined
}

export const DECLINED = 'declined'

export interface InstructionHead {
  /** 0-based line of the keyword. */
  line: number
  keywordAsWritten: string
  /** 0-based last line as dockerfile-ast sees the instruction; its first line when read from the lines. */
  end: number
  /** ENV's and LABEL's `key=value` pairs as dockerfile-ast reads them; `end`: the instruction's last line. */
  properties(end: number): Property[]
  /** ONBUILD's wrapped instruction. */
  trigger(end: number): InstructionHead | undefined
}

/** Every instruction dockerfile-ast parsed, in order. */
export function astHeads(text: string): InstructionHeads {
  const ast = parseForLint(text)
  const nodes = ast.getInstructions()
  let n = 0
  return {
    escape: ast.getEscapeCharacter(),
    next(from) {
      while (n < nodes.length) {
        const head = astHead(nodes[n++], 0)
        if (head.line >= from) return head
      }
      return undefined
    }
  }
}

function astHead(node: AstInstruction, lineOffset: number): InstructionHead {
  const range = node.getRange()
  return {
    line: range.start.line + lineOffset,
    keywordAsWritten: node.getInstruction(),
    end: range.end.line + lineOffset,
    properties: () => ((node as AstInstruction & { getProperties?: () => AstProperty[] }).getProperties?.() ?? []).map((p) => ({ key: p.getName(), value: p.getValue() ?? undefined })),
    trigger() {
      const trigger = (node as AstInstruction & { getTriggerInstruction?: () => AstInstruction | null }).getTriggerInstruction?.()
      return trigger ? astHead(trigger, lineOffset) : undefined
    }
  }
}

/**
 * The instructions of `lines` read from the lines, as parse.ts reads each instruction (continuations, heredoc bodies):
 * each is found on the first line, from where the one before ends, that is not blank or a comment. It declines a
 * file where dockerfile-ast could find another start: a line that is not a plain keyword (letters, then a blank or
 * the end of the line), or a heredoc it may read otherwise (see plainHeredoc).
 */
export function leanHeads(text: string, lines: readonly string[]): InstructionHeads | undefined {
  const directives = parserDirectives(text)
  const escape = directives.find((d) => d.name.toLowerCase() === 'escape' && (d.value === '\\' || d.value === '`'))?.value ?? '\\'
  const heredocs = text.includes('<<')
  let last = -1
  // Where line `at` starts in the text, worked out only as far as dockerfile-ast is asked to read a line (rarely): a
  // line ends in LF or CRLF, and dockerfile-ast's words differ between the two.
  let at = 0
  let offset = 0
  const offsetOf = (line: number): number => {
    if (line < at) [at, offset] = [0, 0]
    for (; at < line; at++) offset += lines[at].length + (text.charCodeAt(offset + lines[at].length) === 0x0d ? 2 : 1)
    return offset
  }
  return {
    escape,
    next(from) {
      for (let i = last + 1; i < from; i++) if (!plainContinuation(lines[i], escape, heredocs)) return DECLINED
      for (let i = from; i < lines.length; i++) {
        const line = lines[i]
        const head = HEAD_LINE.exec(line)
        if (head === null) return DECLINED
        const keyword = head[1]
        // A blank line or a comment.
        if (keyword === undefined) continue
        if (heredocs && line.includes('<<') && !plainHeredoc(keyword, line.slice(head[0].length), escape)) return DECLINED
        last = i
        return new LeanHead(text, offsetOf, i, keyword, escape)
      }
      return undefined
    }
  }
}

// A line between instructions as dockerfile-ast passes over it (spaces and tabs, then the end or a comment), or the
// first line of one: its keyword, letters, then a blank or the end of the line (nothing else starts an instruction).
// One match a line, not a call a character: at V8's baseline tier (cli/v8-settings.ts) every call and comparison is a
// call into V8, and the loop it replaces took a seventh of the parse's instructions.
const HEAD_LINE = /^[ \t]*(?:$|#|([A-Za-z]+)(?=[ \t]|$))/

/**
 * Whether dockerfile-ast reads a line of the instruction before (a continuation, a heredoc body) as parse.ts does. It
 * looks for heredocs in continuations and reads a body as instructions where it did not see the heredoc: no `<<`. And
 * in a continuation it passes over the escape character and what follows it before the line's first word, so that
 * `\# …` reads as a comment and the continuation goes on: the escape character may start such a line only alone.
 */
function plainContinuation(line: string, escape: string, heredocs: boolean): boolean {
  if (heredocs && line.includes('<<')) return false
  const c = skipBlanks(line, 0, line.length)
  return line[c] !== escape || skipBlanks(line, c + 1, line.length) === line.length
}

/** The instructions that take heredocs. */
export const HEREDOC_KEYWORDS: ReadonlySet<string> = new Set(['ADD', 'COPY', 'RUN'])

const HEREDOC_WORD = /^<<(-?)(?:[A-Za-z_][\w.-]*|'[A-Za-z_][\w.-]*'|"[A-Za-z_][\w.-]*")$/

/**
 * Whether dockerfile-ast finds the same heredocs in the line `rest` (what follows the keyword) as parse.ts does, and so
 * ends them on the same lines: RUN, COPY or ADD on one line, whose words (between blanks: no quote or escape character
 * groups them) that hold `<<` are each a heredoc marker, all `<<-` or none (dockerfile-ast strips tabs before every
 * delimiter of an instruction once one marker asks).
 */
function plainHeredoc(keyword: string, rest: string, escape: string): boolean {
  if (!HEREDOC_KEYWORDS.has(keyword.toUpperCase()) || rest.includes(escape) || /["']/.test(rest.replace(/<<-?(['"])[\w.-]+\1/g, ''))) return false
  let dashes: string | undefined
  for (const word of rest.split(/[ \t]+/)) {
    if (!word.includes('<<')) continue
    const marker = HEREDOC_WORD.exec(word)
    if (!marker || (dashes ??= marker[1]) !== marker[1]) return false
  }
  return true
}

// A class rather than an object of closures: a file has an instruction per few lines, and most never need dockerfile-ast.
class LeanHead implements InstructionHead {
  constructor(
    private readonly text: string,
    /** Where a line starts in `text`. */
    private readonly offsetOf: (line: number) => number,
    readonly line: number,
    readonly keywordAsWritten: string,
    private readonly escape: string
  ) {}

  get end(): number {
    return this.line
  }

  properties(end: number): Property[] {
    return this.alone(end).properties(end)
  }

  trigger(end: number): InstructionHead | undefined {
    return this.alone(end).trigger(end)
  }

  /** dockerfile-ast's reading of the instruction's own lines: the same words wherever the lines stand in the file. */
  private alone(end: number): InstructionHead {
    const offset = this.offsetOf(this.line)
    let stop = offset
    for (let line = this.line; line <= end && stop < this.text.length; line++) {
      const lf = this.text.indexOf('\n', stop)
      stop = lf === -1 ? this.text.length : lf + 1
    }
    const directive = this.escape === '\\' ? '' : `# escape=${this.escape}\n`
    const node = parseForLint(directive + this.text.slice(offset, stop)).getInstructions()[0]
    return astHead(node, this.line - (directive === '' ? 0 : 1))
  }
}

interface Directive {
  name: string
  value: string
}

/**
 * The parser directives at the top of `text` as dockerfile-ast reads them (Parser.getParserDirectives), which is not
 * always as Docker does: comment lines `# name=value`, up to the first blank line or line of anything else. The name
 * is the first word after `#`; the value, the first word after `=`. Blanks after the value end the directives, and
 * another `#` right after them starts another directive on the same line, which is read but not kept (as
 * dockerfile-ast-patches.ts has it: one directive a line, as Docker reads them).
 */
function parserDirectives(text: string): Directive[] {
  const directives: Directive[] = []
  let i = 0
  // Whether reading goes on on the line of the last directive kept.
  let sameLine = false
  while (i < text.length && text[i] !== '\r' && text[i] !== '\n') {
    i = skipBlanks(text, i, text.length)
    if (text[i] !== '#') break
    const nameStart = skipBlanks(text, i + 1, text.length)
    const nameEnd = wordEnd(text, nameStart, '= \t\r\n')
    const equals = wordEnd(text, nameEnd, '=\r\n')
    // A comment line (or the text's last), or `=` with no name before it: the end of the directives.
    if (text[equals] !== '=' || nameStart === nameEnd) break
    const lineEnd = wordEnd(text, equals + 1, '\r\n')
    const valueStart = skipBlanks(text, equals + 1, lineEnd)
    const valueEnd = wordEnd(text, valueStart, ' \t\r\n')
    if (!sameLine) directives.push({ name: text.slice(nameStart, nameEnd), value: text.slice(valueStart, valueEnd) })
    sameLine = valueEnd < lineEnd
    // Reading goes on from the character after the value (after its line end, when that is CRLF).
    i = (text[valueEnd] === '\r' ? valueEnd + 1 : valueEnd) + 1
  }
  return directives
}

/** The first index from `from` (up to `to`) that is not a space or a tab. */
export function skipBlanks(text: string, from: number, to: number): number {
  let i = from
  while (i < to && isBlankAt(text, i)) i++
  return i
}

/** The first index from `from` that holds one of `stops`, or the end of the text. */
function wordEnd(text: string, from: number, stops: string): number {
  let i = from
  while (i < text.length && !stops.includes(text[i])) i++
  return i
}

/** A space or a tab: the blanks between a Dockerfile's words. */
export function isBlankAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code === 0x20 || code === 0x09
}
