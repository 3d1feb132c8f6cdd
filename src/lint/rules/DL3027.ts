import { isProgram } from '../command-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runsRunning } from '../walk.js'

export const DL3027: Rule = {
  meta: {
    code: 'DL3027',
    name: 'UseAptGetNotApt',
    severity: 'warning',
    title: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead',
    why: 'apt has no stable command-line interface and warns when scripted; its output and behaviour can change between releases and break the build.',
    docsUrl: hadolintDocs('DL3027'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ['apt'], { onbuild: true })
      .filter(({ commands }) => commands.some((c) => isProgram(c, 'apt')))
      .map(({ instruction }) => ({ line: instruction.line, message: 'apt is meant for interactive use; use apt-get or apt-cache in a Dockerfile' }))
  }
}
