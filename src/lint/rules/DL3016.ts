import { nonFlagArgs } from '../command-args.js'
import { dropFlagValues, isCommandWith, packagesAfter } from '../packages.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import type { ShellCommand } from '../shell.js'
import { runsRunning } from '../walk.js'

const VALUED = ['loglevel', 'registry']
const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://']
const TARBALL_ENDINGS = ['.tar', '.tar.gz', '.tgz']
const PATH_PREFIXES = ['/', './', '../', '~/']

export const DL3016: Rule = {
  meta: {
    code: 'DL3016',
    name: 'PinVersionsInNpm',
    severity: 'warning',
    title: 'Pin versions in npm',
    why: '`npm install <package>` without a version takes the latest release at build time, bypassing the lockfile, so rebuilds drift and a compromised release is picked up silently.',
    docsUrl: hadolintDocs('DL3016'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ['npm'], { onbuild: true }).flatMap(({ instruction, commands }) => {
      const unpinned = commands.filter(installsNamed).flatMap((c) => packagesAfter(c, 'install', VALUED)).filter((p) => !isPinned(p))
      return unpinned.length === 0 ? [] : [{ line: instruction.line, message: `Pin versions in npm (${unpinned.join(', ')}): use <package>@<version>` }]
    })
  }
}

/** `npm install …` with install as the first word: `npm run install` runs a script and `npm i` is not read. */
function installsNamed(command: ShellCommand): boolean {
  return isCommandWith(command, 'npm', 'install') && nonFlagArgs(dropFlagValues(command, VALUED))[0] === 'install'
}

function isPinned(pkg: string): boolean {
  if (GIT_PREFIXES.some((p) => pkg.startsWith(p))) return pkg.includes('#')
  if (TARBALL_ENDINGS.some((e) => pkg.endsWith(e))) return true
  if (PATH_PREFIXES.some((p) => pkg.startsWith(p))) return true
  return hasVersion(pkg)
}

// For `@scope/name`, hadolint skips the scope by dropping the leading characters that sort after '/', which
// stops at the slash (or at a '-' or '.' inside the scope); the version's @ must come after that.
function hasVersion(pkg: string): boolean {
  if (!pkg.startsWith('@')) return pkg.includes('@')
  let i = 0
  while (i < pkg.length && pkg[i] > '/') i++
  return pkg.slice(i).includes('@')
}
