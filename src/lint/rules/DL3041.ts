import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { DNF, runsWithDeclaredNames, unpinnedRpmInstall } from '../rpm-packages.js'

export const DL3041: Rule = {
  meta: {
    code: 'DL3041',
    name: 'PinVersionsInDnf',
    severity: 'warning',
    title: 'Specify version with `dnf install -y <package>-<version>`',
    why: 'An unpinned package installs whatever the repository serves at build time, so rebuilds are not reproducible and can pull in breaking or vulnerable versions.',
    docsUrl: hadolintDocs('DL3041'),
    fixable: false
  },
  check(model) {
    // Group installs name package groups, which have no version to pin.
    return runsWithDeclaredNames(model)
      .filter(({ commands, declared }) => commands.some((c) => unpinnedRpmInstall(c, DNF, ['group'], declared)))
      .map(({ instruction }) => ({ line: instruction.line }))
  }
}
