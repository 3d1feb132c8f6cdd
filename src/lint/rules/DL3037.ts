import { nonFlagArgs } from '../command-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runsSubcommand, ZYPPER } from '../rpm-packages.js'
import type { ShellCommand } from '../shell.js'
import { runsRunning } from '../walk.js'

export const DL3037: Rule = {
  meta: {
    code: 'DL3037',
    name: 'PinVersionsInZypper',
    severity: 'warning',
    title: 'Specify version with `zypper install -y <package>=<version>`',
    why: 'An unpinned package installs whatever the repository serves at build time, so rebuilds are not reproducible and can pull in breaking or vulnerable versions.',
    docsUrl: hadolintDocs('DL3037'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ZYPPER, { onbuild: true })
      .filter(({ commands }) => commands.some((c) => unpinned(c).length > 0))
      .map(({ instruction, commands }) => ({
        line: instruction.line,
        message: `Pin the package version: zypper install -y ${commands.flatMap(unpinned)[0]}=<version>`
      }))
  }
}

/** Packages of a zypper install with no `=`, `<` or `>` constraint that are not `.rpm` files. */
function unpinned(command: ShellCommand): string[] {
  if (!runsSubcommand(command, ZYPPER, ['install', 'in'])) return []
  return nonFlagArgs(command).filter((a) => a !== 'install' && a !== 'in' && !/[=<>]/.test(a) && !a.endsWith('.rpm'))
}
