import { buildCheckDocs } from '../build-checks.js'
import type { Rule } from '../rule.js'

export const NoEmptyContinuation: Rule = {
  meta: {
    code: 'NoEmptyContinuation',
    name: 'AvoidEmptyContinuationLines',
    severity: 'warning',
    title: 'Empty continuation lines will become errors in a future release',
    why: 'An empty line inside a `\\`-continued instruction is silently dropped today, but Docker plans to make it a parse error; it also usually means a line of the command went missing.',
    docsUrl: buildCheckDocs('NoEmptyContinuation'),
    fixable: false,
    aliases: ['NoEmptyContinuations']
  },
  check(model) {
    // BuildKit reports the instruction's last line, once however many empty lines it has.
    return model.instructions.filter((i) => i.emptyContinuationLines.length > 0).map((i) => ({ line: i.endLine, message: 'Empty continuation line' }))
  }
}
