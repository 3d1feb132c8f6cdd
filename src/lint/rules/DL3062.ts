import { isProgram, nonFlagArgs } from '../command-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import type { ShellCommand } from '../shell.js'
import { runsRunning } from '../walk.js'

export const DL3062: Rule = {
  meta: {
    code: 'DL3062',
    name: 'PinVersionsInGoInstall',
    severity: 'warning',
    title: 'Pin versions in go: use `go install <package>@<version>`',
    why: 'Without an exact version, `go install` fetches whatever the module publishes today, so two builds of the same commit can ship different tools.',
    docsUrl: hadolintDocs('DL3062'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ['go'], { onbuild: true })
      .filter(({ commands }) => goPackages(commands).some((p) => !isPinned(p)))
      .map(({ instruction }) => ({ line: instruction.line }))
  }
}

/**
 * The packages a RUN fetches: with a `go run` anywhere, only the word right after `run` (what follows is the
 * program's own arguments); otherwise every operand of `go install` and `go get`.
 */
function goPackages(commands: ShellCommand[]): string[] {
  const run = commands
    .filter((c) => isGo(c, 'run'))
    .flatMap((c) => nonFlagArgs(c).slice(0, 2).filter((a) => a !== 'run'))
  if (run.length > 0) return run
  return commands.filter((c) => isGo(c, 'install', 'get')).flatMap((c) => nonFlagArgs(c).filter((a) => !['install', 'get', 'tool'].includes(a)))
}

function isGo(command: ShellCommand, ...subcommands: string[]): boolean {
  return isProgram(command, 'go') && command.args.some((a) => subcommands.includes(a))
}

/** A local path, or a module with an `@version` other than the moving `@latest` and `@none`. */
function isPinned(pkg: string): boolean {
  if (pkg.startsWith('.') || pkg.startsWith('/')) return true
  return pkg.includes('@') && !pkg.endsWith('@latest') && !pkg.endsWith('@none')
}
