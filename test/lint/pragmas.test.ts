import { describe, expect, it } from 'vitest'
import { isIgnored, readPragmas } from '../../src/lint/pragmas.js'

describe('readPragmas', () => {
  it('ignores codes on the line after an ignore comment only', () => {
    const pragmas = readPragmas([{ line: 3, text: 'hadolint ignore=DL3008,CG001' }])
    expect(isIgnored(pragmas, 'DL3008', 4)).toBe(true)
    expect(isIgnored(pragmas, 'CG001', 4)).toBe(true)
    expect(isIgnored(pragmas, 'DL3008', 5)).toBe(false)
    expect(isIgnored(pragmas, 'DL3007', 4)).toBe(false)
  })

  it('accepts spaces around = and , and a trailing # reason', () => {
    const pragmas = readPragmas([{ line: 1, text: 'hadolint ignore = DL3008 , SC2086 # pinned by the base image' }])
    expect([...pragmas.byLine.get(2)!]).toEqual(['DL3008', 'SC2086'])
  })

  it('applies global ignores to the whole file', () => {
    const pragmas = readPragmas([{ line: 9, text: 'hadolint global ignore=CG002' }])
    expect(isIgnored(pragmas, 'CG002', 1)).toBe(true)
    expect(pragmas.byLine.size).toBe(0)
  })

  it('voids a pragma with a malformed code, as hadolint does', () => {
    expect(readPragmas([{ line: 1, text: 'hadolint ignore=DL3008,crazy' }]).byLine.size).toBe(0)
    expect(readPragmas([{ line: 1, text: 'hadolint ignore=DL3008 because reasons' }]).byLine.size).toBe(0)
  })

  it('ignores comments that are not pragmas', () => {
    expect(readPragmas([{ line: 1, text: 'ignore=DL3008' }, { line: 2, text: 'hadolint shell=powershell' }])).toEqual({ global: new Set(), byLine: new Map() })
  })
})
