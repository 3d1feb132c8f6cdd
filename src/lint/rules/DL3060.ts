import { isProgram } from '../command-args.js'
import { cachedIn } from '../mounts.js'
import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { runCommands } from '../run-commands.js'
import type { ShellCommand } from '../shell.js'
import { reachesImage } from '../stage-reach.js'

export const DL3060: Rule = {
  meta: {
    code: 'DL3060',
    name: 'CleanYarnCache',
    severity: 'info',
    title: '`yarn cache clean` missing after `yarn install`',
    why: 'Yarn keeps every downloaded package in its cache; left in the layer, it ships tens or hundreds of megabytes the app never reads.',
    docsUrl: hadolintDocs('DL3060'),
    fixable: false
  },
  check(model) {
    return model.instructions.flatMap((instruction): RuleHit[] => {
      const run = instruction.trigger ?? instruction
      if (run.keyword !== 'RUN') return []
      if (!leavesCache(runCommands(run))) return []
      // An ONBUILD RUN runs in whatever image builds on this one, so hadolint reports it in any stage.
      if (!instruction.trigger && !reachesImage(model, instruction.stageIndex)) return []
      if (cachedIn(run, '.cache/yarn')) return []
      return [{ line: instruction.line }]
    })
  }
}

/** A `yarn install` with no `yarn cache clean` after it: a clean that runs before the install cleans nothing. */
function leavesCache(commands: ShellCommand[]): boolean {
  let cleaned = true
  for (const command of commands) {
    if (isYarn(command, 'install')) cleaned = false
    else if (isYarn(command, 'cache', 'clean')) cleaned = true
  }
  return !cleaned
}

/** hadolint's reading: the program is exactly `yarn` and any one of the words is among its arguments. */
function isYarn(command: ShellCommand, ...words: string[]): boolean {
  return isProgram(command, 'yarn') && command.args.some((a) => words.includes(a))
}
