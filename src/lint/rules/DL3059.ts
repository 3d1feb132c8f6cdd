import type { Instruction } from '../model.js'
import { parseMount } from '../mounts.js'
import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { hadolintShellScript } from '../run-commands.js'

export const DL3059: Rule = {
  meta: {
    code: 'DL3059',
    name: 'ConsolidateConsecutiveRuns',
    severity: 'info',
    title: 'Multiple consecutive RUN instructions: consider consolidating them',
    why: 'Each RUN adds a layer; a run of one-command RUNs makes the image larger and the build slower than one RUN that chains them.',
    docsUrl: hadolintDocs('DL3059'),
    fixable: false
  },
  check(model) {
    const hits: RuleHit[] = []
    let previous: RunInSequence | undefined
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i]
      // Comments are not instructions, so they never break a run; any other instruction does.
      if (instruction.keyword !== 'RUN') {
        previous = undefined
        continue
      }
      const current: RunInSequence = { instruction, commands: programsRun(instruction) }
      // A RUN that chains several commands was most likely split off on purpose, and so was the one after it.
      if (previous && previous.commands <= 1 && current.commands <= 1 && flagsOf(previous) === flagsOf(current)) {
        hits.push({ line: instruction.line })
      } else {
        previous = current
      }
    }
    return hits
  }
}

/** How many programs the RUN runs, those in substitutions included (assignments and bare redirections are none). */
function programsRun(run: Instruction): number {
  let programs = 0
  for (const command of hadolintShellScript(run).commands) if (command.name !== '') programs++
  return programs
}

const NO_FLAGS = JSON.stringify([[], []])

/** A RUN in a sequence, with its flags read once however many RUNs after it are compared with it. */
interface RunInSequence {
  instruction: Instruction
  commands: number
  flags?: string
}

function flagsOf(run: RunInSequence): string {
  return (run.flags ??= runFlags(run.instruction))
}

/** The flags that make two RUNs impossible to merge, in a form where the order of mounts and options does not matter. */
function runFlags(instruction: Instruction): string {
  if (instruction.flags.length === 0) return NO_FLAGS
  const mounts = instruction.flags
    .filter((f) => f.name === 'mount')
    .map((f) => Object.entries(parseMount(f.value ?? '').options).map(([k, v]) => `${k}=${v}`).sort().join(','))
    .sort()
  const other = instruction.flags.filter((f) => f.name === 'network' || f.name === 'security').map((f) => `${f.name}=${f.value ?? ''}`).sort()
  return JSON.stringify([mounts, other])
}
