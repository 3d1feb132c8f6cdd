import type { Instruction } from '../model.js'
import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { parsedScript } from '../run-commands.js'
import { shellCommandString } from '../shell-invocation.js'
import { builtStage, effectiveStartup } from '../stages.js'

export const CG005: Rule = {
  meta: {
    code: 'CG005',
    name: 'RunMainProcessWithoutShell',
    severity: 'warning',
    title: 'The main process runs under a shell',
    why: 'With `sh -c`, the shell is PID 1 and does not pass SIGTERM on, so the app is killed after the stop timeout instead of shutting down cleanly. Start the script with `exec` or run the program directly.',
    docsUrl: containerGateDocs('CG005'),
    fixable: false
  },
  check(model, { config }) {
    const stage = builtStage(model, config.target)
    if (!stage) return []
    return effectiveStartup(model, stage)
      .filter((i) => {
        const script = i.execForm ? shellCommandString(i.execForm) : undefined
        return script !== undefined && !endsInExec(i, script)
      })
      .map((i) => ({ line: i.line, message: `${i.keyword} runs the main process under a shell that will not forward SIGTERM: start the script with "exec " or run the program directly` }))
  }
}

/** True when the shell replaces itself with the last command (`cd /app && exec node server.js`). */
function endsInExec(instruction: Instruction, script: string): boolean {
  return parsedScript(instruction, script).commands.filter((c) => !c.inSubstitution).at(-1)?.name === 'exec'
}
