import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runsWithDeclaredNames, unpinnedRpmInstall, YUM } from '../rpm-packages.js'

export const DL3033: Rule = {
  meta: {
    code: 'DL3033',
    name: 'PinVersionsInYum',
    severity: 'warning',
    title: 'Specify version with `yum install -y <package>-<version>`',
    why: 'An unpinned package installs whatever the repository serves at build time, so rebuilds are not reproducible and can pull in breaking or vulnerable versions.',
    docsUrl: hadolintDocs('DL3033'),
    fixable: false
  },
  check(model) {
    return runsWithDeclaredNames(model)
      .filter(({ commands, declared }) => commands.some((c) => unpinnedRpmInstall(c, YUM, [], declared)))
      .map(({ instruction }) => ({ line: instruction.line }))
  }
}
