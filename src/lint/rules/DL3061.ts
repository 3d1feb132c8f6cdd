import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL3061: Rule = {
  meta: {
    code: 'DL3061',
    name: 'BeginWithFrom',
    severity: 'error',
    title: 'Invalid instruction order: a Dockerfile must begin with FROM, ARG or a comment',
    why: 'Only ARG may come before the first FROM; anything else there is rejected by the builder or silently belongs to no stage.',
    docsUrl: hadolintDocs('DL3061'),
    fixable: false
  },
  check(model) {
    return model.instructions
      .filter((i) => i.stageIndex === -1 && i.keyword !== 'ARG')
      .map((i) => ({ line: i.line, message: `${i.keyword} comes before the first FROM; only ARG may precede it` }))
  }
}
