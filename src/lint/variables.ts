// ARG and ENV scoping as BuildKit sees it (dockerfile2llb/convert.go), for the rules that ask which variables an
// instruction can use and what they hold: UndefinedVar, UndefinedArgInFrom, InvalidDefaultArgInFrom, CG001.

import { editDistance } from './edit-distance.js'
import { memoize } from './memo.js'
import type { DockerfileModel, Instruction, Stage } from './model.js'
import { ancestry } from './stages.js'

/** The ARGs BuildKit fills in for every FROM without a declaration (and for a stage once it declares them). */
export const PLATFORM_ARGS: ReadonlySet<string> = new Set([
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'BUILDOSVERSION',
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETOSVERSION', 'TARGETSTAGE'
])

/** What is defined at a point of the file: name → value, `undefined` for an ARG declared without a default. */
export type Scope = Map<string, string | undefined>
export type ReadonlyScope = ReadonlyMap<string, string | undefined>

/**
 * The names BuildKit's word lexer expands in `text`, each once, in order of first use: `$NAME` and `${NAME…}`
 * with any modifier (`${A:-$B}` uses both). Nothing inside single quotes and no `$` after the escape character.
 */
export function variableUses(text: string, escape: string): string[] {
  const names: string[] = []
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote === "'") {
      if (c === "'") quote = undefined
    } else if (c === escape) {
      i++
    } else if (c === "'" && quote === undefined) {
      quote = c
    } else if (c === '"') {
      quote = quote === '"' ? undefined : '"'
    } else if (c === '$') {
      const name = /^\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i + 1))
      if (name) {
        if (!names.includes(name[1])) names.push(name[1])
        i += name[0].length
      }
    }
  }
  return names
}

/**
 * Expands `text` the way BuildKit does when no build argument is passed: unset names become empty, and the
 * `-`, `:-`, `+` and `:+` modifiers apply. Other modifiers (patterns) expand to the plain value.
 */
export function expandDefaults(text: string, values: ReadonlyMap<string, string | undefined>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])([^}]*)|[^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_whole, braced?: string, colon?: string, op?: string, word?: string, bare?: string) => {
    const value = values.get(braced ?? bare ?? '')
    const set = value !== undefined && (colon !== ':' || value !== '')
    if (op === '-') return set ? value : (word ?? '')
    if (op === '+') return set ? (word ?? '') : ''
    return value ?? ''
  })
}

/** The ARGs declared before the first FROM, in order, with their defaults expanded against the earlier ones. */
export const globalArgs = memoize((model: DockerfileModel): ReadonlyScope => {
  const scope: Scope = new Map()
  for (const instruction of model.instructions) {
    if (instruction.stageIndex !== -1) break
    if (instruction.keyword === 'ARG') declareArgs(scope, instruction, new Map(), new Set())
  }
  return scope
})

/**
 * Each instruction of the stage with what is defined just before it; the stage starts from what its FROM inherits.
 * `base`: the ENV of the external image the stage builds on, when its config is at hand; BuildKit defines it first.
 */
export function scopedInstructions(model: DockerfileModel, stage: Stage, base?: Readonly<Record<string, string>>): ReadonlyArray<{ instruction: Instruction; scope: ReadonlyScope }> {
  return base ? stageScopes(model, stage, base) : scopesOf(model)(stage)
}

// Per model, then per stage: a stage belongs to one model, and several rules read the same stage's scopes.
const scopesOf = memoize((model: DockerfileModel) => memoize((stage: Stage) => stageScopes(model, stage)))

function stageScopes(model: DockerfileModel, stage: Stage, base: Readonly<Record<string, string>> = {}): Array<{ instruction: Instruction; scope: ReadonlyScope }> {
  const globals = globalArgs(model)
  // Instructions share the scope object until an ARG or ENV changes it: a copy per instruction was quadratic.
  let scope: Scope = new Map(Object.entries(base))
  const envs = new Set<string>(Object.keys(base))
  const out: Array<{ instruction: Instruction; scope: ReadonlyScope }> = []
  // ENV and ARG carry over through `FROM <stage>`, so the chain is replayed from its root.
  for (const ancestor of ancestry(model, stage).reverse()) {
    for (const instruction of ancestor.instructions) {
      if (ancestor === stage) out.push({ instruction, scope })
      if (instruction.keyword === 'ARG') {
        scope = new Map(scope)
        declareArgs(scope, instruction, globals, envs)
      }
      if (instruction.keyword === 'ENV') {
        const before = scope
        scope = new Map(scope)
        for (const p of instruction.properties) {
          scope.set(p.key, expandDefaults(p.value ?? '', before))
          envs.add(p.key)
        }
      }
    }
  }
  return out
}

/**
 * Applies an ARG: a default is expanded against what is defined so far; an ARG without one takes the global
 * ARG's default when there is one. An ENV of the same name keeps winning, as it does in BuildKit.
 */
function declareArgs(scope: Scope, instruction: Instruction, globals: ReadonlyScope, envs: ReadonlySet<string>): void {
  for (const p of instruction.properties) {
    if (envs.has(p.key)) continue
    scope.set(p.key, p.value !== undefined ? expandDefaults(p.value, scope) : globals.get(p.key))
  }
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
    const distance = editDistance(name, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
