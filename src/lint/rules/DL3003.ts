import { isProgram } from '../command-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runsRunning } from '../walk.js'

export const DL3003: Rule = {
  meta: {
    code: 'DL3003',
    name: 'UseWorkdirNotCd',
    severity: 'warning',
    title: 'Use WORKDIR to switch to a directory',
    why: 'A `cd` lasts only for its own RUN, so later steps silently run elsewhere; WORKDIR sets the directory for every following instruction and for the container.',
    docsUrl: hadolintDocs('DL3003'),
    fixable: false
  },
  check(model) {
    // Unlike most RUN rules, hadolint does not look inside ONBUILD here.
    return runsRunning(model, ['cd'])
      .filter(({ commands }) => commands.some((c) => isProgram(c, 'cd')))
      .map(({ instruction }) => ({ line: instruction.line }))
  }
}
