import { describe, expect, it } from 'vitest'
import { shellcheckHits, uniqueHits } from '../../src/shellcheck/report.js'

const comment = (code: number, level: string, message = `m${code}`) => ({ file: '-', line: 9, endLine: 9, column: 1, endColumn: 2, level, code, message, fix: null })

describe('shellcheckHits', () => {
  it('maps every comment to a hit on the RUN line, with its level, message and wiki page', () => {
    const json = JSON.stringify({ comments: [comment(2086, 'info', 'Double quote to prevent globbing and word splitting.'), comment(1044, 'error'), comment(2164, 'warning'), comment(2001, 'style')] })
    expect(shellcheckHits(json, 4)).toEqual([
      { code: 'SC2086', level: 'info', line: 4, message: 'Double quote to prevent globbing and word splitting.', docsUrl: 'https://www.shellcheck.net/wiki/SC2086' },
      { code: 'SC1044', level: 'error', line: 4, message: 'm1044', docsUrl: 'https://www.shellcheck.net/wiki/SC1044' },
      { code: 'SC2164', level: 'warning', line: 4, message: 'm2164', docsUrl: 'https://www.shellcheck.net/wiki/SC2164' },
      { code: 'SC2001', level: 'style', line: 4, message: 'm2001', docsUrl: 'https://www.shellcheck.net/wiki/SC2001' }
    ])
  })

  it('treats an unknown level as an error, as hadolint does', () => {
    expect(shellcheckHits(JSON.stringify({ comments: [comment(1, 'fatal')] }), 1)[0].level).toBe('error')
  })

  it('reads no findings from an empty list and rejects what is not json1', () => {
    expect(shellcheckHits('{"comments":[]}', 1)).toEqual([])
    expect(() => shellcheckHits('[]', 1)).toThrow(/comments/)
    expect(() => shellcheckHits('{"comments":[{"code":"x"}]}', 1)).toThrow(/numeric code/)
    expect(() => shellcheckHits('In - line 1:', 1)).toThrow()
  })
})

describe('uniqueHits', () => {
  it('keeps one hit per line, code, level and message', () => {
    const hit = { code: 'SC2086', level: 'info' as const, line: 2, message: 'm' }
    expect(uniqueHits([hit, { ...hit }, { ...hit, line: 3 }, { ...hit, message: 'n' }])).toEqual([hit, { ...hit, line: 3 }, { ...hit, message: 'n' }])
  })
})
