// How a shell reads its own argv: `sh [options] [-c] command_string …`. Options end at the first operand, so in
// `bash run.sh -c config.yml` the `-c` is run.sh's, and bash runs a script file, not a command string.
import { programName } from './shell.js'

/** The POSIX-family shells, by the last segment of their path. */
export const SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh'])
// Long options of bash that take the next word as their value.
const VALUED_LONG = new Set(['--rcfile', '--init-file'])

/** The command string an argv hands to a shell with `-c` among its options, if it does. */
export function shellCommandString(argv: readonly string[]): string | undefined {
  if (argv.length === 0 || !SHELLS.has(programName(argv[0]))) return undefined
  let commandString = false
  let i = 1
  for (; i < argv.length; i++) {
    const word = argv[i]
    if (word === '--' || word === '-') {
      i++
      break
    }
    if (VALUED_LONG.has(word)) i++
    else if (word.startsWith('--')) continue
    else if (/^[-+][A-Za-z]+$/.test(word)) {
      if (word[0] === '-' && word.includes('c')) commandString = true
      // `-o pipefail`, `+O extglob`: the option letter last in a cluster takes the next word.
      if (/[oO]$/.test(word)) i++
    } else break
  }
  return commandString ? argv[i] : undefined
}
