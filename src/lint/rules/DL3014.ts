import { hasArg, hasFlag } from '../command-args.js'
import { countFlag, isCommandWith } from '../packages.js'
import { hadolintDocs, suggestedFix } from '../rule.js'
import type { Rule } from '../rule.js'
import type { ShellCommand } from '../shell.js'
import { insertWordFix } from '../source-fix.js'
import { runsRunning } from '../walk.js'

export const DL3014: Rule = {
  meta: {
    code: 'DL3014',
    name: 'UseAptGetYes',
    severity: 'warning',
    title: 'Use the -y switch to avoid manual input',
    why: 'A build has no one to answer apt-get\'s confirmation prompt; without `-y` the install aborts, or depends on the prompt never being asked.',
    docsUrl: hadolintDocs('DL3014'),
    fixable: true
  },
  check(model, context) {
    return runsRunning(model, ['apt-get'], { onbuild: true })
      .filter(({ commands }) => commands.some(asksToConfirm))
      .map(({ instruction }) => {
        const fix = suggestedFix(context, () => insertWordFix(model, instruction, (c) => (asksToConfirm(c) ? 'install' : undefined), '-y'))
        return { line: instruction.line, message: 'Use apt-get install -y: a build cannot answer the confirmation prompt', ...(fix && { fix }) }
      })
  }
}

// `-qq` (quiet level 2) implies yes; exactly two q's, as apt-get counts them.
function asksToConfirm(command: ShellCommand): boolean {
  if (!isCommandWith(command, 'apt-get', 'install')) return false
  const yes = hasFlag(command, 'y', 'yes', 'qq', 'assume-yes') || countFlag(command, 'q') === 2 || countFlag(command, 'quiet') === 2 || hasArg(command, '-q=2')
  return !yes
}
