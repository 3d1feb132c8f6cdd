// How hadolint reads a package manager's command line (Hadolint/Shell.hs): which command is an install, and
// which of its words are packages. Kept to hadolint's quirks on purpose, so the pinning rules report what it does.
import { flagNames, nonFlagArgs, wordFlags } from './command-args.js'
import type { ShellCommand } from './shell.js'

/** hadolint's `cmdHasArgs` with one word: the program is exactly `program` (no path) and `word` is among its words. */
export function isCommandWith(command: ShellCommand, program: string, word: string): boolean {
  return command.name === program && command.args.includes(word)
}

/**
 * The command without the word that follows any flag in `valued` (hadolint's `dropFlagArg`). As in hadolint, the
 * next word goes even when the flag already carried its value (`--virtual=.deps curl` drops `curl`) or sat in a
 * cluster (`-Ut dir`), so the pinning rules miss exactly what hadolint misses.
 */
export function dropFlagValues(command: ShellCommand, valued: readonly string[]): ShellCommand {
  const args: string[] = []
  for (let i = 0; i < command.args.length; i++) {
    const word = command.args[i]
    args.push(word)
    if (wordFlags(word).some((f) => valued.includes(f))) i++
  }
  return { ...command, args }
}

/**
 * The packages as apt-get and apk rules read them: every word that is neither a flag, nor the value of a `valued`
 * flag, nor the subcommand itself, wherever it stands.
 */
export function packagesBesides(command: ShellCommand, subcommand: string, valued: readonly string[] = []): string[] {
  return nonFlagArgs(dropFlagValues(command, valued)).filter((w) => w !== subcommand)
}

/**
 * The packages of an install as pip and npm rules read them: the words that are neither flags nor the values of `valued` flags, after the first
 * `subcommand` word (and any repeats of it). Words before the subcommand (`python -m pip`) are not packages.
 */
export function packagesAfter(command: ShellCommand, subcommand: string, valued: readonly string[] = []): string[] {
  const words = nonFlagArgs(dropFlagValues(command, valued))
  const start = words.indexOf(subcommand)
  if (start === -1) return []
  let i = start
  while (words[i] === subcommand) i++
  return words.slice(i)
}

/** How many times a flag is given: `-q -q` and `-qq` both count `q` twice. */
export function countFlag(command: ShellCommand, name: string): number {
  return flagNames(command).filter((f) => f === name).length
}

/** True when `needle` appears as consecutive words of the command's arguments (`-m pip install`). */
export function hasWords(command: ShellCommand, ...needle: string[]): boolean {
  const { args } = command
  for (let i = 0; i + needle.length <= args.length; i++) {
    if (needle.every((w, j) => args[i + j] === w)) return true
  }
  return false
}
