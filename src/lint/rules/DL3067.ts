import { dropQuotes, fromFlag } from '../copy-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

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
    return model.instructions
      .filter((i) => i.keyword === 'COPY' && fromFlag(i) !== undefined)
      .filter((i) => {
        const paths = (i.execForm ?? i.args.split(/\s+/)).map(dropQuotes)
        const target = paths.pop()
        return target === '/' && paths.includes('/')
      })
      .map((i) => ({ line: i.line }))
  }
}
