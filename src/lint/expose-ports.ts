// EXPOSE port specs as BuildKit reads them (dockerfile2llb/convert_expose.go), after variable expansion:
// `[ip:][hostPort:]containerPort[/protocol]`.
import { memoize } from './memo.js'
import type { DockerfileModel, Instruction } from './model.js'
import { expandDefaults, scopedInstructions } from './variables.js'

export interface PortSpec {
  /** The spec as written, before expansion. */
  written: string
  /** The spec after expansion, as BuildKit names it in its messages. */
  text: string
  ip: string
  hostPort: string
  protocol: string
}

/** Every EXPOSE of every stage with its specs, expanded with the ARG defaults and ENVs in scope. */
export const exposedPorts = memoize((model: DockerfileModel): ReadonlyArray<{ instruction: Instruction; specs: PortSpec[] }> =>
  // Most stages expose nothing: no need to go through their scopes.
  model.stages.filter((stage) => stage.instructions.some((i) => i.keyword === 'EXPOSE')).flatMap((stage) =>
    scopedInstructions(model, stage)
      .filter(({ instruction }) => instruction.keyword === 'EXPOSE')
      .map(({ instruction, scope }) => ({ instruction, specs: instruction.args.split(/\s+/).filter((w) => w !== '').map((written) => portSpec(written, expandDefaults(written, scope))) }))
  ),
  'file'
)

function portSpec(written: string, text: string): PortSpec {
  const parts = text.split(':')
  const container = parts.at(-1)!
  const slash = container.indexOf('/')
  return {
    written,
    text,
    ip: parts.length > 2 ? parts.slice(0, -2).join(':') : '',
    hostPort: parts.length > 1 ? parts.at(-2)! : '',
    protocol: slash === -1 ? '' : container.slice(slash + 1)
  }
}
