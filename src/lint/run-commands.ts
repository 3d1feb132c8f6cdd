// The shell commands an instruction runs, parsed once per instruction and shared by every rule.
//
// A shell-form RUN (CMD, ENTRYPOINT) hands one or more scripts to a program (`shellRuns`):
// - no heredoc: the text, to the stage's shell (`SHELL`, else `/bin/sh -c`);
// - `RUN <<EOF` (no program on the line): each body, to the stage's shell, or to the interpreter of the body's
//   own `#!` line, which BuildKit then runs as a file;
// - `RUN bash <<EOF`, `RUN <<EOF sh -e` (one shell program, options only): each body, to that shell;
// - any other `RUN cmd <<EOF`: the line with its bodies, to the stage's shell. The bodies are data there, so only
//   `cmd` runs (hadolint lints only `cmd` too).
// The exec form runs its argv as one command, plus the script of `sh -c` (`["/bin/sh", "-c", "…"]`).
//
// A script run by a shell that is not POSIX (SHELL ["pwsh", …], ["powershell", …], ["cmd", "/S", "/C"]) or by
// another interpreter (`#!/usr/bin/env python3`) yields no commands at all: its text is another language, and
// reading it as sh would hand rules made-up programs (the last path segment of a URL would look like one).

import type { DockerfileModel, Instruction, Stage } from './model.js'
import { memoize } from './memo.js'
import { parseShellScript, programName } from './shell.js'
import type { ShellCommand, ShellScript } from './shell.js'
import { SHELLS, shellCommandString } from './shell-invocation.js'

/** What Docker runs a shell-form instruction with when the stage has no SHELL. */
export const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c']

/** A script and the program that runs it. */
export interface ShellRun {
  /** The interpreter: `/bin/sh`, `bash`, `/usr/bin/python3`, … (`env` already looked through). */
  program: string
  script: string
}

const NOT_POSIX = new Set(['pwsh', 'powershell', 'cmd'])

interface ShellAnalysis {
  /** The SHELL in force (see activeShell). */
  shell?: { argv: readonly string[] | undefined }
  /** The commands under `/bin/sh -c`: what rules that ask without the model read. */
  defaultCommands?: ShellCommand[]
  /** The commands under another shell, the last one asked about. */
  commands?: { shell: readonly string[]; commands: ShellCommand[] }
  /** hadolint's one script of the instruction (see hadolintShellScript), parsed. */
  hadolint?: ShellScript
  /** A script of the instruction and its parse: most instructions have one script (their text). */
  script?: string
  parse?: ShellScript
  /** Any other script of the instruction, parsed (`sh -c` strings, heredoc bodies). */
  others?: Map<string, ShellScript>
}

/**
 * What is worked out about an instruction's shell code, each part once and when first asked. Rules read a RUN's
 * commands and hadolint's view of its script (DL3059, DL4006), which for most RUNs is the same text, parsed once for both.
 * Every part is named from the start, in one order: filled in as rules ask, in whichever order they ask, the analyses
 * would each take another shape, and the loads of their parts at V8's baseline tier go through its slowest path (a
 * megamorphic inline cache, as --log-ic shows).
 */
const analysisOf = memoize(
  (_instruction: Instruction): ShellAnalysis => ({
    shell: undefined,
    defaultCommands: undefined,
    commands: undefined,
    hadolint: undefined,
    script: undefined,
    parse: undefined,
    others: undefined
  }),
  'file'
)

/**
 * A script that belongs to the instruction (its text, the string its argv hands `sh -c`), parsed once for every rule
 * that asks. The commands are shared: read them, never change them.
 */
export function parsedScript(instruction: Instruction, script: string): ShellScript {
  const analysis = analysisOf(instruction)
  if (analysis.script === undefined) {
    analysis.script = script
    return (analysis.parse = parseShellScript(script))
  }
  if (analysis.script === script) return analysis.parse!
  analysis.others ??= new Map()
  let found = analysis.others.get(script)
  if (!found) analysis.others.set(script, (found = parseShellScript(script)))
  return found
}

/**
 * The commands of a RUN, CMD or ENTRYPOINT. With the model, the stage's SHELL decides how the shell form is
 * read (see the module comment); without it, `/bin/sh -c` is assumed. The commands are shared by every rule: read
 * them, never change them.
 */
export function runCommands(instruction: Instruction, model?: DockerfileModel): ShellCommand[] {
  const analysis = analysisOf(instruction)
  const shell = model === undefined ? DEFAULT_SHELL : (shellOf(analysis, model, instruction) ?? DEFAULT_SHELL)
  // Both views are kept: some rules read the stage's SHELL and some, as hadolint, `/bin/sh -c`, on the same RUNs.
  if (shell === DEFAULT_SHELL) return (analysis.defaultCommands ??= commandsUnder(instruction, DEFAULT_SHELL))
  // By identity: the shell is the argv of the SHELL instruction in force, the same array every time.
  if (analysis.commands?.shell === shell) return analysis.commands.commands
  const commands = commandsUnder(instruction, shell)
  analysis.commands = { shell, commands }
  return commands
}

function commandsUnder(instruction: Instruction, shell: readonly string[]): ShellCommand[] {
  return instruction.execForm ? execCommands(instruction, instruction.execForm) : shellFormCommands(instruction, shell)
}

/**
 * The SHELL argv in force for an instruction: the last SHELL before it in its stage, else the one its parent stage
 * (`FROM <alias>`) ended with, as Docker carries SHELL into images built on a stage. Undefined when no SHELL
 * applies: Docker then uses `/bin/sh -c` (DEFAULT_SHELL), and a `# hadolint shell=` pragma may say otherwise.
 */
