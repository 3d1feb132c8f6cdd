// What a history entry's `created_by` says about the instruction that wrote it. The two builders write it differently:
//   BuildKit: `RUN /bin/sh -c apt-get … # buildkit`, `COPY src /dst # buildkit`, `WORKDIR /app`, `ENV A=1`
//   classic:  `/bin/sh -c apt-get …`, `/bin/sh -c #(nop)  ENV A=1`, `/bin/sh -c #(nop) COPY file:<hash> in /dst `

import type { Instruction } from '../lint/model.js'

export interface HistoryStep {
  /** Upper case; RUN for a classic-builder command, which carries no keyword. */
  keyword: string
  /** What follows the keyword. */
  text: string
}

const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN',
  'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'
])
/** The instructions whose history entry can own a layer; every other one only changes the config. */
export const LAYER_KEYWORDS: ReadonlySet<string> = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR'])

export function readCreatedBy(createdBy: string): HistoryStep {
  const text = createdBy.trim().replace(/\s*# buildkit$/, '')
  const nop = /^\/bin\/sh -c #\(nop\)\s*(\S+)\s*(.*)$/s.exec(text)
  if (nop) return { keyword: nop[1]!.toUpperCase(), text: nop[2]! }
  const word = /^(\S+)\s*(.*)$/s.exec(text)
  if (word && KEYWORDS.has(word[1]!)) return { keyword: word[1]!, text: word[2]! }
  // The classic builder writes a RUN as the command alone: `/bin/sh -c …`, `|1 ARG=v /bin/sh -c …`, or an exec form's argv.
  return { keyword: 'RUN', text }
}

/**
 * Whether a history step can be the instruction's. RUN, COPY, ADD and WORKDIR, which may own a layer, must agree in
 * their text as well; for the others the keyword is enough, since they own no layer that could land on a wrong line.
 */
export function stepMatches(step: HistoryStep, instruction: Instruction): boolean {
  if (step.keyword !== instruction.keyword) return false
  switch (instruction.keyword) {
    case 'RUN': {
      // The builder prefixes the shell (`/bin/sh -c`, or the SHELL's) and any build args (`|2 A=1 B=2`).
      const command = collapse(instruction.execForm ? instruction.execForm.join(' ') : instruction.args)
      return command !== '' && collapse(step.text).endsWith(command)
    }
    case 'COPY':
    case 'ADD': {
      const destination = lastArgument(instruction)
      // classic: `file:<hash> in /dst`; BuildKit: the sources (without --from) then the destination.
      const classic = /^(?:file|dir|multi):\S+ in (.*)$/s.exec(step.text.trim())
      const written = classic ? classic[1]!.trim() : step.text.trim().split(/\s+/).at(-1)
      return destination !== undefined && written === destination
    }
    case 'WORKDIR':
      return collapse(step.text) === collapse(instruction.args)
    default:
      return true
  }
}

/** The instruction on one line, as written: keyword, flags, arguments. */
export function instructionText(instruction: Instruction): string {
  const flags = instruction.flags.map((f) => (f.value === undefined ? `--${f.name}` : `--${f.name}=${f.value}`))
  return [instruction.keyword, ...flags, collapse(instruction.args)].filter((part) => part !== '').join(' ')
}

function lastArgument(instruction: Instruction): string | undefined {
  return instruction.execForm ? instruction.execForm.at(-1) : instruction.args.trim().split(/\s+/).at(-1)
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
