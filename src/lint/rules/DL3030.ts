import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { installsWithoutYes, YUM } from '../rpm-packages.js'

export const DL3030: Rule = {
  meta: {
    code: 'DL3030',
    name: 'UseYumYes',
    severity: 'warning',
    title: 'Use the -y switch to avoid manual input `yum install -y <package>`',
    why: 'Without -y, yum waits for a confirmation that never comes in a build and aborts, so the build fails.',
    docsUrl: hadolintDocs('DL3030'),
    fixable: true
  },
  check(model) {
    return installsWithoutYes(model, YUM)
  }
}
