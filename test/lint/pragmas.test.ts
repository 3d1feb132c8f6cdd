import { describe, expect, it } from 'vitest'
import { parseDockerfile } from '../../src/lint/parse.js'
import { isIgnored, parseIgnorePragma, pragmaShell, readPragmas } from '../../src/lint/pragmas.js'
import { codeResolver } from '../../src/lint/profiles.js'
import type { RuleMeta } from '../../src/lint/rule.js'

const meta = (code: string, aliases?: string[]): RuleMeta => ({ code, name: `Rule${code}`, severity: 'warning', title: code, why: '', docsUrl: '', fixable: false, aliases })
const resolve = codeResolver([meta('DL3025', ['JSONArgsRecommended']), meta('StageNameCasing'), meta('ConsistentInstructionCasing', ['FileConsistentCommandCasing'])])
const pragmasOf = (lines: string[], disableIgnorePragma = false) => readPragmas(parseDockerfile(lines.join('\n')), resolve, { disableIgnorePragma })

describe('parseIgnorePragma', () => {
  it('reads the three scopes, spaces around = and , and a trailing # reason', () => {
    expect(parseIgnorePragma('hadolint ignore = DL3008 , SC2086 # pinned by the base image')).toEqual({ scope: 'inline', codes: ['DL3008', 'SC2086'] })
    expect(parseIgnorePragma('hadolint global ignore=CG002')).toEqual({ scope: 'global', codes: ['CG002'] })
    expect(parseIgnorePragma('hadolint stage ignore=JSONArgsRecommended')).toEqual({ scope: 'stage', codes: ['JSONArgsRecommended'] })
  })

  it('voids a pragma with one malformed code, or a reason without its #, as hadolint does', () => {
    expect(parseIgnorePragma('hadolint ignore=DL3008,crazy')).toBeUndefined()
    expect(parseIgnorePragma('hadolint ignore=DL3008 because reasons')).toBeUndefined()
    expect(parseIgnorePragma('hadolint ignore=')).toBeUndefined()
    expect(parseIgnorePragma('ignore=DL3008')).toBeUndefined()
    expect(parseIgnorePragma('hadolint shell=powershell')).toBeUndefined()
  })
})

