import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { cleansUpAfterInstall, removesCache, runsSubcommand, YUM } from '../rpm-packages.js'
import { runsRunning } from '../walk.js'

export const DL3032: Rule = {
  meta: {
    code: 'DL3032',
    name: 'CleanYumCache',
    severity: 'warning',
    title: '`yum clean all` missing after yum command',
    why: 'yum keeps downloaded packages and metadata in /var/cache/yum; unless the same RUN removes them they stay in the layer and bloat the image.',
    docsUrl: hadolintDocs('DL3032'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, YUM, { onbuild: true })
      .filter(
        ({ commands }) =>
          !cleansUpAfterInstall(
            commands,
            (c) => runsSubcommand(c, YUM, ['install']),
            (c) => runsSubcommand(c, YUM, ['clean', 'all']) || removesCache(c, '/var/cache/yum/*')
          )
      )
      .map(({ instruction }) => ({ line: instruction.line, message: 'Run `yum clean all` after yum install in the same RUN' }))
  }
}
