import { runsAsRoot } from '../../image/facts.js'
import type { Instruction, Stage } from '../model.js'
import { knownNonRootBase } from '../nonroot-bases.js'
import { containerGateDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { baseConfig, builtStage, externalBase, runsNothing } from '../stages.js'
import { stageUser } from '../stage-user.js'

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
  check(model, { config, image, bases }) {
    const stage = builtStage(model, config.target)
    if (!stage || runsNothing(model, stage)) return []
    const user = stageUser(model, stage, bases)
    // Facts beat guesses: once built, the image's config says who runs. A root user the Dockerfile names is reported
    // here, on its line; a root user that comes from anywhere else is CG008's, so one cause gives one finding.
    if (image) return user?.root && runsAsRoot(image.user) ? [rootUser(user.instruction, user.name, stage)] : []
    if (user) return user.root ? [rootUser(user.instruction, user.name, stage)] : []
    const base = externalBase(model, stage).image
    const known = baseConfig(model, stage, bases)
    if (known) {
      if (!runsAsRoot(known.user)) return []
      return [{ line: stage.from.line, message: `The final image runs as root: it has no USER and its base ${base.text} runs as ${known.user.trim() || 'root'}, so add USER with a non-root user` }]
    }
    return knownNonRootBase(base) ? [] : [{ line: stage.from.line, message: 'The final image runs as root: it has no USER, so add USER with a non-root user' }]
  }
}

/** A root USER is reported on its line in the built stage; an inherited one where the final image is chosen, like a missing one. */
function rootUser(instruction: Instruction, name: string, stage: Stage): RuleHit {
  if (instruction.stageIndex !== stage.index) {
    return { line: stage.from.line, message: `The final image runs as root: it inherits USER ${instruction.args} from line ${instruction.line}, so add USER with a non-root user` }
  }
  const shown = name === instruction.args ? instruction.args : `${instruction.args}, which is ${name}`
  return { line: instruction.line, message: `The final image runs as root (USER ${shown}): switch to a non-root user` }
}
