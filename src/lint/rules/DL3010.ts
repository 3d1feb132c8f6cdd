import { isProgram, nonFlagArgs } from '../command-args.js'
import { dropQuotes, fromFlag, isArchive } from '../copy-args.js'
import type { Instruction } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { runCommands } from '../run-commands.js'
import type { ShellCommand } from '../shell.js'

const UNPACKERS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat'])

export const DL3010: Rule = {
  meta: {
    code: 'DL3010',
    name: 'UseAddForArchives',
    severity: 'info',
    title: 'Use ADD for extracting archives into an image',
    why: 'Copying an archive and unpacking it in a later RUN keeps the archive in its own layer forever; ADD unpacks a local tar archive in one step and the packed copy never reaches the image.',
    docsUrl: hadolintDocs('DL3010'),
    fixable: false
  },
  check(model) {
    // hadolint forgets everything at each FROM and reports at the end of the file, so only the last stage
    // (or the whole file when it has no FROM) is ever reported.
    const last = model.stages.length - 1
    const copied: Array<{ line: number; name: string }> = []
    const extracted = new Set<number>()
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i]
      if (instruction.stageIndex !== last) continue
      if (instruction.keyword === 'COPY' && fromFlag(instruction) === undefined) {
        copied.push(...archivesOf(instruction).map((name) => ({ line: instruction.line, name })))
      } else if (instruction.keyword === 'RUN' && copied.length > 0) {
        const commands = runCommands(instruction).filter(unpacks)
        for (const archive of copied) {
          if (commands.some((c) => nonFlagArgs(c).map(basename).includes(archive.name))) extracted.add(archive.line)
        }
      }
    }
    return [...extracted].sort((a, b) => a - b).map((line) => ({ line }))
  }
}

/** The archive names a COPY brings in: the target's when the target itself is named like an archive. */
function archivesOf(copy: Instruction): string[] {
  const words = copy.execForm ?? shellWords(copy.args)
  if (words.length < 2) return []
  const target = words.at(-1)!
  if (isArchive(target)) return [basename(target)]
  return [...new Set(words.slice(0, -1).map(basename).filter(isArchive))]
}

function unpacks(command: ShellCommand): boolean {
  if (isProgram(command, 'tar')) return command.args.some((a) => a === '--extract' || a === '--get' || (a.startsWith('-') && a.includes('x')))
  return UNPACKERS.has(command.name)
}

// Both separators, so Windows paths (`C:\app\site.tar.gz`) give their file name too.
function basename(path: string): string {
  const name = dropQuotes(path)
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
}

/** COPY's shell-form words: a quoted path may hold spaces; the quotes stay and are dropped where compared. */
function shellWords(args: string): string[] {
  return args.match(/"[^"]*"|'[^']*'|\S+/g) ?? []
}
