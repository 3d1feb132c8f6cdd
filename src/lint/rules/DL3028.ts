import { hasArg, isProgram } from '../command-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import type { ShellCommand } from '../shell.js'
import { runsRunning } from '../walk.js'

export const DL3028: Rule = {
  meta: {
    code: 'DL3028',
    name: 'PinVersionsInGem',
    severity: 'warning',
    title: 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`',
    why: 'An unpinned gem installs whatever is newest at build time, so two builds of the same Dockerfile can ship different code.',
    docsUrl: hadolintDocs('DL3028'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ['gem'], { onbuild: true })
      .filter(({ commands }) => commands.some((c) => unpinnedGems(c).length > 0))
      .map(({ instruction, commands }) => ({
        line: instruction.line,
        message: `Pin the gem version: gem install ${commands.flatMap(unpinnedGems)[0]}:<version>`
      }))
  }
}

/** The gems of a `gem install`/`gem i` without a `-v`/`--version`, that name no `:version`. */
function unpinnedGems(command: ShellCommand): string[] {
  if (!isProgram(command, 'gem') || !hasArg(command, 'install', 'i')) return []
  if (hasArg(command, '-v', '--version') || command.args.some((a) => a.startsWith('--version='))) return []
  const beforeDashes = command.args.slice(0, command.args.indexOf('--') === -1 ? undefined : command.args.indexOf('--'))
  const gems: string[] = []
  // hadolint drops every option together with the word after it, whether or not the option takes a value.
  for (let i = 0; i < beforeDashes.length; i++) {
    if (beforeDashes[i].startsWith('-')) i++
    else if (beforeDashes[i] !== 'install' && beforeDashes[i] !== 'i') gems.push(beforeDashes[i])
  }
  return gems.filter((g) => !g.includes(':'))
}
