import { isProgramAtAnyPath } from '../command-args.js'
import type { Instruction } from '../model.js'
import { containerGateDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { runCommands } from '../run-commands.js'
import type { ShellCommand } from '../shell.js'
import { builtStage, effectiveEnv, effectiveStartup } from '../stages.js'

export const CG006: Rule = {
  meta: {
    code: 'CG006',
    name: 'LogToStdout',
    severity: 'warning',
    title: 'Logs are written to files inside the container',
    why: 'Log files fill the container layer, vanish with the container and never reach `docker logs` or the cluster log collector. Write to stdout and stderr instead.',
    docsUrl: containerGateDocs('CG006'),
    fixable: false
  },
  check(model, { config }) {
    const stage = builtStage(model, config.target)
    if (!stage) return []
    const hits: RuleHit[] = []
    for (const instruction of effectiveStartup(model, stage)) {
      const path = loggedPath(instruction)
      if (path) hits.push({ line: instruction.line, message: `${instruction.keyword} writes output to ${path}: log to stdout/stderr instead` })
    }
    const reported = new Set<Instruction>()
    for (const { instruction, key, value } of effectiveEnv(model, stage)) {
      if (reported.has(instruction) || !isLogVariable(key) || !isLogFile(value)) continue
      // One finding per ENV line, naming its first log variable.
      reported.add(instruction)
      hits.push({ line: instruction.line, message: `ENV ${key} points logs at ${value}: use /dev/stdout or /dev/stderr instead` })
    }
    return hits.sort((a, b) => a.line - b.line)
  }
}

function loggedPath(instruction: Instruction): string | undefined {
  for (const command of runCommands(instruction)) {
    // `2>&1` has target `1`, which is no log file, so descriptor duplication needs no special case.
    const redirect = command.redirects.find((r) => r.op.includes('>') && isLogFile(r.target))
    if (redirect) return redirect.target
    const teed = isProgramAtAnyPath(command, 'tee') ? command.args.find(isLogFile) : undefined
    if (teed) return teed
    const option = logFileOption(command)
    if (option) return option
  }
  return undefined
}

// `--log-file`, `--logfile`, `--log-path`, `--error-log`, `--access-logfile` (gunicorn, uvicorn, celery, php-fpm…).
const LOG_OPTION = /^(?:(?:error|access|debug)[-_]?)?log(?:[-_]?(?:file|path|dir))?$/i

/** The file a `--log-file=/var/log/app.log` or `--log-file /var/log/app.log` style option sends logs to. */
function logFileOption(command: ShellCommand): string | undefined {
  const { args } = command
  for (let i = 0; i < args.length; i++) {
    const match = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(args[i])
    if (!match || !LOG_OPTION.test(match[1])) continue
    const value = match[2] ?? args[i + 1]
    if (value !== undefined && isFile(value)) return value
  }
  return undefined
}

/** `LOG`, `LOG_FILE`, `APP_LOG_PATH`, `LOGFILE`, `logDir`: LOG is a word of the name, not part of `CATALOG`. */
function isLogVariable(name: string): boolean {
  // Every word that counts holds LOG: most names are out at once.
  if (!/log/i.test(name)) return false
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[_.-]/)
    .some((part) => /^(?:ERROR|ACCESS)?LOGS?(?:FILE|PATH|DIR)?$/i.test(part))
}

// Paths that are the container's own output streams.
const STANDARD_STREAMS = /^\/(?:dev\/(?:stdout|stderr|fd\/[12])|proc\/(?:self|1)\/fd\/[12])$/

function isLogFile(path: string): boolean {
  return !STANDARD_STREAMS.test(path) && (path === '/var/log' || path.startsWith('/var/log/') || path.endsWith('.log'))
}

/** A value that names a file: a path or a `.log` name, but not `-` or a standard stream. */
function isFile(value: string): boolean {
  return !STANDARD_STREAMS.test(value) && (value.includes('/') || value.endsWith('.log'))
}
