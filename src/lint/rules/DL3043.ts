import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { instructionsOf } from '../walk.js'

const ILLEGAL = ['ONBUILD', 'FROM', 'MAINTAINER']

export const DL3043: Rule = {
  meta: {
    code: 'DL3043',
    name: 'AvoidForbiddenOnbuildTriggers',
    severity: 'error',
    title: '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction',
    why: 'Docker rejects these triggers, so every image built FROM this one fails at its first step.',
    docsUrl: hadolintDocs('DL3043'),
    fixable: false
  },
  check(model) {
    return instructionsOf(model, ['ONBUILD'])
      .filter((i) => i.trigger !== undefined && ILLEGAL.includes(i.trigger.keyword))
      .map((i) => ({ line: i.line, message: `ONBUILD cannot trigger ${i.trigger!.keyword}` }))
  }
}
