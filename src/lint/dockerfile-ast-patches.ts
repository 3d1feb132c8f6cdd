// dockerfile-ast, with the changes this project makes to its classes: the only module that reaches into its internal
// lib/*.js files or replaces its methods. Loading it puts the changes in place: parse.ts parses through the
// parseForLint exported here, so that no parse comes before them. They depend on internals no release promises to keep: PATCHED_VERSION names the release
// they were written against, and a test fails when the installed one differs, so that they are checked again.
import { DockerfileParser, Instruction as AstInstructionClass } from 'dockerfile-ast'
import type { Argument, Dockerfile, Instruction as AstInstruction, ParserDirective } from 'dockerfile-ast'
import { Dockerfile as AstDockerfile } from 'dockerfile-ast/lib/dockerfile.js'
import { Parser as AstParser } from 'dockerfile-ast/lib/parser.js'
import { Util as AstUtil } from 'dockerfile-ast/lib/util.js'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Range } from 'vscode-languageserver-types'

export const PATCHED_VERSION = '0.7.1'

export { DockerfileParser }

// Four changes to dockerfile-ast's classes make its parse linear and cheap, none visible in what parse.ts reads.
// It read an instruction's arguments from the text again on every call, and its own parser asks for them several
// times per instruction (its flags, JSON form, heredocs and ranges each do): that was most of its time. They depend
// only on the instruction's text, so each instruction reads them once; callers shift the flags off the list they get
// (ModifiableInstruction.getArguments), so each gets a copy. Kept on the instance: a WeakMap entry per instruction
// made garbage collection a quarter of the parse.
const astInstruction = AstInstructionClass.prototype as unknown as { getRawArguments(this: AstInstruction): Argument[] }
const readRawArguments = astInstruction.getRawArguments
const RAW_ARGUMENTS = Symbol('raw arguments')
astInstruction.getRawArguments = function getRawArguments(this: AstInstruction & { [RAW_ARGUMENTS]?: Argument[] }) {
  return (this[RAW_ARGUMENTS] ??= readRawArguments.call(this)).slice()
}

interface ParserInternals {
  document: TextDocument
  escapeChar: string
  createInstruction: CreateInstruction
  processHeredocs(instruction: AstInstruction, offset: number): number
}
type CreateInstruction = (this: ParserInternals, dockerfile: AstDockerfile, keyword: string, start: number, keywordEnd: number, end: number) => AstInstruction
const astParser = AstParser.prototype as unknown as ParserInternals

// Its parser also builds each instruction twice, once to look for heredocs and once to keep, from the same offsets
// unless a heredoc follows: the instruction it just built is handed out again when the offsets are the same.
const LAST_BUILT = Symbol('last instruction built')
type Built = { keyword: string; start: number; keywordEnd: number; end: number; node: AstInstruction }
function builtOnce(build: CreateInstruction): CreateInstruction {
  return function createInstruction(this: ParserInternals & { [LAST_BUILT]?: Built }, dockerfile, keyword, start, keywordEnd, end) {
    const last = this[LAST_BUILT]
    if (last !== undefined && last.start === start && last.end === end && last.keywordEnd === keywordEnd && last.keyword === keyword) return last.node
    const node = build.call(this, dockerfile, keyword, start, keywordEnd, end)
    this[LAST_BUILT] = { keyword, start, keywordEnd, end, node }
    return node
  }
}
const buildInstructionNode = astParser.createInstruction
astParser.createInstruction = builtOnce(buildInstructionNode)

// It reads every RUN, COPY and ADD into words to look for a heredoc (a word starting with `<<`); a word's `<` is a `<`
// of the text (escapes only drop characters), so an instruction without one has none and is not read.
const findHeredocs = astParser.processHeredocs
astParser.processHeredocs = function processHeredocs(this: ParserInternals, instruction, offset) {
  return instruction.getTextContent().includes('<') ? findHeredocs.call(this, instruction, offset) : offset
}

// It asks twice per parse whether the text starts with a byte-order mark, by encoding its first character to a
// new Buffer: the mark is one character, U+FEFF.
;(AstUtil as unknown as { isUTF8BOM(char: string): boolean }).isUTF8BOM = (char) => char === '\uFEFF'

// After a parser directive's value it reads a `#` on the same line as another directive (`# syntax=… # check=…`), then
// starts reading instructions as many lines down as it found directives: the line after such a line was passed over,
// a FROM there and all. Docker reads one directive a line, whatever else the line holds: a line's first is kept.
interface DirectiveReader {
  getParserDirectives(this: DirectiveReader, document: TextDocument, buffer: string): ParserDirective[]
}
const directiveReader = AstParser.prototype as unknown as DirectiveReader
const readDirectives = directiveReader.getParserDirectives
directiveReader.getParserDirectives = function getParserDirectives(document, buffer) {
  const directives = readDirectives.call(this, document, buffer)
  return directives.filter((d, i) => i === 0 || d.getRange().start.line !== directives[i - 1]!.getRange().start.line)
}

