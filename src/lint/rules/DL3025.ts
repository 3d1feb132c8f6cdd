import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL3025: Rule = {
  meta: {
    code: 'DL3025',
    severity: 'warning',
    title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
    why: 'In shell form the command runs under `/bin/sh -c`, which becomes PID 1 and does not forward signals, so the app cannot shut down gracefully.',
    docsUrl: hadolintDocs('DL3025'),
    fixable: true
  },
  check(model) {
    return model.instructions
      .filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT' || (i.keyword === 'HEALTHCHECK' && /^CMD\s/i.test(i.args)))
      .filter((i) => i.execForm === undefined)
      .map((i) => ({ line: i.line, message: `Use JSON notation (exec form) for ${i.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : i.keyword}, e.g. ["executable", "arg"]` }))
  }
}
