import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runsRunning } from '../walk.js'

// hadolint's list; its message also names ifconfig, which it does not check.
const POINTLESS = ['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']

export const DL3001: Rule = {
  meta: {
    code: 'DL3001',
    name: 'AvoidMeaninglessCommands',
    severity: 'info',
    title: 'Command makes no sense inside a container build',
    why: 'Interactive tools, service managers and process commands act on a throwaway build container, not on the running one; the step does nothing useful or hides a design that belongs elsewhere.',
    docsUrl: hadolintDocs('DL3001'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, POINTLESS, { onbuild: true }).flatMap(({ instruction, commands }) => {
      const found = [...new Set(commands.filter((c) => POINTLESS.includes(c.name)).map((c) => c.name))]
      return found.length === 0 ? [] : [{ line: instruction.line, message: `${found.join(', ')} makes no sense in a RUN: the build container is thrown away after the step` }]
    })
  }
}
