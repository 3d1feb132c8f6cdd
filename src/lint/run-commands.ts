// The shell commands an instruction runs, parsed once per instruction and shared by every rule.

import type { Instruction } from './model.js'
import { parseShell, programName } from './shell.js'
import type { ShellCommand } from './shell.js'

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh'])
const cache = new WeakMap<Instruction, ShellCommand[]>()

/**
 * The commands of a RUN, CMD or ENTRYPOINT: the shell form's script, the exec form's argv as one command (plus
 * the script of `sh -c`), and heredoc bodies that a shell reads (`RUN <<EOF`, `RUN bash <<EOF`).
 */
export function runCommands(instruction: Instruction): ShellCommand[] {
  const known = cache.get(instruction)
  if (known) return known
  const commands = instruction.execForm ? execCommands(instruction.execForm) : shellCommands(instruction)
  cache.set(instruction, commands)
  return commands
}

/** The script an argv hands to a shell with `-c` (`["/bin/sh", "-c", "…"]`), if it does. */
export function shellScript(argv: readonly string[]): string | undefined {
  if (argv.length === 0 || !SHELLS.has(programName(argv[0]))) return undefined
  const option = argv.findIndex((a, i) => i > 0 && /^-[A-Za-z]*c[A-Za-z]*$/.test(a))
  if (option === -1) return undefined
  return argv.slice(option + 1).find((a) => !a.startsWith('-'))
}

function execCommands(argv: string[]): ShellCommand[] {
  if (argv.length === 0) return []
  const script = shellScript(argv)
  const command: ShellCommand = { name: argv[0], args: argv.slice(1), redirects: [] }
  return script === undefined ? [command] : [command, ...parseShell(script)]
}

function shellCommands(instruction: Instruction): ShellCommand[] {
  const commands = parseShell(instruction.args)
  // `RUN <<EOF` parses as a bare redirection with no program: the shell itself reads the body.
  const programs = commands.filter((c) => c.name !== '')
  const feedsShell = programs.length === 0 || (programs.length === 1 && SHELLS.has(programName(programs[0].name)))
  if (!feedsShell) return commands
  return [...commands, ...instruction.heredocs.flatMap((h) => parseShell(h.content))]
}
