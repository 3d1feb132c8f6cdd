import { hasFlag } from '../command-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runsSubcommand, ZYPPER } from '../rpm-packages.js'
import { runsRunning } from '../walk.js'

const PROMPTING = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch']

export const DL3034: Rule = {
  meta: {
    code: 'DL3034',
    name: 'UseZypperNonInteractive',
    severity: 'warning',
    title: 'Non-interactive switch missing from `zypper` command: `zypper install -y`',
    why: 'Without a non-interactive switch zypper waits for a confirmation that never comes in a build, so the build fails or hangs.',
    docsUrl: hadolintDocs('DL3034'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ZYPPER, { onbuild: true })
      .filter(({ commands }) => commands.some((c) => runsSubcommand(c, ZYPPER, PROMPTING) && !hasFlag(c, 'non-interactive', 'n', 'no-confirm', 'y')))
      .map(({ instruction }) => ({ line: instruction.line }))
  }
}
