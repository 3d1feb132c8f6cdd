import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { ancestry, builtStage, lastOf } from '../stages.js'

export const CG002: Rule = {
  meta: {
    code: 'CG002',
    name: 'FinalImageHasHealthcheck',
    severity: 'warning',
    title: 'The final image has no HEALTHCHECK',
    why: 'Without a health check, Docker and Swarm treat a hung process as healthy and keep routing traffic to it. Add a HEALTHCHECK, or HEALTHCHECK NONE when the orchestrator probes the container itself.',
    docsUrl: containerGateDocs('CG002'),
    fixable: false
  },
  check(model, { config }) {
    // The final-image rules judge the stage that is built; stages it does not reach are not in the image.
    const stage = builtStage(model, config.target)
    if (!stage) return []
    const chain = ancestry(model, stage)
    // A health check probes a service. An image that exposes no port is taken for a program that runs to completion
    // or a tool (a console app, a CLI, a stage exported with --output): the accuracy review found those authors
    // rightly reject the finding.
    if (!chain.some((s) => lastOf(s, 'EXPOSE'))) return []
    // HEALTHCHECK NONE counts: it is an explicit choice, not an omission.
    const covered = chain.some((s) => lastOf(s, 'HEALTHCHECK'))
    return covered ? [] : [{ line: stage.from.line }]
  }
}
