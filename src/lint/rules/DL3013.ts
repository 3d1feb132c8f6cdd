import { hasArg, hasFlag } from '../command-args.js'
import { hasWords, packagesAfter } from '../packages.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import type { ShellCommand } from '../shell.js'
import { runsOf } from '../walk.js'

// pip options whose value is a path, URL or name rather than a package to install.
const VALUED = [
  'abi', 'b', 'build', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url', 'implementation',
  'no-binary', 'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy', 'python', 'python-version', 'root',
  'src', 't', 'target', 'trusted-host', 'upgrade-strategy'
]
const VERSION_OPERATORS = ['==', '>=', '<=', '>', '<', '!=', '~=', '===']
const VCS_SCHEMES = /^(git|hg|svn|bzr)\+/

export const DL3013: Rule = {
  meta: {
    code: 'DL3013',
    name: 'PinVersionsInPip',
    severity: 'warning',
    title: 'Pin versions in pip',
    why: 'An unpinned `pip install` takes the newest release at build time, so rebuilding an old commit can pull in a breaking or compromised version. Pin with `==` or install from a locked requirements file.',
    docsUrl: hadolintDocs('DL3013'),
    fixable: false
  },
  check(model) {
    return runsOf(model, { onbuild: true }).flatMap(({ instruction, commands }) => {
      const unpinned = commands.filter(isPackageInstall).flatMap((c) => packagesAfter(c, 'install', VALUED)).filter((p) => !isPinned(p))
      return unpinned.length === 0 ? [] : [{ line: instruction.line, message: `Pin versions in pip (${unpinned.join(', ')}): use <package>==<version> or --requirement <file>` }]
    })
  }
}

/** A pip install that names packages itself: not from a requirements file, the local project or constraints. */
function isPackageInstall(command: ShellCommand): boolean {
  const { name } = command
  const pip = (name.startsWith('pip') && !name.startsWith('pipenv') && command.args.includes('install')) || (name.startsWith('python') && hasWords(command, '-m', 'pip', 'install'))
  return pip && !hasArg(command, '-r', '--requirement', '.') && !hasFlag(command, 'c', 'constraint')
}

function isPinned(pkg: string): boolean {
  if (VERSION_OPERATORS.some((op) => pkg.includes(op))) return true
  if (pkg.endsWith('.whl') || pkg.endsWith('.tar.gz')) return true
  // A VCS URL is pinned by an @ref in its path (the @ of `git@host` is a user name); other URLs and paths point
  // at one fixed artifact or directory.
  if (VCS_SCHEMES.test(pkg)) return vcsPath(pkg).includes('@')
  return pkg.includes('/')
}

function vcsPath(url: string): string {
  const rest = url.replace(/#.*$/, '').replace(/^[^:]*:\/\//, '')
  const slash = rest.indexOf('/')
  return slash === -1 ? '' : rest.slice(slash)
}
