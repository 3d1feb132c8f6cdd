import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { DNF, installsWithoutYes } from '../rpm-packages.js'

export const DL3038: Rule = {
  meta: {
    code: 'DL3038',
    name: 'UseDnfYes',
    severity: 'warning',
    title: 'Use the -y switch to avoid manual input `dnf install -y <package>`',
    why: 'Without -y, dnf and microdnf wait for a confirmation that never comes in a build and abort, so the build fails.',
    docsUrl: hadolintDocs('DL3038'),
    fixable: true
  },
  check(model) {
    return installsWithoutYes(model, DNF)
  }
}
