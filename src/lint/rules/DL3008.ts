import { isCommandWith, packagesBesides } from '../packages.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runsRunning } from '../walk.js'

export const DL3008: Rule = {
  meta: {
    code: 'DL3008',
    name: 'PinVersionsInAptGet',
    severity: 'warning',
    title: 'Pin versions in apt-get install',
    why: 'Without `package=version`, each build installs whatever the mirror serves that day, so two builds of the same commit can differ and a bad upstream release lands unannounced.',
    docsUrl: hadolintDocs('DL3008'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ['apt-get'], { onbuild: true }).flatMap(({ instruction, commands }) => {
      const unpinned = commands
        .filter((c) => isCommandWith(c, 'apt-get', 'install'))
        // The value of -t/--target-release names a release, not a package.
        .flatMap((c) => packagesBesides(c, 'install', ['t', 'target-release']))
        .filter((p) => !isPinned(p))
      return unpinned.length === 0 ? [] : [{ line: instruction.line, message: `Pin versions in apt-get install (${unpinned.join(', ')}): use <package>=<version>` }]
    })
  }
}

// A release (`pkg/bookworm`) or a local .deb counts as pinned, as in hadolint.
function isPinned(pkg: string): boolean {
  return pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb')
}
