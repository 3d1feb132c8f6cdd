// The ways rules walk a Dockerfile. `onbuild` mirrors hadolint's `onbuild` combinator: the instruction an
// ONBUILD wraps is checked like a top-level one and reported on the ONBUILD's line.
import type { DockerfileModel, Instruction } from './model.js'
import { runCommands } from './run-commands.js'
import type { ShellCommand } from './shell.js'

export interface WalkOptions {
  /** Also visit the instructions wrapped by ONBUILD. */
  onbuild?: boolean
}

/** Instructions with one of `keywords` (all when none is given), in file order. */
export function instructionsOf(model: DockerfileModel, keywords: readonly string[] = [], opts: WalkOptions = {}): Instruction[] {
  const out: Instruction[] = []
  for (const instruction of model.instructions) {
    const visited = opts.onbuild && instruction.trigger ? instruction.trigger : instruction
    if (keywords.length === 0 || keywords.includes(visited.keyword)) out.push(visited)
  }
  return out
}

/** Each RUN with the simple commands it runs (parsed once and shared by every rule). */
export function runsOf(model: DockerfileModel, opts: WalkOptions = {}): Array<{ instruction: Instruction; commands: ShellCommand[] }> {
  return instructionsOf(model, ['RUN'], opts).map((instruction) => ({ instruction, commands: runCommands(instruction, model) }))
}
