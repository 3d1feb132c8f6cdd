import { isProgram } from '../command-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runsRunning } from '../walk.js'

export const DL4005: Rule = {
  meta: {
    code: 'DL4005',
    name: 'UseShellInstruction',
    severity: 'warning',
    title: 'Use SHELL to change the default shell',
    why: 'Relinking /bin/sh changes the shell for every script and package hook in the image, not just the build; SHELL changes it for the Dockerfile alone.',
    docsUrl: hadolintDocs('DL4005'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ['ln'], { onbuild: true })
      .filter(({ commands }) => commands.some((c) => isProgram(c, 'ln') && c.args.includes('/bin/sh')))
      .map(({ instruction }) => ({ line: instruction.line }))
  }
}
