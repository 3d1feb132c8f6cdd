import { hasFlag } from '../command-args.js'
import { cachedIn } from '../mounts.js'
import { isCommandWith } from '../packages.js'
import { hadolintDocs, suggestedFix } from '../rule.js'
import type { Rule } from '../rule.js'
import type { ShellCommand } from '../shell.js'
import { insertWordFix } from '../source-fix.js'
import { runsRunning } from '../walk.js'

export const DL3019: Rule = {
  meta: {
    code: 'DL3019',
    name: 'UseApkNoCache',
    severity: 'info',
    title: 'Use the --no-cache switch with apk add',
    why: 'Without `--no-cache`, apk keeps its index and downloaded packages under /var/cache/apk in the layer; `--no-cache` fetches a fresh index and leaves nothing behind.',
    docsUrl: hadolintDocs('DL3019'),
    fixable: true
  },
  check(model, context) {
    return runsRunning(model, ['apk'], { onbuild: true })
      .filter(({ instruction, commands }) => commands.some(keepsCache) && !cachedIn(instruction, '/var/cache/apk'))
      .map(({ instruction }) => {
        const fix = suggestedFix(context, () => insertWordFix(model, instruction, (c) => (keepsCache(c) ? 'add' : undefined), '--no-cache'))
        return { line: instruction.line, message: 'Use apk add --no-cache instead of keeping (or deleting) /var/cache/apk', ...(fix && { fix }) }
      })
  }
}

function keepsCache(command: ShellCommand): boolean {
  return isCommandWith(command, 'apk', 'add') && !hasFlag(command, 'no-cache')
}
