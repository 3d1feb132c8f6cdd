import { copyPaths, dropQuotes } from '../copy-args.js'
import { isFrom } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { parentKey, stageKey } from '../stage-state.js'

export const DL3045: Rule = {
  meta: {
    code: 'DL3045',
    name: 'SetWorkdirBeforeRelativeCopy',
    severity: 'warning',
    title: '`COPY` to a relative destination without `WORKDIR` set',
    why: 'A relative destination lands under whatever working directory the base image sets, which can change with the base image; set WORKDIR or use an absolute path.',
    docsUrl: hadolintDocs('DL3045'),
    fixable: false
  },
  check(model) {
    const hits: RuleHit[] = []
    // Whether a WORKDIR was set, by stage name; a stage built FROM another takes over its state.
    const workdir = new Map<string | undefined, boolean>()
    let stage: string | undefined
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i]
      if (isFrom(instruction)) {
        stage = stageKey(instruction)
        workdir.set(stage, workdir.get(parentKey(instruction)) ?? false)
      } else if (instruction.keyword === 'WORKDIR') {
        workdir.set(stage, true)
      } else if (instruction.keyword === 'COPY' && !workdir.get(stage)) {
        const destination = dropQuotes(copyPaths(instruction).destination ?? '')
        if (!isAbsolute(destination)) hits.push({ line: instruction.line, message: `COPY to the relative path ${destination} with no WORKDIR set; set WORKDIR first or use an absolute path` })
      }
    }
    return hits
  }
}

/** `/…`, a Windows drive (`C:\…`, `C:/…`), or a variable that may hold an absolute path. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || /^.:[\\/]/.test(path)
}
