import { isProgram } from '../command-args.js'
import type { Instruction } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import type { ShellCommand } from '../shell.js'
import { runCommands } from '../run-commands.js'

const TOOLS = ['curl', 'wget']

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
    // Like hadolint, the ONBUILD RUNs form a sequence of their own across the file, never reset by FROM.
    return [...mixedTools(model.instructions, true), ...mixedTools(model.instructions.flatMap((i) => (i.trigger ? [i.trigger] : [])), false)]
      .sort((a, b) => a.line - b.line)
  }
}

/** RUNs that use curl or wget once both have been used (per stage when `perStage`). */
function mixedTools(instructions: Instruction[], perStage: boolean): RuleHit[] {
  const hits: RuleHit[] = []
  let seen = new Set<string>()
  for (const instruction of instructions) {
    if (perStage && instruction.keyword === 'FROM') seen = new Set()
    if (instruction.keyword !== 'RUN') continue
    const used = toolsIn(runCommands(instruction))
    used.forEach((t) => seen.add(t))
    if (used.length > 0 && seen.size === TOOLS.length) hits.push({ line: instruction.line })
  }
  return hits
}

function toolsIn(commands: ShellCommand[]): string[] {
  return TOOLS.filter((t) => commands.some((c) => isProgram(c, t)))
}
