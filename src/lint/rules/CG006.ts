import type { Instruction } from '../model.js'
import { containerGateDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { runCommands } from '../run-commands.js'
import { programName } from '../shell.js'
import { finalStage } from '../stages.js'

export const CG006: Rule = {
  meta: {
    code: 'CG006',
    severity: 'warning',
    title: 'Logs are written to files inside the container',
    why: 'Log files fill the container layer, vanish with the container and never reach `docker logs` or the cluster log collector. Write to stdout and stderr instead.',
    docsUrl: containerGateDocs('CG006'),
    fixable: false
  },
  check(model) {
    const stage = finalStage(model)
    if (!stage) return []
    const hits: RuleHit[] = []
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') {
        const path = loggedPath(instruction)
        if (path) hits.push({ line: instruction.line, message: `${instruction.keyword} writes output to ${path}: log to stdout/stderr instead` })
      } else if (instruction.keyword === 'ENV') {
        const variable = instruction.properties.find((p) => /log/i.test(p.key) && isLogFile(p.value ?? ''))
        if (variable) hits.push({ line: instruction.line, message: `ENV ${variable.key} points logs at ${variable.value}: use /dev/stdout or /dev/stderr instead` })
      }
    }
    return hits
  }
}

function loggedPath(instruction: Instruction): string | undefined {
  for (const command of runCommands(instruction)) {
    // `2>&1` has target `1`, which is no log file, so descriptor duplication needs no special case.
    const redirect = command.redirects.find((r) => r.op.includes('>') && isLogFile(r.target))
    if (redirect) return redirect.target
    const teed = programName(command.name) === 'tee' ? command.args.find(isLogFile) : undefined
    if (teed) return teed
  }
  return undefined
}

function isLogFile(path: string): boolean {
  return path === '/var/log' || path.startsWith('/var/log/') || path.endsWith('.log')
}
