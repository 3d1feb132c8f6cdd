import { describe, expect, it } from 'vitest'
import { closeNames, codeResolver, inProfile, ruleFamily } from '../../src/lint/profiles.js'
import type { RuleMeta } from '../../src/lint/rule.js'

const meta = (code: string, aliases?: string[]): RuleMeta => ({ code, name: `Rule${code}`, severity: 'warning', title: code, why: '', docsUrl: '', fixable: false, aliases })
const catalog = [
  meta('DL3012', ['MultipleInstructionsDisallowed']), meta('DL3025', ['JSONArgsRecommended']), meta('DL4003', ['MultipleInstructionsDisallowed']),
  meta('StageNameCasing'), meta('ConsistentInstructionCasing', ['FileConsistentCommandCasing']), meta('FromAsCasing')
]

describe('ruleFamily and inProfile', () => {
  it('derives the family from the code', () => {
    expect(['DL3008', 'SC2086', 'CG001', 'StageNameCasing'].map(ruleFamily)).toEqual(['hadolint', 'shellcheck', 'container-gate', 'buildkit'])
  })

  it('runs every family in production and only hadolint and ShellCheck in the hadolint profile', () => {
    const codes = ['DL3008', 'SC2086', 'CG001', 'StageNameCasing']
    expect(codes.filter((c) => inProfile(c, 'production'))).toEqual(codes)
    expect(codes.filter((c) => inProfile(c, 'hadolint'))).toEqual(['DL3008', 'SC2086'])
  })
})

describe('codeResolver and closeNames', () => {
  it('resolves codes, BuildKit names, aliases and old spellings; undefined for unknown names', () => {
    const resolve = codeResolver(catalog)
    expect(['DL3008', 'SC1000', 'JSONArgsRecommended', 'StageNameCasing', 'FileConsistentCommandCasing', 'MultipleInstructionsDisallowed', 'StageNameCase'].map(resolve)).toEqual([
      ['DL3008'], ['SC1000'], ['DL3025'], ['StageNameCasing'], ['ConsistentInstructionCasing'], ['DL3012', 'DL4003'], undefined
    ])
  })

  it('suggests close BuildKit names, best first, and none for a far-off name', () => {
    expect(closeNames('StageNameCaseing', catalog)).toEqual(['StageNameCasing'])
    expect(closeNames('jsonargsrecommended', catalog)).toEqual(['JSONArgsRecommended'])
    expect(closeNames('Nothing', catalog)).toEqual([])
  })
})
