import { dropQuotes } from '../copy-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { instructionsOf } from '../walk.js'

export const DL3000: Rule = {
  meta: {
    code: 'DL3000',
    name: 'UseAbsoluteWorkdir',
    severity: 'error',
    title: 'Use an absolute WORKDIR',
    why: 'A relative WORKDIR resolves against whatever directory the base image left behind, so the same Dockerfile can write to a different place when the base changes.',
    docsUrl: hadolintDocs('DL3000'),
    fixable: false,
    aliases: ['WorkdirRelativePath']
  },
  check(model) {
    return instructionsOf(model, ['WORKDIR'])
      .filter((i) => !isAbsolute(dropQuotes(i.args)))
      .map((i) => ({ line: i.line, message: `Use an absolute WORKDIR: ${i.args} is relative to the previous working directory` }))
  }
}

// A variable may hold an absolute path, so `$DIR` passes, as it does in hadolint. hadolint reads the second
// character of a path without checking its length and crashes on `WORKDIR a`; here such a path is simply relative.
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || /^\p{L}:/u.test(path)
}
