import { hasArg, isProgram } from '../command-args.js'
import type { Instruction } from '../model.js'
import { cachedIn } from '../mounts.js'
import { isCommandWith } from '../packages.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runCommands } from '../run-commands.js'
import { reachesImage } from '../stage-reach.js'

export const DL3009: Rule = {
  meta: {
    code: 'DL3009',
    name: 'DeleteAptLists',
    severity: 'info',
    title: 'Delete the apt lists after installing something',
    why: 'The package lists fetched by `apt-get update` stay in the layer, adding tens of megabytes of stale metadata to an image that ships. Remove /var/lib/apt/lists/* in the same RUN, or keep them in a cache mount.',
    docsUrl: hadolintDocs('DL3009'),
    fixable: false
  },
  check(model) {
    const hits: Array<{ line: number }> = []
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i]
      // hadolint checks ONBUILD triggers outside any stage, so it reports them wherever they are.
      if (instruction.keyword === 'ONBUILD' && instruction.trigger?.keyword === 'RUN') {
        if (keepsLists(instruction.trigger)) hits.push({ line: instruction.line })
      } else if (instruction.keyword === 'RUN' && keepsLists(instruction) && reachesImage(model, instruction.stageIndex)) {
        hits.push({ line: instruction.line })
      }
    }
    return hits
  }
}

function keepsLists(run: Instruction): boolean {
  const commands = runCommands(run)
  const updates = commands.some((c) => isCommandWith(c, 'apt-get', 'update') || isCommandWith(c, 'apt', 'update') || isCommandWith(c, 'aptitude', 'update'))
  if (!updates) return false
  // Any `rm -rf` counts as the cleanup, whatever it removes, as in hadolint.
  const cleans = commands.some((c) => isProgram(c, 'rm') && hasArg(c, '-rf', '/var/lib/apt/lists/*'))
  const mounted = cachedIn(run, '/var/lib/apt/lists') || (cachedIn(run, '/var/lib/apt') && cachedIn(run, '/var/cache/apt'))
  return !cleans && !mounted
}
