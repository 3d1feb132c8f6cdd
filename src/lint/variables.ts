// ARG and ENV scoping as BuildKit sees it (dockerfile2llb/convert.go), for the rules that ask which variables an
// instruction can use and what they hold: UndefinedVar, UndefinedArgInFrom, InvalidDefaultArgInFrom, CG001.

import { editDistance } from './edit-distance.js'
import { memoize } from './memo.js'
import type { DockerfileModel, Instruction, ParseProblem, Stage } from './model.js'
import { PersistentMap } from './persistent-map.js'
import { ancestry } from './stages.js'

/** The ARGs BuildKit fills in for every FROM without a declaration (and for a stage once it declares them). */
export const PLATFORM_ARGS: ReadonlySet<string> = new Set([
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'BUILDOSVERSION',
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETOSVERSION', 'TARGETSTAGE'
])

/** What is defined at a point of the file: name → value, `undefined` for an ARG declared without a default. */
export type ReadonlyScope = ReadonlyMap<string, string | undefined>
type Scope = PersistentMap<string | undefined>

/**
 * The most characters one expansion yields. BuildKit has no limit, so ARGs that each repeat the previous one
 * three times grow past any string a process can hold from a 2 KB file; beyond this the value is cut and the
 * instruction reported (`expansionOverflows`).
 */
export const MAX_EXPANSION = 65_536

/**
 * The names BuildKit's word lexer expands in `text`, each once, in order of first use: `$NAME` and `${NAME…}`
 * with any modifier (`${A:-$B}` uses both). Nothing inside single quotes and no `$` after the escape character.
 */
export function variableUses(text: string, escape: string): string[] {
  const names: string[] = []
  const plain = plainRun(escape)
  let quote: '"' | undefined
  let i = 0
  // From one character that matters (a quote, `$`, the escape character) to the next, by a match: this runs over the
  // text of every instruction that mentions a variable, at V8's baseline tier, where each comparison is a call.
  while (i < text.length) {
    plain.lastIndex = i
    if (plain.test(text)) i = plain.lastIndex
    const c = text[i]
    if (c === escape) {
      i += 2
    } else if (c === "'" && quote === undefined) {
      const end = text.indexOf("'", i + 1)
      if (end === -1) break
      i = end + 1
    } else if (c === '"') {
      quote = quote === '"' ? undefined : '"'
      i++
    } else if (c === '$') {
      NAME_AFTER_DOLLAR.lastIndex = i + 1
      const name = NAME_AFTER_DOLLAR.exec(text)
      if (name && !names.includes(name[1]!)) names.push(name[1]!)
      i = name ? NAME_AFTER_DOLLAR.lastIndex : i + 1
    } else {
      i++
    }
  }
  return names
}

// What variableUses passes over in one match: all but quotes, `$` and the escape character (`\\` or a backtick).
const PLAIN_RUNS = new Map<string, RegExp>()
function plainRun(escape: string): RegExp {
  let run = PLAIN_RUNS.get(escape)
  if (run === undefined) PLAIN_RUNS.set(escape, (run = new RegExp(`[^'"$${escape.replace(/[\\\]^-]/g, '\\$&')}]+`, 'y')))
  return run
}
const NAME_AFTER_DOLLAR = /\{?([A-Za-z_][A-Za-z0-9_]*)/y

/**
 * Expands `text` the way BuildKit does when no build argument is passed: unset names become empty, and the
 * `-`, `:-`, `+` and `:+` modifiers apply. Other modifiers (patterns) expand to the plain value. The result is cut
 * at MAX_EXPANSION characters.
 */
export function expandDefaults(text: string, values: ReadonlyMap<string, string | undefined>): string {
  return expandBounded(text, values).text
}

/** `expandDefaults`, saying whether the result was cut at MAX_EXPANSION characters. */
function expandBounded(text: string, values: ReadonlyMap<string, string | undefined>): { text: string; overflow: boolean } {
  // Most values name no variable: nothing to expand.
  if (!text.includes('$')) return text.length > MAX_EXPANSION ? { text: text.slice(0, MAX_EXPANSION), overflow: true } : { text, overflow: false }
  let length = 0
  let overflow = false
  const expanded = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])([^}]*)|[^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_whole, braced?: string, colon?: string, op?: string, word?: string, bare?: string) => {
    // Once past the limit nothing more is built: the literal text around the references is bounded by the file.
    if (overflow) return ''
    const value = values.get(braced ?? bare ?? '')
    const set = value !== undefined && (colon !== ':' || value !== '')
    const replacement = op === '-' ? (set ? value : (word ?? '')) : op === '+' ? (set ? (word ?? '') : '') : (value ?? '')
    length += replacement.length
    overflow = length > MAX_EXPANSION
    return replacement
  })
  return overflow || expanded.length > MAX_EXPANSION ? { text: expanded.slice(0, MAX_EXPANSION), overflow: true } : { text: expanded, overflow: false }
}

