import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { shellScript } from '../run-commands.js'

export const CG005: Rule = {
  meta: {
    code: 'CG005',
    severity: 'warning',
    title: 'The main process runs under a shell',
    why: 'With `sh -c`, the shell is PID 1 and does not pass SIGTERM on, so the app is killed after the stop timeout instead of shutting down cleanly. Start the script with `exec` or run the program directly.',
    docsUrl: containerGateDocs('CG005'),
    fixable: false
  },
  check(model) {
    return model.instructions
      .filter((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && i.execForm)
      .filter((i) => {
        const script = shellScript(i.execForm!)
        return script !== undefined && !script.trimStart().startsWith('exec ')
      })
      .map((i) => ({ line: i.line, message: `${i.keyword} runs the main process under a shell that will not forward SIGTERM: start the script with "exec " or run the program directly` }))
  }
}
