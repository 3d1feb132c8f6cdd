// What the built image starts: the process Docker runs as PID 1 and the commands it runs, for the rules that judge
// how the service is started (CG009 signals, CG010 development servers).
import { memoize } from './memo.js'
import { parsedScript } from './run-commands.js'
import { programName } from './shell.js'
import type { ShellCommand } from './shell.js'
import { shellCommandString } from './shell-invocation.js'
import type { DockerfileModel, Instruction, Stage } from './model.js'
import { effectiveStartup } from './stages.js'

/** Init programs that run the service as their child and pass it the signals they get (s6-overlay's is `/init`). */
const INITS: ReadonlySet<string> = new Set(['tini', 'dumb-init', 'docker-init', 'init'])

/** The ENTRYPOINT the stage's image starts with, else its CMD: the instruction whose program Docker runs. */
export function startInstruction(model: DockerfileModel, stage: Stage): Instruction | undefined {
  const startup = effectiveStartup(model, stage)
  return startup.find((i) => i.keyword === 'ENTRYPOINT') ?? startup.find((i) => i.keyword === 'CMD')
}

/**
 * The commands an ENTRYPOINT or CMD runs at the top level (not in `$(…)`), in order: the exec form's argv, or the
 * script it hands `sh -c`; the shell form's script. The process that stays in the foreground is the last one.
 * Asked by several rules of the same instructions: worked out once, and shared (read them, never change them).
 */
export const startCommands = memoize((instruction: Instruction): readonly ShellCommand[] => {
  const argv = instruction.execForm
  if (argv?.length === 0) return []
  const script = argv ? shellCommandString(argv) : instruction.args
  if (argv && script === undefined) return [{ name: argv[0], args: argv.slice(1), redirects: [] }]
  return parsedScript(instruction, script ?? '').commands.filter((c) => !c.inSubstitution && c.name !== '')
}, 'file')

export function isInit(command: ShellCommand): boolean {
  return INITS.has(programName(command.name))
}

/**
 * The command a wrapper runs in its place: `exec node app.js` runs node, and so do `env NODE_ENV=x node app.js`
 * and `tini -- node app.js` (each wrapper's options skipped). Other commands are themselves.
 */
export function unwrap(command: ShellCommand, wrappers: ReadonlySet<string>): ShellCommand {
  let current = command
  for (;;) {
    const name = programName(current.name)
    if (!wrappers.has(name)) return current
    const rest = current.args.slice(wrappedAt(name, current.args))
    if (rest.length === 0) return current
    current = { ...current, name: rest[0], args: rest.slice(1) }
  }
}

// Options of the wrappers that take the next word as their value.
const VALUED: Record<string, ReadonlySet<string>> = {
  exec: new Set(['-a']),
  env: new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']),
  sudo: new Set(['-u', '--user', '-g', '--group', '-h', '--host', '-p', '--prompt', '-C', '--close-from', '-D', '--chdir', '-U', '--other-user', '-r', '--role', '-t', '--type', '-T', '--command-timeout']),
  tini: new Set(['-p', '-e']),
  'dumb-init': new Set(['-r', '--rewrite'])
}

/** Where the wrapped command starts in a wrapper's arguments: after its options and, for env, the assignments. */
function wrappedAt(wrapper: string, args: readonly string[]): number {
  const valued = VALUED[wrapper] ?? new Set<string>()
  let i = 0
  while (i < args.length) {
    const word = args[i]
    if (word === '--') return i + 1
    if (word.startsWith('-') && word.length > 1) i += valued.has(word) ? 2 : 1
    else if (wrapper === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) i++
    else return i
  }
  return i
}
