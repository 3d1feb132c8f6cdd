// The ways rules walk a Dockerfile. `onbuild` mirrors hadolint's `onbuild` combinator: the instruction an
// ONBUILD wraps is checked like a top-level one and reported on the ONBUILD's line.
import { memoize } from './memo.js'
import type { DockerfileModel, Instruction } from './model.js'
import { runCommands } from './run-commands.js'
import type { ShellCommand } from './shell.js'

export interface WalkOptions {
  /** Also visit the instructions wrapped by ONBUILD. */
  onbuild?: boolean
}

/** A RUN and the simple commands it runs. */
export interface Run {
  instruction: Instruction
  commands: ShellCommand[]
}

// Several rules ask for the same instructions (ten label rules for the LABELs): each question is answered once per file.
const selections = memoize((_model: DockerfileModel) => new Map<string, readonly Instruction[]>())

/** Instructions with one of `keywords` (all when none is given), in file order. */
export function instructionsOf(model: DockerfileModel, keywords: readonly string[] = [], opts: WalkOptions = {}): readonly Instruction[] {
  const known = selections(model)
  const question = `${opts.onbuild ? 'ONBUILD ' : ''}${keywords.join(' ')}`
  let found = known.get(question)
  if (!found) {
    const out: Instruction[] = []
    for (const instruction of model.instructions) {
      const visited = opts.onbuild && instruction.trigger ? instruction.trigger : instruction
      if (keywords.length === 0 || keywords.includes(visited.keyword)) out.push(visited)
    }
    known.set(question, (found = out))
  }
  return found
}

// Most rules read the RUNs: the list is made once per file, and each RUN's commands are parsed once.
const topLevelRuns = memoize((model: DockerfileModel): readonly Run[] => runsIn(model, {}))
const allRuns = memoize((model: DockerfileModel): readonly Run[] => runsIn(model, { onbuild: true }))

/** Each RUN with the simple commands it runs, shared by every rule. */
export function runsOf(model: DockerfileModel, opts: WalkOptions = {}): readonly Run[] {
  return opts.onbuild ? allRuns(model) : topLevelRuns(model)
}

function runsIn(model: DockerfileModel, opts: WalkOptions): Run[] {
  return instructionsOf(model, ['RUN'], opts).map((instruction) => ({ instruction, commands: runCommands(instruction, model) }))
}
