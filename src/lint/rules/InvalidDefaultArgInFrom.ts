import { buildCheckDocs } from '../build-checks.js'
import { isValidReference } from '../image-ref.js'
import type { Rule } from '../rule.js'
import { expandDefaults, globalArgs } from '../variables.js'

export const InvalidDefaultArgInFrom: Rule = {
  meta: {
    code: 'InvalidDefaultArgInFrom',
    name: 'ValidDefaultArgInFrom',
    severity: 'warning',
    title: 'Default value for global ARG results in an empty or invalid base image name',
    why: 'A plain `docker build` without build arguments uses the ARG defaults; when they make the FROM image empty or malformed, the build fails for everyone who does not know which argument to pass.',
    docsUrl: buildCheckDocs('InvalidDefaultArgInFrom'),
    fixable: false
  },
  check(model) {
    // The check is about ARG defaults, so only a FROM that uses a variable is read; most use none.
    if (!model.stages.some((stage) => stage.from.imageAsWritten.text.includes('$'))) return []
    const defaults = globalArgs(model)
    // By name, as Docker finds stages (case-insensitively): searching all stages for each FROM was quadratic.
    const firstNamed = new Map<string, number>()
    for (const { from, index } of model.stages) {
      const name = from.alias?.toLowerCase()
      if (name !== undefined && !firstNamed.has(name)) firstNamed.set(name, index)
    }
    return model.stages
      .filter((stage) => {
        const written = stage.from.imageAsWritten.text
        // The check is about ARG defaults, so only a FROM that uses a variable is read.
        if (!written.includes('$')) return false
        const image = expandDefaults(written, defaults)
        const earlierStage = (firstNamed.get(image.toLowerCase()) ?? Infinity) < stage.index
        return !earlierStage && image !== 'scratch' && !isValidReference(image)
      })
      .map((stage) => ({ line: stage.from.line, message: `Default value for ARG ${stage.from.imageAsWritten.text} results in empty or invalid base image name` }))
  }
}
