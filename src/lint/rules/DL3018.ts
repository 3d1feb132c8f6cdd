import { isCommandWith, packagesBesides } from '../packages.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runsRunning } from '../walk.js'

// The virtual package name and repository URLs are not packages to pin.
const VALUED = ['t', 'virtual', 'repository', 'X']

export const DL3018: Rule = {
  meta: {
    code: 'DL3018',
    name: 'PinVersionsInApk',
    severity: 'warning',
    title: 'Pin versions in apk add',
    why: 'An unpinned `apk add` installs whatever the Alpine mirror has today, so the image changes between builds of the same commit without anyone noticing.',
    docsUrl: hadolintDocs('DL3018'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ['apk'], { onbuild: true }).flatMap(({ instruction, commands }) => {
      const unpinned = commands
        .filter((c) => isCommandWith(c, 'apk', 'add'))
        .flatMap((c) => packagesBesides(c, 'add', VALUED))
        .filter((p) => !isPinned(p))
      return unpinned.length === 0 ? [] : [{ line: instruction.line, message: `Pin versions in apk add (${unpinned.join(', ')}): use <package>=<version>` }]
    })
  }
}

function isPinned(pkg: string): boolean {
  return /[=~<>]/.test(pkg) || pkg.endsWith('.apk')
}
