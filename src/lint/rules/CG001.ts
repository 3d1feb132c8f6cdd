import type { DockerfileModel, ImageRef, Instruction, Stage } from '../model.js'
import { containerGateDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { ancestry, finalStage, isRootUser } from '../stages.js'
import { expandDefaults, scopedInstructions } from '../variables.js'

// Distroless publishes `nonroot` and `debug-nonroot` with USER 65532 baked in, also per architecture
// (`nonroot-amd64`, `debug-nonroot-arm64`).
const DISTROLESS_NONROOT_TAG = /^(?:debug-)?nonroot(?:-[a-z0-9]+)?$/

export const CG001: Rule = {
  meta: {
    code: 'CG001',
    name: 'RunAsNonRootUser',
    severity: 'error',
    title: 'The final image runs as root',
    why: 'A process that runs as root turns any container escape or file-write bug into root on the host volume or node. Add a USER with a non-root user in the final stage.',
    docsUrl: containerGateDocs('CG001'),
    fixable: false
  },
  check(model) {
    const stage = finalStage(model)
    if (!stage) return []
    const user = effectiveUser(model, stage)
    if (user) {
      if (!user.root) return []
      // An inherited USER is reported where the final image is chosen, like a missing one.
      return [user.instruction.stageIndex === stage.index ? rootUser(user.instruction, user.name) : { line: stage.from.line, message: `The final image runs as root: it inherits USER ${user.instruction.args} from line ${user.instruction.line}, so add USER with a non-root user` }]
    }
    return nonRootImage(ancestry(model, stage).at(-1)!.from.image) ? [] : [{ line: stage.from.line, message: 'The final image runs as root: it has no USER, so add USER with a non-root user' }]
  }
}

/**
 * The last USER of the final stage, or else of the nearest stage it is built FROM, with its variables filled in
 * from the ARG defaults and ENVs in scope. `root` is false when a variable has no known value: the user is then unknown and not reported.
 */
function effectiveUser(model: DockerfileModel, stage: Stage): { instruction: Instruction; name: string; root: boolean } | undefined {
  for (const ancestor of ancestry(model, stage)) {
    const users = scopedInstructions(model, ancestor).filter((s) => s.instruction.keyword === 'USER')
    const last = users.at(-1)
    if (!last) continue
    const text = last.instruction.args
    const known = !unknownVariable(text, last.scope)
    const name = known ? expandDefaults(text, last.scope) : text
    return { instruction: last.instruction, name, root: known && isRootUser(name) }
  }
  return undefined
}

/** True when a variable of `text` is not defined or has no default, so the user is not known before the build. */
function unknownVariable(text: string, scope: ReadonlyMap<string, string | undefined>): boolean {
  return [...text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(:?-)?/g)].some((m) => m[2] === undefined && scope.get(m[1]) === undefined)
}

function rootUser(instruction: Instruction, name: string): RuleHit {
  const shown = name === instruction.args ? instruction.args : `${instruction.args}, which is ${name}`
  return { line: instruction.line, message: `The final image runs as root (USER ${shown}): switch to a non-root user` }
}

/** Base images whose own config sets a non-root user; the linter does not pull images, so it knows them by name. */
function nonRootImage(image: ImageRef): boolean {
  if (image.name.includes('distroless')) return DISTROLESS_NONROOT_TAG.test(image.tag ?? '')
  // Chainguard images run as 65532 except the `-dev` variants (`latest-dev`, `3.12-dev`), which run as root.
  if (image.registry === 'cgr.dev') return !(image.tag ?? 'latest').endsWith('-dev')
  return false
}
