import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runsSubcommand, ZYPPER } from '../rpm-packages.js'
import { runsRunning } from '../walk.js'

export const DL3035: Rule = {
  meta: {
    code: 'DL3035',
    name: 'AvoidZypperDistUpgrade',
    severity: 'warning',
    title: 'Do not use `zypper dist-upgrade`',
    why: 'A distribution upgrade inside a build replaces the base image\'s packages with whatever is current, so the image no longer matches its tag and rebuilds drift; move to a newer base image instead.',
    docsUrl: hadolintDocs('DL3035'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ZYPPER, { onbuild: true })
      .filter(({ commands }) => commands.some((c) => runsSubcommand(c, ZYPPER, ['dist-upgrade', 'dup'])))
      .map(({ instruction }) => ({ line: instruction.line }))
  }
}
