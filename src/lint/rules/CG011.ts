import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { programName } from '../shell.js'
import type { ShellCommand } from '../shell.js'
import { SHELLS } from '../shell-invocation.js'
import { unwrap } from '../start-command.js'
import { runsOf } from '../walk.js'

const WRAPPERS: ReadonlySet<string> = new Set(['sudo', 'env'])
/** Each interpreter, with the options that give it its program on the command line, so stdin is only data. */
const INLINE_PROGRAM: ReadonlyMap<string, RegExp> = new Map([
  ...['sh', 'bash', 'zsh', 'ash', 'dash'].map((shell): [string, RegExp] => [shell, /^-[A-Za-z]*c/]),
  ['python', /^-[A-Za-z]*[cm]/],
  ['python3', /^-[A-Za-z]*[cm]/],
  ['perl', /^-[A-Za-z]*[eE]/],
  ['ruby', /^-[A-Za-z]*e/],
  ['node', /^(?:-[ep]|--eval|--print)/]
])

export const CG011: Rule = {
  meta: {
    code: 'CG011',
    name: 'VerifyRemoteScriptsBeforeRunning',
    severity: 'warning',
    title: 'A remote script is piped into an interpreter',
    why: 'Whatever the server sends at build time runs as root in the build, unreviewed and unverified: a compromised or changed script, or one cut off half-way, ends up in the image. Download it, check its checksum or signature, then run it.',
    docsUrl: containerGateDocs('CG011'),
    fixable: false
  },
  check(model) {
    return runsOf(model).flatMap(({ instruction, commands }) => {
      const piped = pipedScript(commands)
      return piped ? [{ line: instruction.line, message: `RUN pipes ${piped.fetcher} output into ${piped.interpreter}: download the script to a file, verify it (sha256sum -c, gpg --verify), then run it` }] : []
    })
  }
}

/**
 * The first download piped straight into an interpreter that reads its program from stdin. A script saved to a file
 * and verified before it runs never meets this: curl then writes a file (`-o`), or the pipe feeds a checker.
 */
function pipedScript(commands: readonly ShellCommand[]): { fetcher: string; interpreter: string } | undefined {
  for (let i = 0; i < commands.length; i++) {
    if (commands[i].next !== '|') continue
    const fetcher = unwrap(commands[i], WRAPPERS)
    if (!downloadsToStdout(fetcher)) continue
    const reader = commands.slice(i + 1).find((c) => c.inSubstitution === commands[i].inSubstitution)
    if (!reader) continue
    const interpreter = unwrap(reader, WRAPPERS)
    const name = programName(interpreter.name)
    if (!INLINE_PROGRAM.has(name) || !readsProgramFromStdin(interpreter, name)) continue
    return { fetcher: programName(fetcher.name), interpreter: name }
  }
  return undefined
}

/** curl writes to stdout unless told to write a file; wget writes a file unless told `-O -`. */
function downloadsToStdout(command: ShellCommand): boolean {
  const name = programName(command.name)
  if (name === 'curl') return !command.args.some((a, i) => writesFile(a, command.args[i + 1], 'o', 'output') || /^-[A-Za-z]*O/.test(a) || a.startsWith('--remote-name'))
  if (name === 'wget') return command.args.some((a, i) => toStdout(optionValue(a, command.args[i + 1], 'O', 'output-document')))
  return false
}

/** True when `word` is curl's `-o FILE` (alone or ending a cluster, value attached or next) with a file, not `-`. */
function writesFile(word: string, next: string | undefined, short: string, long: string): boolean {
  const value = optionValue(word, next, short, long)
  return value !== undefined && !toStdout(value)
}

/** The value of `-X value`, `-abX value`, `-Xvalue`, `--long value` or `--long=value`. */
function optionValue(word: string, next: string | undefined, short: string, long: string): string | undefined {
  if (word === `--${long}`) return next
  if (word.startsWith(`--${long}=`)) return word.slice(long.length + 3)
  const cluster = clusterPattern(short).exec(word)
  if (!cluster || word.startsWith('--')) return undefined
  return cluster[1] === '' ? next : cluster[1]
}

// Built once per option letter rather than for every word of every curl and wget.
const clusterPatterns = new Map<string, RegExp>()

function clusterPattern(short: string): RegExp {
  let pattern = clusterPatterns.get(short)
  if (!pattern) clusterPatterns.set(short, (pattern = new RegExp(`^-[A-Za-z]*${short}(.*)$`)))
  return pattern
}

function toStdout(value: string | undefined): boolean {
  return value === '-' || value === '/dev/stdout'
}

/**
 * True when the interpreter reads its program from stdin: no operand, or `-`, or a shell's `-s`; not when an option
 * gives the program inline (`python3 -c …`, `sh -c …`) or the first operand is a script file.
 */
function readsProgramFromStdin(command: ShellCommand, name: string): boolean {
  const inline = INLINE_PROGRAM.get(name)!
  let fromStdin = false
  for (const word of command.args) {
    if (word === '-') return true
    if (word === '--') return fromStdin
    if (!word.startsWith('-')) return fromStdin
    if (inline.test(word)) return false
    if (SHELLS.has(name) && /^-[A-Za-z]*s/.test(word)) fromStdin = true
  }
  return true
}
