// Fixes that edit an instruction in its own source text (`model.lines`): the lines keep their layout,
// continuations, quoting and keyword casing, and only the words a fix is about change.
import type { Fix } from '../types.js'
import type { DockerfileModel, Instruction } from './model.js'
import { parseShell } from './shell.js'
import type { ShellCommand } from './shell.js'

/** The instruction's only line as written, when it is on one line; fixes that rewrite a whole line need one. */
export function singleLine(model: DockerfileModel, instruction: Instruction): string | undefined {
  return instruction.line === instruction.endLine ? model.lines[instruction.line - 1] : undefined
}

/**
 * What stands before the instruction's arguments, exactly as written: ONBUILD, the keyword, the flags and, for
 * HEALTHCHECK, the CMD word, with the blanks and line continuations after them. Undefined if it is not there.
 */
export function argumentsHead(model: DockerfileModel, instruction: Instruction): string | undefined {
  // Blanks, or the escape character that continues the line.
  const blanks = String.raw`(?:[ \t]|${escapeRegExp(model.escape)}\n)+`
  const text = sourceText(model, instruction)
  const head = new RegExp(String.raw`^[ \t]*(?:ONBUILD${blanks})?\S+(?:${blanks}--\S+)*${blanks}`, 'i').exec(text)?.[0]
  if (head === undefined || instruction.keyword !== 'HEALTHCHECK') return head
  const cmd = new RegExp(String.raw`^CMD${blanks}`, 'i').exec(text.slice(head.length))?.[0]
  return cmd === undefined ? undefined : head + cmd
}

/** The instruction with another keyword (ADD → COPY); its flags, arguments and further lines stay as written. */
export function replaceKeyword(model: DockerfileModel, instruction: Instruction, keyword: string): Fix | undefined {
  const first = model.lines[instruction.line - 1] ?? ''
  const at = first.indexOf(instruction.keywordAsWritten)
  if (at === -1 || first.slice(0, at).trim() !== '') return undefined
  const text = first.slice(0, at) + keyword + first.slice(at + instruction.keywordAsWritten.length)
  return { line: instruction.line, endLine: instruction.line, text }
}

/**
 * Adds `word` to the commands of a shell-form RUN (or ONBUILD RUN) that need it: `where(command)` names the
 * argument the word goes after, or is undefined for a command that is fine. The word goes into the RUN's own
 * lines, continuations included. No fix is offered for the exec form or heredocs, when the lines do not read
 * as the RUN's script (see `scriptSource`), or when the word cannot be placed so that the script parses to
 * exactly the commands wanted and none of them needs the word any more.
 */
export function insertWordFix(model: DockerfileModel, run: Instruction, where: (command: ShellCommand) => string | undefined, word: string): Fix | undefined {
  if (run.execForm || run.heredocs.length > 0) return undefined
  const source = scriptSource(model, run)
  if (!source) return undefined
  let script = source.script
  let commands = parseShell(script)
  // Each try re-parses the whole script: without a bound, a RUN of many installs takes time cubic in its length.
  const budget = fixBudget(model)
  for (let index = 0; index < commands.length; index++) {
    const after = where(commands[index])
    if (after === undefined) continue
    const next = insertAfter(script, commands, index, after, word, budget)
    if (next === undefined) return undefined
    script = next
    commands = parseShell(script)
  }
  if (script === source.script || commands.some((c) => where(c) !== undefined)) return undefined
  return { line: run.line, endLine: run.endLine, text: source.head + script }
}

/**
 * The RUN's lines split into what stands before its script (keyword, ONBUILD, flags) and the script as written.
 * Undefined when the written script does not parse to the commands of the model's script: Docker drops comment
 * and blank lines inside a continuation where a shell would end the command, and under `# escape=`` the line
 * continuation is no shell syntax at all.
 */
function scriptSource(model: DockerfileModel, run: Instruction): { head: string; script: string } | undefined {
  if (run.endLine > run.line && model.escape !== '\\') return undefined
  const head = argumentsHead(model, run)
  if (head === undefined) return undefined
  const script = sourceText(model, run).slice(head.length)
  return sameCommands(parseShell(script), parseShell(run.args)) ? { head, script } : undefined
}

/**
 * How many characters of script the fixes of one Dockerfile may re-parse, all rules together: ample for real files,
 * and a bound on crafted ones (thousands of installs in one RUN). Past it, findings come without a fix.
 */
const FIX_PARSE_BUDGET = 500_000
interface FixBudget {
  characters: number
}
const budgets = new WeakMap<DockerfileModel, FixBudget>()

function fixBudget(model: DockerfileModel): FixBudget {
  let budget = budgets.get(model)
  if (!budget) budgets.set(model, (budget = { characters: FIX_PARSE_BUDGET }))
  return budget
}

/** The script with `word` after the argument `after` of command `index`, tried at each place `after` is written. */
function insertAfter(script: string, commands: readonly ShellCommand[], index: number, after: string, word: string, budget: FixBudget): string | undefined {
  const target = commands[index]
  const at = target.args.indexOf(after)
  if (at === -1) return undefined
  const wanted = commands.map((c, i) => (i === index ? { ...c, args: [...c.args.slice(0, at + 1), word, ...c.args.slice(at + 1)] } : c))
  const written = new RegExp(`(?<=^|[\\s;&|(])${escapeRegExp(after)}(?=[\\s;&|)\\\\]|$)`, 'g')
  for (const match of script.matchAll(written)) {
    const end = match.index + after.length
    const candidate = `${script.slice(0, end)} ${word}${script.slice(end)}`
    budget.characters -= candidate.length
    if (budget.characters < 0) return undefined
    if (sameCommands(parseShell(candidate), wanted)) return candidate
  }
  return undefined
}

function sourceText(model: DockerfileModel, instruction: Instruction): string {
  return model.lines.slice(instruction.line - 1, instruction.endLine).join('\n')
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function sameCommands(a: readonly ShellCommand[], b: readonly ShellCommand[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
