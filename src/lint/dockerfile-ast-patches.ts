// dockerfile-ast, with the changes this project makes to its classes: the only module that reaches into its internal
// lib/*.js files or replaces its methods. Loading it puts the changes in place: parse.ts parses through the
// DockerfileParser exported here, so that no parse comes before them. They depend on internals no release promises to keep: PATCHED_VERSION names the release
// they were written against, and a test fails when the installed one differs, so that they are checked again.
import { DockerfileParser, Instruction as AstInstructionClass } from 'dockerfile-ast'
import type { Argument, Instruction as AstInstruction } from 'dockerfile-ast'
import { Dockerfile as AstDockerfile } from 'dockerfile-ast/lib/dockerfile.js'
import { Parser as AstParser } from 'dockerfile-ast/lib/parser.js'

export const PATCHED_VERSION = '0.7.1'

export { DockerfileParser }

// Three changes to dockerfile-ast's classes make its parse linear and cheap, none visible in what parse.ts reads.
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
// Its parser also builds each instruction twice, once to look for heredocs and once to keep, from the same offsets
// unless a heredoc follows: the instruction it just built is handed out again when the offsets are the same.
type CreateInstruction = (this: AstParser, dockerfile: AstDockerfile, keyword: string, start: number, keywordEnd: number, end: number) => AstInstruction
const astParser = AstParser.prototype as unknown as { createInstruction: CreateInstruction }
const buildInstructionNode = astParser.createInstruction
const LAST_BUILT = Symbol('last instruction built')
astParser.createInstruction = function createInstruction(this: AstParser & { [LAST_BUILT]?: { key: unknown[]; node: AstInstruction } }, ...key) {
  const last = this[LAST_BUILT]
  if (last && key.every((k, i) => k === last.key[i])) return last.node
  const node = buildInstructionNode.apply(this, key)
  this[LAST_BUILT] = { key, node }
  return node
}
// And at the end of a parse it files every comment under every build stage whose range holds it, each range worked out
// again per comment: minutes for a file of thousands of stages and comments. Nothing here reads a stage's comments
// (comments are read from the lines, see readComments), so that filing is skipped.
AstDockerfile.prototype.organizeComments = () => undefined
