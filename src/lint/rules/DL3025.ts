import type { Instruction } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { parseShell } from '../shell.js'

// Anything the shell would interpret: with it in the script, a JSON argv would no longer mean the same thing.
const SHELL_SYNTAX = /[$`*?[\]~{}&|;<>()#\\\n]/

export const DL3025: Rule = {
  meta: {
    code: 'DL3025',
    severity: 'warning',
    title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
    why: 'In shell form the command runs under `/bin/sh -c`, which becomes PID 1 and does not forward signals, so the app cannot shut down gracefully.',
    docsUrl: hadolintDocs('DL3025'),
    fixable: true,
    aliases: ['JSONArgsRecommended']
  },
  check(model) {
    return model.instructions
      .filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT' || (i.keyword === 'HEALTHCHECK' && /^CMD\s/i.test(i.args)))
      .filter((i) => i.execForm === undefined)
      .map((i) => {
        const fix = execFormFix(i)
        return { line: i.line, message: `Use JSON notation (exec form) for ${i.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : i.keyword}, e.g. ["executable", "arg"]`, ...(fix && { fix }) }
      })
  }
}

/** The same command as a JSON argv, when the shell form is one plain command the shell would not interpret. */
function execFormFix(instruction: Instruction): { line: number; endLine: number; text: string } | undefined {
  const script = instruction.keyword === 'HEALTHCHECK' ? instruction.args.replace(/^CMD\s+/i, '') : instruction.args
  if (SHELL_SYNTAX.test(script)) return undefined
  const commands = parseShell(script)
  if (commands.length !== 1 || commands[0].redirects.length > 0) return undefined
  const argv = [commands[0].name, ...commands[0].args].map((a) => JSON.stringify(a)).join(', ')
  const flags = instruction.flags.map((f) => (f.value === undefined ? `--${f.name}` : `--${f.name}=${f.value}`))
  const head = [instruction.keyword, ...flags, ...(instruction.keyword === 'HEALTHCHECK' ? ['CMD'] : [])].join(' ')
  return { line: instruction.line, endLine: instruction.endLine, text: `${head} [${argv}]` }
}
