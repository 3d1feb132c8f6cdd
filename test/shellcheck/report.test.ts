import { describe, expect, it } from 'vitest'
import { shellcheckComments, uniqueHits } from '../../src/shellcheck/report.js'

const comment = (code: number, level: string, message = `m${code}`) => ({ file: '3', line: 9, endLine: 9, column: 1, endColumn: 2, level, code, message, fix: null })

describe('shellcheckComments', () => {
  it('maps every comment to a hit with its file, level, message and wiki page', () => {
    const json = JSON.stringify({ comments: [comment(2086, 'info', 'Double quote to prevent globbing and word splitting.'), comment(1044, 'error'), comment(2164, 'warning'), comment(2001, 'style')] })
    expect(shellcheckComments(json)).toEqual([
      { file: '3', code: 'SC2086', level: 'info', message: 'Double quote to prevent globbing and word splitting.', docsUrl: 'https://www.shellcheck.net/wiki/SC2086' },
      { file: '3', code: 'SC1044', level: 'error', message: 'm1044', docsUrl: 'https://www.shellcheck.net/wiki/SC1044' },
      { file: '3', code: 'SC2164', level: 'warning', message: 'm2164', docsUrl: 'https://www.shellcheck.net/wiki/SC2164' },
      { file: '3', code: 'SC2001', level: 'style', message: 'm2001', docsUrl: 'https://www.shellcheck.net/wiki/SC2001' }
    ])
  })

  it('treats an unknown level as an error, as hadolint does', () => {
    expect(shellcheckComments(JSON.stringify({ comments: [comment(1, 'fatal')] }))[0].level).toBe('error')
  })

  it('reads no findings from an empty list and rejects what is not json1', () => {
    expect(shellcheckComments('{"comments":[]}')).toEqual([])
    expect(() => shellcheckComments('[]')).toThrow(/comments/)
    expect(() => shellcheckComments('{"comments":[{"code":"x"}]}')).toThrow(/numeric code/)
    expect(() => shellcheckComments('In - line 1:')).toThrow()
  })
})

describe('uniqueHits', () => {
  it('keeps one hit per line, code, level and message', () => {
    const hit = { code: 'SC2086', level: 'info' as const, line: 2, message: 'm' }
    expect(uniqueHits([hit, { ...hit }, { ...hit, line: 3 }, { ...hit, message: 'n' }])).toEqual([hit, { ...hit, line: 3 }, { ...hit, message: 'n' }])
  })
})
