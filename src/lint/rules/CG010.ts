import { operands } from '../command-args.js'
import type { Instruction } from '../model.js'
import { containerGateDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { programName } from '../shell.js'
import type { ShellCommand } from '../shell.js'
import { builtStage, effectiveEnv, effectiveStartup } from '../stages.js'
import { startCommands, unwrap } from '../start-command.js'

// Programs that run another command in their place; npx runs a package's binary (`npx next dev`).
const WRAPPERS: ReadonlySet<string> = new Set(['exec', 'env', 'tini', 'dumb-init', 'docker-init', 'init', 'npx'])
// Options that take a value and may come before a package manager's subcommand.
const NPM_VALUED = { short: ['C', 'w'], long: ['prefix', 'workspace', 'cwd', 'dir', 'filter'] }
const TRUE = /^(?:1|true)$/i

/** ENV values that switch a framework into development mode. */
const DEVELOPMENT_ENV: ReadonlyArray<{ key: string; matches: (value: string) => boolean }> = [
  { key: 'NODE_ENV', matches: (v) => v === 'development' },
  { key: 'FLASK_ENV', matches: (v) => v === 'development' },
  { key: 'FLASK_DEBUG', matches: (v) => TRUE.test(v) },
  { key: 'RAILS_ENV', matches: (v) => v === 'development' },
  { key: 'DJANGO_DEBUG', matches: (v) => TRUE.test(v) }
]

export const CG010: Rule = {
  meta: {
    code: 'CG010',
    name: 'NoDevelopmentServerInImage',
    severity: 'warning',
    title: 'The built image runs a development server or mode',
    why: 'Development servers and modes reload code, print stack traces and debug consoles to anyone who asks, and are neither hardened nor fast. Serve with a production server and leave development settings out of the built image.',
    docsUrl: containerGateDocs('CG010'),
    fixable: false
  },
  check(model, { config }) {
    const stage = builtStage(model, config.target)
    if (!stage) return []
    const hits: RuleHit[] = []
    for (const instruction of effectiveStartup(model, stage)) {
      const server = startCommands(instruction).map((c) => developmentServer(unwrap(c, WRAPPERS))).find((s) => s !== undefined)
      if (server) hits.push({ line: instruction.line, message: `${instruction.keyword} starts a development server (${server}): serve with a production server in the built image` })
    }
    const reported = new Set<Instruction>()
    for (const { instruction, key, value } of effectiveEnv(model, stage)) {
      if (reported.has(instruction) || !DEVELOPMENT_ENV.some((d) => d.key === key && d.matches(value))) continue
      // One finding per ENV line, naming its first development setting.
      reported.add(instruction)
      hits.push({ line: instruction.line, message: `ENV ${key}=${value} puts the built image in development mode: set it at run time for local work, not in the image` })
    }
    return hits.sort((a, b) => a.line - b.line)
  }
}

/** What a command starts, when it is a development server: `manage.py runserver`, `flask run`, `next dev`, … */
function developmentServer(command: ShellCommand): string | undefined {
  const module = pythonModule(command)
  if (module) return developmentServer(module)
  const name = programName(command.name)
  // `runserver` must be among the arguments: most commands are out without a look at each word's program.
  if (command.args.includes('runserver')) {
    const words = [command.name, ...command.args]
    const runserver = words.findIndex((w, i) => ['manage.py', 'django-admin'].includes(programName(w)) && words[i + 1] === 'runserver')
    if (runserver !== -1) return `${programName(words[runserver])} runserver`
  }
  const [first, second] = operands(command, NPM_VALUED)
  switch (name) {
    case 'flask':
      return first === 'run' ? 'flask run' : undefined
    case 'nodemon':
    case 'webpack-dev-server':
      return name
    case 'npm':
      return ['run', 'run-script'].includes(first) && second === 'dev' ? `npm ${first} dev` : undefined
    case 'yarn':
    case 'pnpm':
      return first === 'dev' || (first === 'run' && second === 'dev') ? `${name} ${first === 'run' ? 'run dev' : 'dev'}` : undefined
    case 'ng':
    case 'webpack':
      return first === 'serve' ? `${name} serve` : undefined
    case 'next':
      return first === 'dev' ? 'next dev' : undefined
    case 'uvicorn':
    case 'gunicorn':
      return command.args.includes('--reload') ? `${name} --reload` : undefined
    default:
      return undefined
  }
}

/** `python -m flask run` runs the module as a program: flask with `run`. */
function pythonModule(command: ShellCommand): ShellCommand | undefined {
  if (!/^python[0-9.]*$/.test(programName(command.name))) return undefined
  const at = command.args.indexOf('-m')
  // Only among python's own options: after the script's name, `-m` is the script's.
  const module = at === -1 || !command.args.slice(0, at).every((a) => a.startsWith('-')) ? undefined : command.args[at + 1]
  return module === undefined ? undefined : { ...command, name: module, args: command.args.slice(at + 2) }
}