export function activeShell(model: DockerfileModel, instruction: Instruction): readonly string[] | undefined {
  return shellOf(analysisOf(instruction), model, instruction)
}

function shellOf(analysis: ShellAnalysis, model: DockerfileModel, instruction: Instruction): readonly string[] | undefined {
  return (analysis.shell ??= { argv: shellInForce(model, instruction) }).argv
}

function shellInForce(model: DockerfileModel, instruction: Instruction): readonly string[] | undefined {
  const shells = stageShells(model)
  if (!shells) return undefined
  let stage: Stage | undefined = model.stages[instruction.stageIndex]
  let before = instruction.line
  // A stage is built FROM an earlier one, so the chain ends; the bound keeps it so whatever the model says.
  for (let steps = 0; stage && steps < model.stages.length; steps++) {
    const shell = shells[stage.index].filter((i) => i.line < before).at(-1)
    if (shell?.execForm) return shell.execForm
    before = Infinity
    stage = stage.parent === undefined ? undefined : model.stages[stage.parent]
  }
  return undefined
}

// Each stage's SHELL instructions, found once per file (scanning the stage for each RUN is quadratic in its length);
// undefined for the many files without one.
const stageShells = memoize((model: DockerfileModel): Instruction[][] | undefined => {
  if (!model.instructions.some((i) => i.keyword === 'SHELL')) return undefined
  return model.stages.map((stage) => stage.instructions.filter((i) => i.keyword === 'SHELL' && i.execForm !== undefined && i.execForm.length > 0))
}, 'file')

/** The interpreter of a SHELL argv or `#!` line: its first word, or for `/usr/bin/env [-S] bash`, `bash`. */
export function interpreter(argv: readonly string[]): string {
  if (programName(argv[0] ?? '') !== 'env') return argv[0] ?? ''
  return argv.slice(1).find((a) => !a.startsWith('-') && !a.includes('=')) ?? argv[0]
}

/** False for PowerShell and cmd.exe, whose scripts are not shell scripts; true for sh, bash and the rest. */
export function isPosixShell(program: string): boolean {
  const name = program.slice(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1).toLowerCase()
  return !NOT_POSIX.has(name.endsWith('.exe') ? name.slice(0, -4) : name)
}

/** The scripts a shell-form instruction hands to programs (see the module comment). */
export function shellRuns(instruction: Instruction, shell: readonly string[] = DEFAULT_SHELL): ShellRun[] {
  const stageShell = interpreter(shell)
  const { args, heredocs } = instruction
  if (heredocs.length === 0) return [{ program: stageShell, script: args }]
  const programs = parsedScript(instruction, args).commands.filter((c) => c.name !== '')
  if (programs.length === 0) return heredocs.map((h) => bodyRun(h.content, stageShell))
  const [only] = programs
  if (programs.length === 1 && SHELLS.has(programName(only.name)) && only.args.every((a) => a.startsWith('-'))) {
    return heredocs.map((h) => ({ program: only.name, script: h.content }))
  }
  return [{ program: stageShell, script: [args, ...heredocs.flatMap((h) => [h.content, h.delimiter])].join('\n') }]
}

/**
 * The one script hadolint hands its shell parser for a RUN, parsed, for the rules that count commands or look for
 * pipes as it does (DL3059, DL4006): the exec form's argv joined by spaces, the heredoc bodies of `RUN <<EOF` (no
 * program before the marker), else the shell-form text.
 */
export function hadolintShellScript(instruction: Instruction): ShellScript {
  const analysis = analysisOf(instruction)
  return (analysis.hadolint ??= parsedScript(instruction, hadolintScript(instruction)))
}

function hadolintScript(instruction: Instruction): string {
  if (instruction.execForm) return instruction.execForm.join(' ')
  const bodyIsScript = instruction.heredocs.length > 0 && parsedScript(instruction, instruction.args).commands.every((c) => c.name === '')
  return bodyIsScript ? instruction.heredocs.map((h) => h.content).join('\n') : instruction.args
}

/** `RUN <<EOF` body: a `#!` line names the program BuildKit runs it with; the line itself is then no script. */
function bodyRun(content: string, stageShell: string): ShellRun {
  const shebang = /^#!\s*(.*)(?:\n|$)/.exec(content)
  if (!shebang) return { program: stageShell, script: content }
  return { program: interpreter(shebang[1].trim().split(/\s+/)), script: content.slice(shebang[0].length) }
}

function execCommands(instruction: Instruction, argv: string[]): ShellCommand[] {
  if (argv.length === 0) return []
  const script = shellCommandString(argv)
  const command: ShellCommand = { name: argv[0], args: argv.slice(1), redirects: [] }
  return script === undefined ? [command] : [command, ...parsedScript(instruction, script).commands]
}

function shellFormCommands(instruction: Instruction, shell: readonly string[]): ShellCommand[] {
  // Most RUNs: the text alone, to /bin/sh.
  if (shell === DEFAULT_SHELL && instruction.heredocs.length === 0) return parsedScript(instruction, instruction.args).commands
  const stageShell = interpreter(shell)
  if (!isPosixShell(stageShell)) return []
  // The stage's shell is trusted to read sh (it is what Docker gives the text to); a `#!` line must name a shell.
  const readsSh = (program: string): boolean => program === stageShell || SHELLS.has(programName(program))
  return shellRuns(instruction, shell).flatMap((run) => (readsSh(run.program) ? parsedScript(instruction, run.script).commands : []))
}
