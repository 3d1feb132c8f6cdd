import { hasArg, hasFlag } from '../command-args.js'
import { isCommandWith } from '../packages.js'
import { hadolintDocs, suggestedFix } from '../rule.js'
import type { Rule } from '../rule.js'
import type { ShellCommand } from '../shell.js'
import { insertWordFix } from '../source-fix.js'
import { runsRunning } from '../walk.js'

export const DL3015: Rule = {
  meta: {
    code: 'DL3015',
    name: 'AvoidAptRecommends',
    severity: 'info',
    title: 'Avoid additional packages by specifying --no-install-recommends',
    why: 'apt-get installs recommended packages by default, often doubling the size of an install and adding software nobody asked for, each one more thing to patch.',
    docsUrl: hadolintDocs('DL3015'),
    fixable: true
  },
  check(model, context) {
    return runsRunning(model, ['apt-get'], { onbuild: true })
      .filter(({ commands }) => commands.some(installsRecommends))
      .map(({ instruction }) => {
        const fix = suggestedFix(context, () => insertWordFix(model, instruction, (c) => (installsRecommends(c) ? 'install' : undefined), '--no-install-recommends'))
        return { line: instruction.line, message: 'Add --no-install-recommends to apt-get install to skip recommended packages', ...(fix && { fix }) }
      })
  }
}

function installsRecommends(command: ShellCommand): boolean {
  return isCommandWith(command, 'apt-get', 'install') && !hasFlag(command, 'no-install-recommends') && !hasArg(command, 'APT::Install-Recommends=false')
}
