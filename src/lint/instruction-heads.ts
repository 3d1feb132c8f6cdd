// Where each instruction of a Dockerfile starts and which keyword it has, as dockerfile-ast finds them. Most files are
// read from their lines alone: dockerfile-ast's parse works out a position object for every word of the file, which
// made it most of a first parse. Anything its reading could differ on (a heredoc, a line that is not a plain keyword)
// goes to dockerfile-ast itself, and so does an instruction whose words only it reads (ENV and LABEL beyond one plain
// line, ONBUILD's trigger), on that instruction's lines alone.

import type { Instruction as AstInstruction, Property as AstProperty } from 'dockerfile-ast'
import { parseForLint } from './dockerfile-ast-patches.js'
import type { Property } from './model.js'

export interface InstructionHeads {
  /** The escape character: `\` unless a `# escape=` directive says otherwise. */
  escape: string
  /** The first instruction that starts on 0-based line `from` or later. */
  next(from: number): InstructionHead | undefined
}

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

export const BLANK_OR_COMMENT = /^\s*(#.*)?$/

/**
 * The instructions of `lines` when each starts with a plain keyword (letters, then a blank or the end of the line)
 * and the text holds no `<<`; undefined otherwise. Continuations are followed as parse.ts's readInstruction follows
 * them, so each head found is where that reading of the one before ends.
 */
export function leanHeads(text: string, lines: readonly string[]): InstructionHeads | undefined {
  // dockerfile-ast's heredoc bodies end where its own rules say, which only it knows.
  if (text.includes('<<')) return undefined
  const escape = escapeOf(lines)
  const heads: InstructionHead[] = []
  let continued = false
  // Where line i starts in the text: a line ends in LF or CRLF, and dockerfile-ast's words differ between the two.
  let offset = 0
  for (let i = 0; i < lines.length; offset += lines[i].length + (text.charCodeAt(offset + lines[i].length) === 0x0d ? 2 : 1), i++) {
    const line = lines[i]
    if (continued) {
      // Docker drops comment and empty lines inside a continuation.
      if (!BLANK_OR_COMMENT.test(line)) continued = endsWithEscape(line, escape)
      continue
    }
    let c = 0
    while (c < line.length && isBlankAt(line, c)) c++
    // dockerfile-ast passes over spaces and tabs only: a line of other blanks would start an instruction there.
    if (c === line.length || line.charCodeAt(c) === 0x23) continue
    const keywordStart = c
    while (c < line.length && isLetterAt(line, c)) c++
    if (c === keywordStart || (c < line.length && !isBlankAt(line, c))) return undefined
    heads.push(new LeanHead(text, offset, i, line.slice(keywordStart, c), escape))
    continued = endsWithEscape(line, escape)
  }
  let h = 0
  return {
    escape,
    next(from) {
      while (h < heads.length) if (heads[h++].line >= from) return heads[h - 1]
      return undefined
    }
  }
}

// A class rather than an object of closures: a file has an instruction per few lines, and most never need dockerfile-ast.
class LeanHead implements InstructionHead {
  constructor(
    private readonly text: string,
    /** Where the instruction's first line starts in `text`. */
    private readonly offset: number,
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
    let stop = this.offset
    for (let line = this.line; line <= end && stop < this.text.length; line++) {
      const lf = this.text.indexOf('\n', stop)
      stop = lf === -1 ? this.text.length : lf + 1
    }
    const directive = this.escape === '\\' ? '' : `# escape=${this.escape}\n`
    const node = parseForLint(directive + this.text.slice(this.offset, stop)).getInstructions()[0]
    return astHead(node, this.line - (directive === '' ? 0 : 1))
  }
}

/**
 * The escape character that parser directives at the top of the file set. Only leading comment lines can hold
 * directives, and only one with `=` is one: those lines alone go to dockerfile-ast, which reads them by its own rules.
 */
function escapeOf(lines: readonly string[]): string {
  let end = 0
  let assigns = false
  for (; end < lines.length && /^[ \t]*#/.test(lines[end]); end++) assigns ||= lines[end].includes('=')
  return assigns ? parseForLint(lines.slice(0, end).join('\n')).getEscapeCharacter() : '\\'
}

export function endsWithEscape(line: string, escape: string): boolean {
  // Most lines end in a visible ASCII character: no whitespace to trim.
  const last = line.charCodeAt(line.length - 1)
  if (last > 0x20 && last < 0x7f) return last === escape.charCodeAt(0)
  return line.trimEnd().endsWith(escape)
}

/** A space or a tab: the blanks between a Dockerfile's words. */
export function isBlankAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code === 0x20 || code === 0x09
}

function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index) | 0x20
  return code >= 0x61 && code <= 0x7a
}
