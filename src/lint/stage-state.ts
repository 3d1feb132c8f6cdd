// How hadolint's stateful rules see a file. Each rule runs twice: once over the top-level instructions and once,
// with fresh state, over the instructions that ONBUILD wraps (its `onbuild` combinator). Rules that carry state
// from one stage to the next key it by stage name: the alias, else the image name.
import { fromImage } from './image-name.js'
import type { FromInstruction, DockerfileModel, Instruction } from './model.js'

/** The top-level instructions, then (for rules hadolint marks +ONBUILD) the wrapped ones on their ONBUILD lines. */
export function hadolintPasses(model: DockerfileModel, opts: { onbuild: boolean }): Instruction[][] {
  const triggers = model.instructions.flatMap((i) => (i.trigger ? [i.trigger] : []))
  return opts.onbuild ? [model.instructions, triggers] : [model.instructions]
}

/** The name a stage's state is filed under. Two unaliased stages on the same image share it, as in hadolint. */
export function stageKey(from: FromInstruction): string {
  return from.alias ?? fromImage(from.imageAsWritten.text).name
}

/** The name of the stage whose state a FROM takes over: its image's name, matched exactly against stage keys. */
export function parentKey(from: FromInstruction): string {
  return fromImage(from.imageAsWritten.text).name
}
