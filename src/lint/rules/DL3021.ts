import { copyPaths, dropQuotes } from '../copy-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { instructionsOf } from '../walk.js'

export const DL3021: Rule = {
  meta: {
    code: 'DL3021',
    name: 'CopyManySourcesToFolder',
    severity: 'error',
    title: 'COPY with more than 2 arguments requires the last argument to end with /',
    why: 'Docker refuses to copy several sources into a destination that is not a directory, so the build fails at this step.',
    docsUrl: hadolintDocs('DL3021'),
    fixable: false
  },
  check(model) {
    return instructionsOf(model, ['COPY'])
      .filter((copy) => {
        const { sources, destination = '' } = copyPaths(copy)
        return sources.length > 1 && !dropQuotes(destination).endsWith('/')
      })
      .map((copy) => ({ line: copy.line, message: 'COPY with several sources needs a destination directory ending in /' }))
  }
}