describe('readPragmas', () => {
  it('ignores codes on the next line only; a blank line or another comment in between voids it', () => {
    const p = pragmasOf(['FROM a:1', '# hadolint ignore=DL3008,CG001', 'RUN x', '# hadolint ignore=DL3009', '', 'RUN y', '# hadolint ignore=DL3010', '# other', 'RUN z'])
    expect(isIgnored(p, 'DL3008', 3)).toBe(true)
    expect(isIgnored(p, 'CG001', 3)).toBe(true)
    expect(isIgnored(p, 'DL3008', 1)).toBe(false)
    expect(isIgnored(p, 'DL3007', 3)).toBe(false)
    expect(isIgnored(p, 'DL3009', 6)).toBe(false)
    expect(isIgnored(p, 'DL3010', 9)).toBe(false)
  })

  it('applies a global ignore anywhere in the file to the whole file', () => {
    const p = pragmasOf(['FROM a:1', 'RUN x', '# hadolint global ignore=CG002'])
    expect(isIgnored(p, 'CG002', 1)).toBe(true)
    expect(isIgnored(p, 'CG002', 2)).toBe(true)
  })

  it('applies a stage ignore above a FROM to that stage after the FROM, up to the next FROM', () => {
    const p = pragmasOf(['FROM a:1 AS build', 'RUN a', '# hadolint stage ignore=DL3008', 'FROM b:1', 'RUN b', 'RUN c', 'FROM c:1', 'RUN d'])
    expect([1, 2, 4, 5, 6, 7, 8].map((line) => isIgnored(p, 'DL3008', line))).toEqual([false, false, false, true, true, false, false])
    const last = pragmasOf(['FROM a:1', '# hadolint stage ignore=DL3008', 'FROM b:1', 'RUN b'])
    expect([3, 4].map((line) => isIgnored(last, 'DL3008', line))).toEqual([false, true])
    const detached = pragmasOf(['# hadolint stage ignore=DL3008', '', 'FROM b:1', 'RUN b'])
    expect(isIgnored(detached, 'DL3008', 4)).toBe(false)
  })

  it('maps BuildKit names in hadolint pragmas to our codes', () => {
    const p = pragmasOf(['FROM a:1', '# hadolint ignore=JSONArgsRecommended', 'CMD run'])
    expect(isIgnored(p, 'DL3025', 3)).toBe(true)
  })

  it('skips checks file-wide from the check directive in the leading directive block', () => {
    const p = pragmasOf(['# syntax=docker/dockerfile:1', '# check=skip=JSONArgsRecommended,DL3008,FileConsistentCommandCasing;error=true', 'FROM a:1', 'CMD run'])
    expect(isIgnored(p, 'DL3025', 4)).toBe(true)
    expect(isIgnored(p, 'DL3008', 9)).toBe(true)
    expect(isIgnored(p, 'ConsistentInstructionCasing', 3)).toBe(true)
    expect(p.check.error).toBe(true)
  })

  it('reads no directive after the leading block, and none that BuildKit would reject', () => {
    // Later on, a check comment is the per-instruction form: it covers the next instruction, not the file.
    const later = pragmasOf(['FROM a:1', '', '# check=skip=DL3008', '', 'RUN x', 'RUN y'])
    expect([1, 5, 6].map((line) => isIgnored(later, 'DL3008', line))).toEqual([false, true, false])
    const afterComment = pragmasOf(['# hello', '# check=skip=DL3008', 'FROM a:1', 'RUN x'])
    expect([3, 4].map((line) => isIgnored(afterComment, 'DL3008', line))).toEqual([true, false])
    expect(isIgnored(pragmasOf(['# check=skip=DL3008;colour=red', 'FROM a:1']), 'DL3008', 2)).toBe(false)
    // The value ends at its first space: only the first name counts.
    const spaced = pragmasOf(['# check=skip=DL3008, DL3009', 'FROM a:1'])
    expect([isIgnored(spaced, 'DL3008', 2), isIgnored(spaced, 'DL3009', 2)]).toEqual([true, false])
  })

  it('skip=all silences BuildKit checks only, and not the experimental ones it switches on', () => {
    const p = pragmasOf(['# check=skip=all;experimental=InvalidDefinitionDescription', 'FROM a:1'])
    expect(isIgnored(p, 'StageNameCasing', 2)).toBe(true)
    expect(isIgnored(p, 'InvalidDefinitionDescription', 2)).toBe(false)
    expect(isIgnored(p, 'DL3007', 2)).toBe(false)
    expect(isIgnored(p, 'CG001', 2)).toBe(false)
  })

  it('skips checks for one instruction with a check comment above it, blank lines allowed', () => {
    const p = pragmasOf(['FROM a:1', '# check=skip=JSONArgsRecommended reason: legacy', '', 'CMD run', 'CMD again', '# check=skip=ConsistentInstructionCasing,StageNameCasing', 'FROM b AS Build'])
    expect(isIgnored(p, 'DL3025', 4)).toBe(true)
    expect(isIgnored(p, 'DL3025', 5)).toBe(false)
    expect(isIgnored(p, 'StageNameCasing', 7)).toBe(true)
    // A whole-file check is not silenced by the per-instruction form, as in BuildKit.
    expect(isIgnored(p, 'ConsistentInstructionCasing', 7)).toBe(false)
  })

  it('with disable-ignore-pragma, no comment silences anything', () => {
    const p = pragmasOf(['# check=skip=DL3007', '# hadolint global ignore=CG002', 'FROM a:1', '# hadolint ignore=DL3008', 'RUN x', '# hadolint stage ignore=DL3009', 'FROM b', 'RUN y'], true)
    expect([isIgnored(p, 'DL3007', 3), isIgnored(p, 'CG002', 3), isIgnored(p, 'DL3008', 5), isIgnored(p, 'DL3009', 8)]).toEqual([false, false, false, false])
  })
})

describe('pragmaShell', () => {
  it('gives a pragma before the first FROM to every stage, one inside a stage to the rest of that stage', () => {
    const p = pragmasOf(['# hadolint shell=bash', 'FROM a:1', 'RUN a', '# hadolint shell=pwsh # Windows', 'RUN b', 'FROM b:1', 'RUN c'])
    expect([3, 5, 7].map((line) => pragmaShell(p, line))).toEqual(['bash', 'pwsh', 'bash'])
    expect(pragmaShell(pragmasOf(['FROM a:1', 'RUN a']), 2)).toBeUndefined()
    // Directly above a later FROM it is inside the previous stage, which ends there (as in hadolint).
    const above = pragmasOf(['FROM a:1', '# hadolint shell=zsh', 'FROM b:1', 'RUN a'])
    expect(pragmaShell(above, 4)).toBeUndefined()
  })
})
