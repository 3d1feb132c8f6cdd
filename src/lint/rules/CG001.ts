import type { DockerfileModel, Stage } from '../model.js'
import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { ancestry, finalStage, isRootUser, lastOf } from '../stages.js'

// Distroless publishes these tags with USER 65532 baked in.
const NONROOT_TAGS = new Set(['nonroot', 'debug-nonroot'])

export const CG001: Rule = {
  meta: {
    code: 'CG001',
    severity: 'error',
    title: 'The final image runs as root',
    why: 'A process that runs as root turns any container escape or file-write bug into root on the host volume or node. Add a USER with a non-root user in the final stage.',
    docsUrl: containerGateDocs('CG001'),
    fixable: false
  },
  check(model) {
    const stage = finalStage(model)
    if (!stage) return []
    const user = lastOf(stage, 'USER')
    if (user) return isRootUser(user.args) ? [{ line: user.line, message: `The final image runs as root (USER ${user.args}): switch to a non-root user` }] : []
    return inheritsNonRoot(model, stage) ? [] : [{ line: stage.from.line, message: 'The final image runs as root: it has no USER, so add USER with a non-root user' }]
  }
}

/** True when the stage's base (an earlier stage or a distroless nonroot image) already switched away from root. */
function inheritsNonRoot(model: DockerfileModel, stage: Stage): boolean {
  for (const ancestor of ancestry(model, stage).slice(1)) {
    const user = lastOf(ancestor, 'USER')
    if (user) return !isRootUser(user.args)
  }
  const base = ancestry(model, stage).at(-1)!.from.image
  return base.name.includes('distroless') && NONROOT_TAGS.has(base.tag ?? '')
}
