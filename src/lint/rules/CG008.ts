import { baseReference, runsAsRoot } from '../../image/facts.js'
import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { builtStage } from '../stages.js'
import { stageUser } from '../stage-user.js'

export const CG008: Rule = {
  meta: {
    code: 'CG008',
    name: 'RunBuiltImageAsNonRoot',
    severity: 'error',
    title: 'The built image runs as root',
    why: 'A process that runs as root inside the container is root on the host the moment it escapes, and can rewrite every file in the image. The image config decides the user, so a root user inherited from the base image counts even when the Dockerfile never mentions USER.',
    docsUrl: containerGateDocs('CG008'),
    fixable: false
  },
  // Reads the image the build produced (`context.image`), not the Dockerfile: without a build there is nothing to check.
  check(model, { config, image, bases }) {
    const stage = builtStage(model, config.target)
    if (!image || !stage || !runsAsRoot(image.user)) return []
    // A root USER the Dockerfile names is CG001's finding, on its own line: one cause, one finding.
    if (stageUser(model, stage, bases)?.root) return []
    const user = image.user.trim()
    const base = baseReference(model, config.target)
    const why = user === ''
      ? `names no user${base ? `, and neither does its base ${base.image}` : ''}, so it runs as root`
      : `runs as ${user}`
    return [{ line: stage.from.line, message: `The built image ${why}: add USER with a non-root user (e.g. USER 10001) to the final stage` }]
  }
}
