// Questions rules ask about one simple command, with hadolint's reading of flags (Hadolint/Shell.hs):
// `--name` and `--name=value` are the flag `name`; `-abc` is the flags `a`, `b` and `c`; a lone `-` or `--`
// is not a flag. Everything else is an argument. Rules compare these, never raw text.
import type { ShellCommand } from './shell.js'
import { programName } from './shell.js'

/** Every flag name the command carries, long names without dashes, short ones one letter each. */
export function flagNames(command: ShellCommand): string[] {
  return command.args.flatMap(wordFlags)
}

/** True when the command carries one of the flags `names` (read word by word, as flagNames reads them). */
export function hasFlag(command: ShellCommand, ...names: string[]): boolean {
  for (const word of command.args) {
    if (word.startsWith('--')) {
      const end = word.indexOf('=')
      const name = end === -1 ? word.slice(2) : word.slice(2, end)
      if (name !== '' && names.includes(name)) return true
    } else if (word.length > 1 && word[0] === '-') {
      for (let i = 1; i < word.length; i++) if (names.includes(word[i])) return true
    }
  }
  return false
}

/** The arguments that are not flags, in order: package names, subcommands, paths. */
export function nonFlagArgs(command: ShellCommand): string[] {
  return command.args.filter((a) => !isFlag(a))
}

export function hasArg(command: ShellCommand, ...values: string[]): boolean {
  return command.args.some((a) => values.includes(a))
}

/**
 * True when the command runs `name`, compared to the letter as hadolint compares ShellCheck's command name:
 * `/usr/bin/apt-get` is not `apt-get`. Every DL rule matches programs this way, so a Dockerfile gives the findings
 * hadolint gives.
 */
export function isProgram(command: ShellCommand, name: string): boolean {
  return command.name === name
}

/**
 * True when the program's last path segment is `name` (`/usr/bin/tee` is `tee`). Only for our CG rules and the
 * BuildKit checks, which ask what actually runs; a DL rule using it would report what hadolint does not.
 */
export function isProgramAtAnyPath(command: ShellCommand, name: string): boolean {
  return programName(command.name) === name
}

/**
 * The values given to a flag, in both spellings: `-t value`, `-tvalue`, `--target value`, `--target=value`.
 * `short` is one letter or absent; `long` is the name without dashes or absent.
 */
export function flagValues(command: ShellCommand, short: string | undefined, long: string | undefined): string[] {
  const values: string[] = []
  const { args } = command
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (long && a === `--${long}`) {
      if (i + 1 < args.length) values.push(args[++i])
    } else if (long && a.startsWith(`--${long}=`)) {
      values.push(a.slice(long.length + 3))
    } else if (short && a === `-${short}`) {
      if (i + 1 < args.length) values.push(args[++i])
    } else if (short && a.startsWith(`-${short}`) && !a.startsWith('--') && a.length > 2) {
      values.push(a.slice(2))
    }
  }
  return values
}

/**
 * The arguments that are neither flags nor the values of the flags named in `valued` (e.g. `-t` of
 * `apt-get install -t bookworm-backports pkg`): what a package-pinning rule reads as package names.
 */
export function operands(command: ShellCommand, valued: { short?: string[]; long?: string[] } = {}): string[] {
  const out: string[] = []
  const { args } = command
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    const long = a.startsWith('--') ? a.slice(2) : undefined
    if (long !== undefined && long !== '') {
      if (!long.includes('=') && valued.long?.includes(long)) i++
      continue
    }
    if (a.startsWith('-') && a.length > 1) {
      if (a.length === 2 && valued.short?.includes(a[1])) i++
      continue
    }
    out.push(a)
  }
  return out
}

/** The flag names one word carries: `--name=value` is `name`, `-abc` is `a`, `b` and `c`; other words carry none. */
export function wordFlags(word: string): string[] {
  if (word.startsWith('--')) {
    const name = word.slice(2).split('=')[0]
    return name === '' ? [] : [name]
  }
  if (word.startsWith('-') && word.length > 1) return [...word.slice(1)]
  return []
}

/** True when the word carries a flag (wordFlags is not empty). */
function isFlag(word: string): boolean {
  return word.length > 1 && word[0] === '-' && !(word[1] === '-' && (word.length === 2 || word[2] === '='))
}
