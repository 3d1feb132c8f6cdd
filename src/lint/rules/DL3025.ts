import type { DockerfileModel, Instruction } from '../model.js'
import { hadolintDocs, suggestedFix } from '../rule.js'
import type { Rule } from '../rule.js'
import { activeShell } from '../run-commands.js'
import { parseShell } from '../shell.js'
import { argumentsHead, escapeRegExp } from '../source-fix.js'
import { ancestry, effectiveStartup } from '../stages.js'

// Anything the shell would interpret: with it in the script, a JSON argv would no longer mean the same thing.
const SHELL_SYNTAX = /[$`*?[\]~{}&|;<>()#\\\n]/

export const DL3025: Rule = {
  meta: {
    code: 'DL3025',
    name: 'UseJsonArgsForCmd',
    severity: 'warning',
    title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
    why: 'In shell form the command runs under `/bin/sh -c`, which becomes PID 1 and does not forward signals, so the app cannot shut down gracefully.',
    docsUrl: hadolintDocs('DL3025'),
    fixable: true,
    aliases: ['JSONArgsRecommended']
  },
  check(model, context) {
    return model.instructions
      .filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT' || (i.keyword === 'HEALTHCHECK' && /^CMD\s/i.test(i.args)))
      .filter((i) => i.execForm === undefined)
      .map((i) => {
        const message = `Use JSON notation (exec form) for ${i.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : i.keyword}, e.g. ["executable", "arg"]`
        const changes = behaviourChange(model, i)
        if (changes) return { line: i.line, message: `${message}. No fix is suggested: ${changes}` }
        const fix = suggestedFix(context, () => execFormFix(model, i))
        return { line: i.line, message, ...(fix && { fix }) }
      })
  }
}

/**
 * Why rewriting the instruction in exec form would change how the container starts, if it would. Docker runs an
 * ENTRYPOINT with the CMD as its arguments, but a shell-form ENTRYPOINT's `sh -c` never reads them; and a
 * shell-form CMD reaches an exec-form ENTRYPOINT as `/bin/sh -c "…"`. A stage built FROM this one starts the same way.
 */
function behaviourChange(model: DockerfileModel, instruction: Instruction): string | undefined {
  const shell = activeShell(model, instruction)
  if (shell && !(shell.length === 2 && shell[0] === '/bin/sh' && shell[1] === '-c')) {
    return `the shell form runs under the SHELL ${JSON.stringify(shell)}, which the exec form would bypass.`
  }
  for (const stage of model.stages) {
    if (!ancestry(model, stage).some((s) => s.index === instruction.stageIndex)) continue
    const startup = effectiveStartup(model, stage)
    const entrypoint = startup.find((i) => i.keyword === 'ENTRYPOINT')
    const cmd = startup.find((i) => i.keyword === 'CMD')
    if (instruction.keyword === 'ENTRYPOINT' && entrypoint === instruction && cmd) {
      return `in exec form the CMD on line ${cmd.line} would become its arguments, which the shell form ignores. Fold the CMD's arguments into the ENTRYPOINT, or drop the CMD, then write it in JSON.`
    }
    if (instruction.keyword === 'CMD' && cmd === instruction && entrypoint?.execForm) {
      return `the ENTRYPOINT on line ${entrypoint.line} receives this CMD as ["/bin/sh", "-c", "..."], and in exec form would receive other arguments. Check what the ENTRYPOINT expects before rewriting it.`
    }
  }
  return undefined
}

// Built once per escape character (there are two), not for every CMD.
const continuations = new Map<string, RegExp>()

function continuationPattern(escape: string): RegExp {
  let pattern = continuations.get(escape)
  if (!pattern) continuations.set(escape, (pattern = new RegExp(`[ \\t]*${escapeRegExp(escape)}\\n[ \\t]*`, 'g')))
  return pattern
}

/** The same command as a JSON argv, when the shell form is one plain command the shell would not interpret. */
function execFormFix(model: DockerfileModel, instruction: Instruction): { line: number; endLine: number; text: string } | undefined {
  const script = instruction.keyword === 'HEALTHCHECK' ? instruction.args.replace(/^CMD\s+/i, '') : instruction.args
  if (SHELL_SYNTAX.test(script)) return undefined
  const commands = parseShell(script)
  // A leading `FOO=1` sets the environment for the shell's command: an argv cannot say that.
  if (commands.length !== 1 || commands[0].redirects.length > 0 || /^\S*=/.test(script.trim())) return undefined
  // `exec app` is how shell form hands PID 1 to the app; in exec form the app is PID 1 already.
  const words = commands[0].name === 'exec' ? commands[0].args : [commands[0].name, ...commands[0].args]
  if (words.length === 0) return undefined
  const argv = words.map((a) => JSON.stringify(a)).join(', ')
  // The keyword, flags and CMD as written, on the one line the exec form needs.
  const head = argumentsHead(model, instruction)?.replace(continuationPattern(model.escape), ' ').trimEnd()
  if (head === undefined) return undefined
  return { line: instruction.line, endLine: instruction.endLine, text: `${head} [${argv}]` }
}
