// The scripts hadolint hands ShellCheck for a Dockerfile, built without running anything.
//
// For each shell-form RUN and ONBUILD RUN: a `#!<shell>` line, `export NAME=1` for every ARG and ENV name seen so
// far in the stage (and in the stage it is built FROM) and for the proxy variables Docker passes through, so that
// those names never count as unassigned, then the script (see `shellRuns` for heredocs). Which shell:
// the SHELL in force, else the `# hadolint shell=` pragma, else `/bin/sh`. Skipped: the exec form (no shell runs
// it), shells that are not POSIX (pwsh, powershell, cmd), heredoc bodies whose `#!` names another interpreter,
// and shells ShellCheck has no dialect for (zsh, fish): it would only report that it cannot check them.
// Where we differ from hadolint on purpose: a relative SHELL program is written `#!/usr/bin/env <name>`
// (`#!bash` would earn every RUN a SC2239 about our own shebang), and `RUN cmd <<EOF` gets its bodies with their
// terminators (the line alone would earn SC1044, an unterminated heredoc that is not there).

import type { DockerfileModel, Instruction } from '../lint/model.js'
import { activeShell, DEFAULT_SHELL, interpreter, isPosixShell, shellRuns } from '../lint/run-commands.js'
import { programName } from '../lint/shell.js'

/** The dialects `shellcheck --shell` accepts. */
export type ShellDialect = 'sh' | 'bash' | 'dash' | 'ksh'

export interface ShellcheckScript {
  /** The RUN's first line: where every finding on this script is reported. */
  line: number
  shell: ShellDialect
  script: string
}

export interface ScriptOptions {
  /**
   * The shell a `# hadolint shell=` pragma names: one for the whole file, or per instruction line (the pragma
   * reader scopes them to stages). A SHELL instruction in force wins over it.
   */
  shellPragma?: string | ((line: number) => string | undefined)
}

/** Docker passes these build arguments without an ARG, so scripts may use them unassigned. */
export const PROXY_VARIABLES: readonly string[] = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy']

const DIALECTS = new Map<string, ShellDialect>([
  ['sh', 'sh'], ['ash', 'sh'], ['busybox', 'sh'], ['bash', 'bash'], ['dash', 'dash'], ['ksh', 'ksh'], ['mksh', 'ksh'], ['ksh93', 'ksh'], ['pdksh', 'ksh']
])

export function shellcheckScripts(model: DockerfileModel, opts: ScriptOptions = {}): ShellcheckScript[] {
  // The engine reports only the parse errors of a file that does not parse: nothing to check.
  if (model.problems.length > 0) return []
  const pragmaAt = typeof opts.shellPragma === 'function' ? opts.shellPragma : () => opts.shellPragma as string | undefined
  const scripts: ShellcheckScript[] = []
  const namesAtEnd = new Map<number, ReadonlySet<string>>()
  for (const stage of model.stages) {
    const names = new Set(stage.parent === undefined ? PROXY_VARIABLES : namesAtEnd.get(stage.parent) ?? PROXY_VARIABLES)
    // Written again only when an ARG or ENV adds a name: sorting every name for every RUN was quadratic in a long stage.
    let exports: string | undefined
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') {
        for (const p of instruction.properties) {
          if (!names.has(p.key)) exports = undefined
          names.add(p.key)
        }
      }
      const run = instruction.keyword === 'RUN' ? instruction : instruction.trigger?.keyword === 'RUN' ? instruction.trigger : undefined
      if (run && !run.execForm) {
        const shell = activeShell(model, instruction) ?? pragmaArgv(pragmaAt(instruction.line))
        exports ??= exportLines(names)
        scripts.push(...scriptsOf(run, shell, exports))
      }
    }
    namesAtEnd.set(stage.index, names)
  }
  return scripts
}

/** The ShellCheck dialect of an interpreter, or undefined when ShellCheck cannot check its scripts. */
export function dialectOf(program: string): ShellDialect | undefined {
  return DIALECTS.get(programName(program).toLowerCase())
}

function pragmaArgv(pragma: string | undefined): readonly string[] {
  return pragma === undefined ? DEFAULT_SHELL : [pragma]
}

/** `export NAME=1` for each name, in hadolint's order: its set's, sorted by code point. */
function exportLines(names: ReadonlySet<string>): string {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((n) => `export ${n}=1\n`).join('')
}

function scriptsOf(run: Instruction, shell: readonly string[], exports: string): ShellcheckScript[] {
  if (!isPosixShell(interpreter(shell))) return []
  return shellRuns(run, shell).flatMap(({ program, script }) => {
    const dialect = dialectOf(program)
    if (dialect === undefined) return []
    const shebang = program.startsWith('/') ? program : `/usr/bin/env ${program}`
    return [{ line: run.line, shell: dialect, script: `#!${shebang}\n${exports}${script}` }]
  })
}
