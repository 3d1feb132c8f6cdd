import { isProgram } from '../command-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runsRunning } from '../walk.js'

export const DL3004: Rule = {
  meta: {
    code: 'DL3004',
    name: 'AvoidSudo',
    severity: 'error',
    title: 'Do not use sudo',
    why: 'RUN already executes as the current USER; sudo adds a setuid binary and a TTY and environment behaviour that differs between images. Switch USER, or use gosu or su-exec in an entrypoint.',
    docsUrl: hadolintDocs('DL3004'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ['sudo'], { onbuild: true })
      .filter(({ commands }) => commands.some((c) => isProgram(c, 'sudo')))
      .map(({ instruction }) => ({ line: instruction.line, message: 'Do not use sudo: switch USER for the steps that need it, or use gosu or su-exec to drop privileges' }))
  }
}
