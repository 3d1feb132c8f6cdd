import { dropQuotes, fromFlag } from '../copy-args.js'
import { hadolintDocs } from '../rule.js'
import type { DockerfileModel } from '../model.js'
import type { Rule } from '../rule.js'
import { instructionsOf } from '../walk.js'

export const DL3067: Rule = {
  meta: {
    code: 'DL3067',
    name: 'AvoidCopyingWholeFilesystem',
    severity: 'warning',
    title: 'Do not copy an entire filesystem from another stage',
    why: "`COPY --from=stage / /` drags the whole build stage, compilers and caches included, into the image and overwrites the base image's files, which defeats the point of a multi-stage build.",
    docsUrl: hadolintDocs('DL3067'),
    fixable: false
  },
  check(model) {
    return instructionsOf(model, ['COPY'])
      .filter((i) => fromFlag(i) !== undefined)
      .filter((i) => {
        const paths = (i.execForm ?? i.args.split(/\s+/)).map(dropQuotes)
        const target = paths.pop()
        return target === '/' && paths.includes('/')
      })
      .map((i) => {
        const from = dropQuotes(fromFlag(i)!)
        // hadolint's title says "stage", but --from also takes an image; say which one is copied whole.
        return isStage(model, from)
          ? { line: i.line }
          : { line: i.line, message: `COPY --from=${from} / / copies the whole filesystem of the image ${from} over this one: copy only the paths you need` }
      })
  }
}

/** A stage alias or number, as BuildKit resolves `--from` before it tries an image. */
function isStage(model: DockerfileModel, from: string): boolean {
  return /^[0-9]+$/.test(from) ? Number(from) < model.stages.length : model.stages.some((s) => s.from.alias?.toLowerCase() === from.toLowerCase())
}