/** The ARGs declared before the first FROM, in order, with their defaults expanded against the earlier ones. */
export const globalArgs = (model: DockerfileModel): ReadonlyScope => globalRun(model).end.scope

/**
 * Each instruction of the stage with what is defined just before it; the stage starts from what its FROM inherits.
 * `base`: the ENV of the external image the stage's chain builds on, when its config is at hand; BuildKit defines it first.
 */
export function scopedInstructions(model: DockerfileModel, stage: Stage, base?: Readonly<Record<string, string>>): ReadonlyArray<{ instruction: Instruction; scope: ReadonlyScope }> {
  return base ? seededRun(model, stage, base).scoped : stageRuns(model)[stage.index].scoped
}

/** The stage's run started from the base image's ENV: its chain of `FROM <stage>` is run again from its root. */
function seededRun(model: DockerfileModel, stage: Stage, base: Readonly<Record<string, string>>): Run {
  const globals = globalArgs(model)
  let seed: State = EMPTY
  for (const [name, value] of Object.entries(base)) seed = { scope: seed.scope.set(name, value), envs: seed.envs.set(name, true) }
  let last: Run | undefined
  for (const s of ancestry(model, stage).reverse()) last = run(s.instructions, last?.end ?? seed, globals)
  return last!
}

/**
 * The first ARG or ENV whose value was cut at MAX_EXPANSION characters (later ones only repeat it). Rules would
 * reason about a value that is not the one BuildKit builds, so the file is reported like one that does not parse.
 */
export const expansionOverflows = memoize((model: DockerfileModel): ParseProblem[] => {
  const lines = [globalRun(model), ...stageRuns(model)].flatMap((r) => r.overflows)
  if (lines.length === 0) return []
  return [{ line: lines.reduce((a, b) => Math.min(a, b)), message: `A variable on this line expands to more than ${MAX_EXPANSION} characters (each variable repeats earlier ones): Container Gate does not lint such a file; shorten the chain of variables` }]
}, 'file')

interface State {
  scope: Scope
  /** The names an ENV set: a later ARG of the same name does not override them. */
  envs: PersistentMap<true>
}

interface Run {
  scoped: Array<{ instruction: Instruction; scope: ReadonlyScope }>
  end: State
  overflows: number[]
}

const EMPTY: State = { scope: PersistentMap.empty(), envs: PersistentMap.empty() }

const globalRun = memoize((model: DockerfileModel): Run =>
  run(model.instructions.filter((i) => i.stageIndex === -1 && i.keyword === 'ARG'), EMPTY, EMPTY.scope),
  'file'
)

// Every stage once, in file order: ENV and ARG carry over through `FROM <stage>`, and a stage's parent comes
// before it, so each stage starts from its parent's end rather than replaying the chain from its root.
const stageRuns = memoize((model: DockerfileModel): Run[] => {
  const globals = globalArgs(model)
  const runs: Run[] = []
  for (const stage of model.stages) runs.push(run(stage.instructions, stage.parent === undefined ? EMPTY : runs[stage.parent].end, globals))
  return runs
}, 'file')

function run(instructions: readonly Instruction[], start: State, globals: ReadonlyScope): Run {
  let { scope, envs } = start
  const scoped: Run['scoped'] = []
  const overflows: number[] = []
  // An indexed loop over the instructions: this runs for every stage of every file, much of it before the JIT has
  // compiled it, and there each step of a for-of allocates.
  for (let n = 0; n < instructions.length; n++) {
    const instruction = instructions[n]
    scoped.push({ instruction, scope })
    if (instruction.properties.length === 0) continue
    if (instruction.keyword === 'ARG') {
      // Each default sees the ARGs declared before it in the same instruction. An ARG without a default takes the
      // global ARG's; an ENV of the same name keeps winning, as it does in BuildKit.
      for (const p of instruction.properties) {
        if (envs.has(p.key)) continue
        const value = p.value === undefined ? { text: globals.get(p.key), overflow: false } : expandBounded(p.value, scope)
        if (value.overflow) overflows.push(instruction.line)
        scope = scope.set(p.key, value.text)
      }
    }
    if (instruction.keyword === 'ENV') {
      // Every value of one ENV is expanded against what was defined before it.
      const before = scope
      for (const p of instruction.properties) {
        const value = expandBounded(p.value ?? '', before)
        if (value.overflow) overflows.push(instruction.line)
        scope = scope.set(p.key, value.text)
        envs = envs.set(p.key, true)
      }
    }
  }
  return { scoped, end: { scope, envs }, overflows }
}

/**
 * BuildKit's "did you mean": the candidate closest to `name` by edit distance, if it is closer than 3 edits.
 * The first of equally close candidates wins.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of candidates) {
    if (candidate === name) return undefined
    // The distance is at least the difference in length: no need to work it out when that is already too far.
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue
    const distance = editDistance(name, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
