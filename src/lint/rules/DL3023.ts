import { fromFlag } from '../copy-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { instructionsOf } from '../walk.js'

export const DL3023: Rule = {
  meta: {
    code: 'DL3023',
    name: 'CopyFromOtherStage',
    severity: 'error',
    title: 'COPY --from cannot reference its own FROM alias',
    why: 'A stage cannot copy from itself: the build fails with a circular dependency.',
    docsUrl: hadolintDocs('DL3023'),
    fixable: false
  },
  check(model) {
    return instructionsOf(model, ['COPY'])
      .filter((copy) => {
        const alias = model.stages[copy.stageIndex]?.from.alias
        return alias !== undefined && fromFlag(copy) === alias
      })
      .map((copy) => ({ line: copy.line, message: `COPY --from=${fromFlag(copy)} names the stage it is in; copy from an earlier stage instead` }))
  }
}
