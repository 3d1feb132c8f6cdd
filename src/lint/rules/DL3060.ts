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
    const hits: RuleHit[] = []
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i]
      const run = instruction.trigger ?? instruction
      if (run.keyword !== 'RUN' || !leavesCache(runCommands(run))) continue
      // An ONBUILD RUN runs in whatever image builds on this one, so hadolint reports it in any stage.
      if (!instruction.trigger && !reachesImage(model, instruction.stageIndex)) continue
      if (!cachedIn(run, '.cache/yarn')) hits.push({ line: instruction.line })
    }
    return hits
  }
}

/**
 * A `yarn install` with no `yarn cache clean` after it: a clean that runs before the install cleans nothing. Read as
 * hadolint reads it: the program is exactly `yarn`, and either word of `cache clean` among its arguments cleans.
 */
function leavesCache(commands: readonly ShellCommand[]): boolean {
  let cleaned = true
  for (let c = 0; c < commands.length; c++) {
    const command = commands[c]
    if (!isProgram(command, 'yarn')) continue
    const { args } = command
    if (args.includes('install')) cleaned = false
    else if (args.includes('cache') || args.includes('clean')) cleaned = true
  }
  return !cleaned
}