// And at the end of a parse it files every comment under every build stage whose range holds it, each range worked out
// again per comment: minutes for a file of thousands of stages and comments. Nothing here reads a stage's comments
// (comments are read from the lines, see readComments), so that filing is skipped.
AstDockerfile.prototype.organizeComments = () => undefined

/**
 * The lint model reads of each instruction its lines and keyword, and only of ENV and LABEL their properties and of
 * ONBUILD its trigger (parse.ts reads flags, JSON form and ARGs from the text). Every other instruction is made a
 * plain Instruction rather than its own class, whose constructor reads its arguments (JSONInstruction parses the
 * JSON form): the same ranges, keyword and words, and half the parse.
 */
const OWN_CLASS = new Set(['ENV', 'LABEL', 'ONBUILD'])
// Read once: a bundled import is a getter call on every use.
const PlainInstruction = AstInstructionClass
const createStatic = (AstParser as unknown as { createInstruction(document: TextDocument, dockerfile: AstDockerfile, escapeChar: string, lineRange: Range, keyword: string, keywordRange: Range): AstInstruction }).createInstruction
const buildLean: CreateInstruction = function createInstruction(dockerfile, keyword, start, keywordEnd, end) {
  const { document, escapeChar } = this
  const startPosition = document.positionAt(start)
  const keywordRange = { start: startPosition, end: document.positionAt(keywordEnd) }
  const lineRange = { start: startPosition, end: document.positionAt(end) }
  return OWN_CLASS.has(keyword.toUpperCase())
    ? createStatic(document, dockerfile, escapeChar, lineRange, keyword, keywordRange)
    : new PlainInstruction(document, lineRange, dockerfile, escapeChar, keyword, keywordRange)
}

/**
 * Its scan of an instruction's arguments and of a comment, with the same results, jumping to the characters that
 * matter (a line end, the escape character) rather than looking at each: the scan of each character was the largest
 * part of a parse, and of a first parse most of all, run before the JIT compiles it.
 */
interface Scanner extends ParserInternals {
  buffer: string
  processComment(dockerfile: AstDockerfile, start: number): number
}
function processArguments(this: Scanner, dockerfile: AstDockerfile, keyword: string, keywordEnd: number, start: number, offset: number): number {
  const { buffer, escapeChar } = this
  const length = buffer.length
  let escaped = false
  // The next line feed, carriage return and escape character at or after i (length when there is none).
  let lf = -1
  let cr = -1
  let esc = -1
  for (let i = offset + 1; i < length; i++) {
    if (!escaped) {
      // Outside an escaped line end only these three characters change anything.
      if (lf < i) lf = indexOrLength(buffer, '\n', i)
      if (cr < i) cr = indexOrLength(buffer, '\r', i)
      if (esc < i) esc = indexOrLength(buffer, escapeChar, i)
      i = Math.min(lf, cr, esc)
      if (i === length) break
    }
    const char = buffer[i]
    if (char === '\r' || char === '\n') {
      if (escaped) continue
      return this.processHeredocs(this.createInstruction(dockerfile, keyword, start, keywordEnd, i), i)
    }
    if (char === escapeChar) {
      const next = buffer.charAt(i + 1)
      if (next === '\n' || next === '\r') {
        escaped = true
        i++
      } else if (next === ' ' || next === '\t') {
        let j = i + 2
        while (j < length && (buffer[j] === ' ' || buffer[j] === '\t')) j++
        if (j === length) return length
        if (buffer[j] === '\r' || buffer[j] === '\n') escaped = true
        // The character after the blanks is passed over, whatever it is.
        i = j
      }
    } else if (char === '#') {
      if (escaped) i = this.processComment(dockerfile, i)
    } else if (char !== ' ' && char !== '\t') {
      escaped = false
    }
  }
  return length
}
// parse.ts reads the comments from the lines (readComments), and nothing reads the parse's own: a comment is passed
// over, with no Comment made and no positions worked out for it.
function processComment(this: Scanner, _dockerfile: AstDockerfile, start: number): number {
  const { buffer } = this
  return Math.min(indexOrLength(buffer, '\n', start + 1), indexOrLength(buffer, '\r', start + 1))
}
function indexOrLength(text: string, char: string, from: number): number {
  const index = text.indexOf(char, from)
  return index === -1 ? text.length : index
}

class LintParser extends AstParser {}
Object.assign(LintParser.prototype, { createInstruction: builtOnce(buildLean), processArguments, processComment })

/**
 * DockerfileParser.parse for the lint model: instructions whose own class parse.ts does not read are plain ones, and
 * comments are not kept.
 */
export function parseForLint(text: string): Dockerfile {
  return new LintParser().parse(text)
}
