// The ways rules walk a Dockerfile. `onbuild` mirrors hadolint's `onbuild` combinator: the instruction an
// ONBUILD wraps is checked like a top-level one and reported on the ONBUILD's line.
import { memoize } from './memo.js'
import type { DockerfileModel, Instruction } from './model.js'
import { runCommands } from './run-commands.js'
import type { ShellCommand } from './shell.js'

export interface WalkOptions {
  /** Also visit the instructions wrapped by ONBUILD. */
  onbuild?: boolean
}

/** A RUN and the simple commands it runs. */
export interface Run {
  instruction: Instruction
  commands: ShellCommand[]
}

interface Selections {
  /** The instructions of each keyword, in file order: what most questions ask. */
  byKeyword: Map<string, Instruction[]>
  /** The same, ONBUILD's wrapped instructions in place of their ONBUILDs. */
  byKeywordOnbuild: Map<string, Instruction[]>
  /** Answers to the other questions (several keywords, or all). */
  others: Map<string, readonly Instruction[]>
}

// Several rules ask for the same instructions (ten label rules for the LABELs): one walk over the file answers them.
// The walks here run once per file, mostly before V8 optimizes them: indexed loops, with no iterator to allocate.
const selections = memoize((model: DockerfileModel): Selections => {
  const byKeyword = new Map<string, Instruction[]>()
  const { instructions } = model
  let triggers = false
  for (let i = 0; i < instructions.length; i++) {
    const instruction = instructions[i]
    append(byKeyword, instruction.keyword, instruction)
    if (instruction.trigger) triggers = true
  }
  // Most files have no ONBUILD: there both questions have the same answers.
  let byKeywordOnbuild = byKeyword
  if (triggers) {
    byKeywordOnbuild = new Map()
    for (let i = 0; i < instructions.length; i++) {
      const visited = instructions[i].trigger ?? instructions[i]
      append(byKeywordOnbuild, visited.keyword, visited)
    }
  }
  return { byKeyword, byKeywordOnbuild, others: new Map() }
}, 'file')

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const NONE: readonly never[] = []

/** Instructions with one of `keywords` (all when none is given), in file order. */
export function instructionsOf(model: DockerfileModel, keywords: readonly string[] = [], opts: WalkOptions = {}): readonly Instruction[] {
  const known = selections(model)
  if (keywords.length === 1) return (opts.onbuild ? known.byKeywordOnbuild : known.byKeyword).get(keywords[0]) ?? NONE
  const question = `${opts.onbuild ? 'ONBUILD ' : ''}${keywords.join(' ')}`
  let found = known.others.get(question)
  if (!found) {
    const out: Instruction[] = []
    const { instructions } = model
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i]
      const visited = opts.onbuild && instruction.trigger ? instruction.trigger : instruction
      if (keywords.length === 0 || keywords.includes(visited.keyword)) out.push(visited)
    }
    known.others.set(question, (found = out))
  }
  return found
}

// Most rules read the RUNs: the list is made once per file, and each RUN's commands are parsed once. Most files have no
// ONBUILD: there the ONBUILD walk is the top-level one, its list and its index shared rather than copied.
const topLevelRuns = memoize((model: DockerfileModel): readonly Run[] => runsIn(model, {}), 'file')
const allRuns = memoize((model: DockerfileModel): readonly Run[] => (hasTriggers(model) ? runsIn(model, { onbuild: true }) : topLevelRuns(model)), 'file')

function hasTriggers(model: DockerfileModel): boolean {
  const known = selections(model)
  return known.byKeywordOnbuild !== known.byKeyword
}

/** Each RUN with the simple commands it runs, shared by every rule. */
export function runsOf(model: DockerfileModel, opts: WalkOptions = {}): readonly Run[] {
  return opts.onbuild ? allRuns(model) : topLevelRuns(model)
}

function runsIn(model: DockerfileModel, opts: WalkOptions): Run[] {
  return instructionsOf(model, ['RUN'], opts).map((instruction) => ({ instruction, commands: runCommands(instruction, model) }))
}

// The RUNs by the programs they run. Most rules look for one program (apt-get, apk, pip…) that most RUNs never run:
// they read its RUNs alone rather than every command of every RUN.
const topLevelRunsByProgram = memoize((model: DockerfileModel) => byProgram(runsOf(model)), 'file')
const allRunsByProgram = memoize((model: DockerfileModel) => (hasTriggers(model) ? byProgram(allRuns(model)) : topLevelRunsByProgram(model)), 'file')

function byProgram(runs: readonly Run[]): Map<string, Run[]> {
  const index = new Map<string, Run[]>()
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]
    // Each RUN once under each program, however often it runs it.
    for (let c = 0; c < run.commands.length; c++) {
      const { name } = run.commands[c]
      if (index.get(name)?.at(-1) !== run) append(index, name, run)
    }
  }
  return index
}

/**
 * The RUNs (as runsOf gives them, in the same order) with a command whose program is one of `programs`, compared to
 * the letter as hadolint compares them (see isProgram): `/usr/bin/apt-get` is not `apt-get`.
 */
export function runsRunning(model: DockerfileModel, programs: readonly string[], opts: WalkOptions = {}): readonly Run[] {
  const index = opts.onbuild ? allRunsByProgram(model) : topLevelRunsByProgram(model)
  // Most files run one of the programs at most: its RUNs are the answer as they are, with no set to build.
  let first: readonly Run[] | undefined
  let running: Set<Run> | undefined
  for (let p = 0; p < programs.length; p++) {
    const runs = index.get(programs[p])
    if (runs === undefined) continue
    if (first === undefined) first = runs
    else for (let r = 0; r < runs.length; r++) (running ??= new Set(first)).add(runs[r])
  }
  return running === undefined ? (first ?? NONE) : runsOf(model, opts).filter((run) => running.has(run))
}
