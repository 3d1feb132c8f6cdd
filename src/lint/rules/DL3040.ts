import { isProgram } from '../command-args.js'
import { cachedIn } from '../mounts.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { cleansUpAfterInstall, DNF, removesCache, runsSubcommand } from '../rpm-packages.js'
import { runsRunning } from '../walk.js'

const CHANGES = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei']

export const DL3040: Rule = {
  meta: {
    code: 'DL3040',
    name: 'CleanDnfCache',
    severity: 'warning',
    title: '`dnf clean all` missing after dnf command',
    why: 'dnf keeps downloaded packages and metadata in /var/cache; unless the same RUN cleans them (or they live in a cache mount) they stay in the layer and bloat the image.',
    docsUrl: hadolintDocs('DL3040'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, DNF, { onbuild: true })
      .filter(({ instruction }) => !cachedIn(instruction, '/var/cache/libdnf5') && !cachedIn(instruction, '.cache/libdnf5'))
      // Each tool cleans its own cache: a `microdnf clean all` does not count for a `dnf install`.
      .filter(({ commands }) =>
        DNF.some(
          (tool) =>
            !cleansUpAfterInstall(
              commands,
              (c) => isProgram(c, tool) && runsSubcommand(c, DNF, CHANGES),
              (c) => (isProgram(c, tool) && runsSubcommand(c, DNF, ['clean', 'all'])) || removesCache(c, '/var/cache/libdnf5*')
            )
        )
      )
      .map(({ instruction }) => ({ line: instruction.line, message: 'Run `dnf clean all` after dnf install in the same RUN, or use a cache mount on /var/cache/libdnf5' }))
  }
}
