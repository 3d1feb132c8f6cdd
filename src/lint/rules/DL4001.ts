import { isProgram } from '../command-args.js'
import type { Instruction } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { runCommands } from '../run-commands.js'

export const DL4001: Rule = {
  meta: {
    code: 'DL4001',
    name: 'UseEitherWgetOrCurl',
    severity: 'warning',
    title: 'Either use wget or curl, but not both',
    why: 'Two download tools doing the same job mean two packages to install, patch and scan; pick one.',
    docsUrl: hadolintDocs('DL4001'),
    fixable: false
  },
  check(model) {
    // Like hadolint, the ONBUILD RUNs form a sequence of their own across the file, never reset by FROM. Both are
    // followed in one walk, which meets the hits in line order.
    const hits: RuleHit[] = []
    let seen = NO_TOOL
    let seenOnbuild = NO_TOOL
    const { instructions } = model
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i]
      if (instruction.keyword === 'FROM') seen = NO_TOOL
      else if (instruction.keyword === 'RUN') seen = addTools(seen, instruction, hits)
      else if (instruction.trigger?.keyword === 'RUN') seenOnbuild = addTools(seenOnbuild, instruction.trigger, hits)
    }
    return hits
  }
}

// The tools a sequence of RUNs has used so far, one bit each (curl, wget).
const NO_TOOL = 0
const CURL = 1
const WGET = 2

/** The tools used once `run` has run; a hit on the RUN when it uses one and both have been used. */
function addTools(seen: number, run: Instruction, hits: RuleHit[]): number {
  const commands = runCommands(run)
  let used = NO_TOOL
  for (let c = 0; c < commands.length; c++) {
    if (isProgram(commands[c], 'curl')) used |= CURL
    else if (isProgram(commands[c], 'wget')) used |= WGET
  }
  if (used !== NO_TOOL && (seen | used) === (CURL | WGET)) hits.push({ line: run.line })
  return seen | used
}
