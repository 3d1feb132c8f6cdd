// The rule catalogue as users address it: which family a code belongs to, which families a profile runs, and
// which rules a name means (a code, or a BuildKit check name or old spelling that rules carry in `aliases`).

import { editDistance } from './edit-distance.js'
import type { RuleMeta } from './rule.js'

/** `production`: everything we have; `hadolint`: exactly hadolint's rule set, for output identical to hadolint's. */
export type Profile = 'production' | 'hadolint'
export const PROFILES: readonly Profile[] = ['production', 'hadolint']

export type RuleFamily = 'hadolint' | 'shellcheck' | 'container-gate' | 'buildkit'

const families = new Map<string, RuleFamily>()

/** The family follows from the code: BuildKit's checks are the rules whose code is a name, not letters + digits. */
export function ruleFamily(code: string): RuleFamily {
  // Asked for every ShellCheck hit and pragma check: a run sees few codes, each worked out once.
  let family = families.get(code)
  if (family === undefined) {
    family = /^DL\d+$/.test(code) ? 'hadolint' : /^SC\d+$/.test(code) ? 'shellcheck' : /^CG\d+$/.test(code) ? 'container-gate' : 'buildkit'
    families.set(code, family)
  }
  return family
}

const FAMILIES: Record<Profile, readonly RuleFamily[]> = {
  production: ['hadolint', 'shellcheck', 'container-gate', 'buildkit'],
  hadolint: ['hadolint', 'shellcheck']
}

export function inProfile(code: string, profile: Profile): boolean {
  return FAMILIES[profile].includes(ruleFamily(code))
}

/** A code as written in a config or pragma: letters then digits (DL3008, SC2086, CG001). */
export const CODE_SHAPE = /^[A-Z]+[0-9]+$/
/** A BuildKit check name as written: PascalCase (JSONArgsRecommended, StageNameCasing). */
export const CHECK_NAME_SHAPE = /^[A-Z][A-Za-z]+$/

/**
 * Resolves what users write to rule codes: codes stand for themselves (SC codes come from ShellCheck and are
 * not in the catalogue), a BuildKit name for every rule that has it as its code or lists it in `aliases`
 * (MultipleInstructionsDisallowed is DL3012, DL4003 and DL4004). Undefined for a name no rule has; callers decide
 * whether that is an error (config) or harmless (pragmas).
 */
export type CodeResolver = (name: string) => string[] | undefined

export function codeResolver(catalog: readonly RuleMeta[]): CodeResolver {
  // Made when a name first needs it: the engine's resolver is made as the CLI starts, and most files name no rule.
  let byName: Map<string, string[]> | undefined
  return (name) => {
    if (CODE_SHAPE.test(name)) return [name]
    byName ??= codesByName(catalog)
    return byName.get(name)
  }
}

function codesByName(catalog: readonly RuleMeta[]): Map<string, string[]> {
  const byName = new Map<string, string[]>()
  for (const meta of catalog) {
    for (const name of [meta.code, ...(meta.aliases ?? [])]) {
      const codes = byName.get(name)
      if (codes) codes.push(meta.code)
      else byName.set(name, [meta.code])
    }
  }
  return byName
}

/** Names in the catalogue close to `name` (same letters ignoring case, or a few edits away), best first. */
export function closeNames(name: string, catalog: readonly RuleMeta[]): string[] {
  const names = catalog.flatMap((m) => [m.code, ...(m.aliases ?? [])]).filter((n) => !CODE_SHAPE.test(n))
  const scored = names.map((n) => ({ n, d: n.toLowerCase() === name.toLowerCase() ? 0 : editDistance(n.toLowerCase(), name.toLowerCase()) }))
  const limit = Math.max(2, Math.floor(name.length / 4))
  return scored.filter((s) => s.d <= limit).sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1)).slice(0, 3).map((s) => s.n)
}
