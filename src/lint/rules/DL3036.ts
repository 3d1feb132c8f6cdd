import { cachedIn } from '../mounts.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { cleansUpAfterInstall, runsSubcommand, ZYPPER } from '../rpm-packages.js'
import { runsRunning } from '../walk.js'

export const DL3036: Rule = {
  meta: {
    code: 'DL3036',
    name: 'CleanZypperCache',
    severity: 'warning',
    title: '`zypper clean` missing after zypper use',
    why: 'zypper keeps downloaded packages and metadata in /var/cache/zypp; unless the same RUN cleans them (or they live in a cache mount) they stay in the layer and bloat the image.',
    docsUrl: hadolintDocs('DL3036'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ZYPPER, { onbuild: true })
      .filter(({ instruction }) => !cachedIn(instruction, '/var/cache/zypp'))
      .filter(({ commands }) => !cleansUpAfterInstall(commands, (c) => runsSubcommand(c, ZYPPER, ['install', 'in']), (c) => runsSubcommand(c, ZYPPER, ['clean', 'cc'])))
      .map(({ instruction }) => ({ line: instruction.line, message: 'Run `zypper clean` after zypper install in the same RUN, or use a cache mount on /var/cache/zypp' }))
  }
}
