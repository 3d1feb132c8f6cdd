import type { Instruction } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { isRootUser, lastOf } from '../stages.js'

export const DL3002: Rule = {
  meta: {
    code: 'DL3002',
    name: 'LastUserNotRoot',
    severity: 'warning',
    title: 'Last USER should not be root',
    why: 'A stage that ends as root runs its container, or the stages built on it, with full privileges. Switch to an unprivileged user after the steps that need root.',
    docsUrl: hadolintDocs('DL3002'),
    fixable: false
  },
  check(model) {
    // Per stage and without inheritance, as hadolint does: a later stage does not clear an earlier root.
    return model.stages
      .map((stage) => lastOf(stage, 'USER'))
      .filter((user): user is Instruction => user !== undefined && isRootUser(user.args))
      .map((user) => ({ line: user.line }))
  }
}
