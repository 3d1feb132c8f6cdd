import { hasArg, hasFlag } from '../command-args.js'
import type { Instruction } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { hadolintShellScript } from '../run-commands.js'
import { parseShell } from '../shell.js'

// hadolint 2.15.1 compares the program exactly; a later release also accepts other paths such as /usr/bin/bash.
const PIPEFAIL_SHELLS = new Set(['bash', '/bin/bash', 'zsh', '/bin/zsh', 'ash', '/bin/ash'])
// Shells without POSIX pipes: there is nothing to set, so the stage is left alone.
const NON_POSIX = ['pwsh', 'powershell', 'cmd']

export const DL4006: Rule = {
  meta: {
    code: 'DL4006',
    name: 'SetPipefail',
    severity: 'warning',
    title: 'Set the SHELL option -o pipefail before RUN with a pipe in it',
    why: 'A pipeline fails only when its last command fails, so `curl … | tar x` builds a broken image when the download fails. With pipefail the build stops instead.',
    docsUrl: hadolintDocs('DL4006'),
    fixable: false
  },
  check(model) {
    const hits: RuleHit[] = []
    let covered = false
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i]
      // No inheritance: every FROM starts again from /bin/sh without pipefail.
      if (instruction.keyword === 'FROM') covered = false
      else if (instruction.keyword === 'SHELL') covered = shellCovers(instruction)
      else if (instruction.keyword === 'RUN' && !covered && hadolintShellScript(instruction).pipes) {
        hits.push({ line: instruction.line, message: 'Set SHELL ["/bin/bash", "-o", "pipefail", "-c"] before a RUN with a pipe (on Alpine/BusyBox use /bin/ash), or the pipe hides failures' })
      }
    }
    return hits
  }
}

/** True when the SHELL turns pipefail on, or is a shell the rule does not apply to. */
function shellCovers(shell: Instruction): boolean {
  const text = shell.execForm ? shell.execForm.join(' ') : shell.args
  if (NON_POSIX.some((p) => text.startsWith(p))) return true
  return parseShell(text).some((c) => PIPEFAIL_SHELLS.has(c.name) && hasFlag(c, 'o') && hasArg(c, 'pipefail'))
}
