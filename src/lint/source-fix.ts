// Fixes that edit an instruction in its own source text (`model.lines`): the lines keep their layout,
// continuations, quoting and keyword casing, and only the words a fix is about change.
import type { Fix } from '../types.js'
import type { DockerfileModel, Instruction } from './model.js'
import { parsedScript } from './run-commands.js'
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
  const patterns = headPatterns(model.escape)
  const text = sourceText(model, instruction)
  const head = patterns.head.exec(text)?.[0]
  if (head === undefined || instruction.keyword !== 'HEALTHCHECK') return head
  const cmd = patterns.cmd.exec(text.slice(head.length))?.[0]
  return cmd === undefined ? undefined : head + cmd
}

// Built once per escape character (there are two), not for every fix.
const headPatternsByEscape = new Map<string, { head: RegExp; cmd: RegExp }>()

function headPatterns(escape: string): { head: RegExp; cmd: RegExp } {
  let patterns = headPatternsByEscape.get(escape)
  if (!patterns) {
    // Blanks, or the escape character that continues the line.
    const blanks = String.raw`(?:[ \t]|${escapeRegExp(escape)}\n)+`
    patterns = {
      head: new RegExp(String.raw`^[ \t]*(?:ONBUILD${blanks})?\S+(?:${blanks}--\S+)*${blanks}`, 'i'),
      cmd: new RegExp(String.raw`^CMD${blanks}`, 'i')
    }
    headPatternsByEscape.set(escape, patterns)
  }
  return patterns
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
  let { script, commands } = source
  // Each try re-parses the whole script: without a bound, a RUN of many installs takes time cubic in its length.
  const budget = fixBudget(model)
  for (let index = 0; index < commands.length; index++) {
    const after = where(commands[index])
    if (after === undefined) continue
    const next = insertAfter(script, commands, index, after, word, budget)
    if (next === undefined) return undefined
    ;({ script, commands } = next)
  }
  if (script === source.script || commands.some((c) => where(c) !== undefined)) return undefined
  return { line: run.line, endLine: run.endLine, text: source.head + script }
}

interface ScriptSource {
  head: string
  script: string
  /** The script's commands (shared: read them, never change them). */
  commands: readonly ShellCommand[]
}

// Several rules fix the same RUN (DL3014 and DL3015 the same apt-get install): its source is read once.
const scriptSources = new WeakMap<Instruction, ScriptSource | null>()

/**
 * The RUN's lines split into what stands before its script (keyword, ONBUILD, flags) and the script as written.
 * Undefined when the written script does not parse to the commands of the model's script: Docker drops comment
 * and blank lines inside a continuation where a shell would end the command, and under `# escape=`` the line
 * continuation is no shell syntax at all.
 */
function scriptSource(model: DockerfileModel, run: Instruction): ScriptSource | undefined {
  let source = scriptSources.get(run)
  if (source === undefined) scriptSources.set(run, (source = readScriptSource(model, run) ?? null))
  return source ?? undefined
}

function readScriptSource(model: DockerfileModel, run: Instruction): ScriptSource | undefined {
  if (run.endLine > run.line && model.escape !== '\\') return undefined
  const head = argumentsHead(model, run)
  if (head === undefined) return undefined
  const script = sourceText(model, run).slice(head.length)
  const commands = parsedScript(run, run.args).commands
  // Most RUNs are written as the model reads them (one line, nothing to drop): no second parse to compare.
  if (script === run.args) return { head, script, commands }
  const written = parseShell(script)
  return sameCommands(written, commands) ? { head, script, commands: written } : undefined
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

/**
 * The script with `word` after the argument `after` of command `index`, tried at each place `after` is written, and
 * the commands it parses to.
 */
function insertAfter(
  script: string,
  commands: readonly ShellCommand[],
  index: number,
  after: string,
  word: string,
  budget: FixBudget
): { script: string; commands: readonly ShellCommand[] } | undefined {
  const target = commands[index]
  const at = target.args.indexOf(after)
  if (at === -1) return undefined
  const wanted = commands.map((c, i) => (i === index ? { ...c, args: [...c.args.slice(0, at + 1), word, ...c.args.slice(at + 1)] } : c))
  for (const match of script.matchAll(writtenPattern(after))) {
    const end = match.index + after.length
    const candidate = `${script.slice(0, end)} ${word}${script.slice(end)}`
    budget.characters -= candidate.length
    if (budget.characters < 0) return undefined
    if (sameCommands(parseShell(candidate), wanted)) return { script: candidate, commands: wanted }
  }
  return undefined
}

// Where an argument is written in a script, built once per argument (`install`, `add`: a handful) rather than per fix.
// matchAll works on a copy, so one expression serves every script.
const writtenPatterns = new Map<string, RegExp>()

function writtenPattern(word: string): RegExp {
  let pattern = writtenPatterns.get(word)
  if (!pattern) writtenPatterns.set(word, (pattern = new RegExp(`(?<=^|[\\s;&|(])${escapeRegExp(word)}(?=[\\s;&|)\\\\]|$)`, 'g')))
  return pattern
}

function sourceText(model: DockerfileModel, instruction: Instruction): string {
  return model.lines.slice(instruction.line - 1, instruction.endLine).join('\n')
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The same commands, word for word: names, arguments, redirections and the operators that join them. */
function sameCommands(a: readonly ShellCommand[], b: readonly ShellCommand[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]
    const y = b[i]
    if (x.name !== y.name || x.next !== y.next || x.inSubstitution !== y.inSubstitution || !sameWords(x.args, y.args)) return false
    if (x.redirects.length !== y.redirects.length) return false
    for (let r = 0; r < x.redirects.length; r++) {
      if (x.redirects[r].op !== y.redirects[r].op || x.redirects[r].target !== y.redirects[r].target) return false
    }
  }
  return true
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i])
}
