import { hasFlag, isProgram, wordFlags } from '../command-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import type { ShellCommand } from '../shell.js'
import { runsRunning } from '../walk.js'

export const DL3046: Rule = {
  meta: {
    code: 'DL3046',
    name: 'UseUseraddNoLogInit',
    severity: 'warning',
    title: '`useradd` without flag `-l` and high UID will result in excessively large Image.',
    why: 'useradd records every user in /var/log/lastlog and faillog, sparse files sized by the highest UID; layers do not keep them sparse, so a UID in the millions adds gigabytes. Pass -l (--no-log-init).',
    docsUrl: hadolintDocs('DL3046'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ['useradd'], { onbuild: true })
      .filter(({ commands }) => commands.some(addsUserWithLog))
      .map(({ instruction }) => ({ line: instruction.line }))
  }
}

function addsUserWithLog(command: ShellCommand): boolean {
  return isProgram(command, 'useradd') &&
    !hasFlag(command, 'l', 'no-log-init') &&
    hasFlag(command, 'u', 'uid') &&
    shortUidValues(command).some((uid) => [...uid].length > 5)
}

/**
 * hadolint's value of the flag `u`: the first non-flag word after each word that carries it. Only the flag
 * named `u` is read, so `--uid 1234567` is never measured (a quirk this rule keeps).
 */
function shortUidValues(command: ShellCommand): string[] {
  const { args } = command
  return args.flatMap((word, i) => {
    if (!wordFlags(word).includes('u')) return []
    const value = args.slice(i + 1).find((next) => wordFlags(next).length === 0)
    return value === undefined ? [] : [value]
  })
}
