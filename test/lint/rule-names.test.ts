// SARIF shows a rule by its name beside its id (code scanning's rule list, the validator's SARIF1001): each rule needs
// a readable name of its own, never its code or another rule's code or alias.
import { describe, expect, it } from 'vitest'
import { rules } from '../../src/lint/rules/index.js'

const PASCAL_CASE = /^(?:[A-Z][a-z0-9]+)+$/

describe('rule names', () => {
  it.each(rules.map((r) => [r.meta.code, r.meta.name]))('%s has a PascalCase name: %s', (_code, name) => {
    expect(name).toMatch(PASCAL_CASE)
  })

  it('are distinct, and none is a code or an alias', () => {
    const names = rules.map((r) => r.meta.name)
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([])
    const identifiers = new Set(rules.flatMap((r) => [r.meta.code, ...(r.meta.aliases ?? [])]))
    expect(names.filter((name) => identifiers.has(name))).toEqual([])
  })

  it('rejects what a bad name looks like', () => {
    expect(['DL3008', 'pinVersions', 'Pin_Versions', 'PIN', 'Pin versions', '']).not.toContainEqual(expect.stringMatching(PASCAL_CASE))
  })
})
