import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { formatFindings } from '../../src/lint/output.js'
import type { LintFinding } from '../../src/types.js'

const findings: LintFinding[] = [
  { file: 'app/Dockerfile', line: 1, column: 1, level: 'warning', code: 'DL3007', message: 'Using latest is prone to errors', title: 't', docsUrl: 'u' },
  { file: 'app/Dockerfile', line: 4, column: 1, level: 'error', code: 'CG001', message: "Don't run as <root> & co", title: 't' },
  { file: 'b', line: 2, column: 1, level: 'style', code: 'SC2086', message: 'Double quote' }
]
const plain = { color: false }
const formatted = (...args: Parameters<typeof formatFindings>): string => [...formatFindings(...args)].join('')

describe('formatFindings', () => {
  it('writes tty lines, coloured only when asked', () => {
    expect(formatted(findings, 'tty', plain)).toBe(
      "app/Dockerfile:1 DL3007 warning: Using latest is prone to errors\napp/Dockerfile:4 CG001 error: Don't run as <root> & co\nb:2 SC2086 style: Double quote\n"
    )
    expect(formatted(findings.slice(0, 1), 'tty', { color: true })).toBe('app/Dockerfile:1 DL3007 \u001b[33mwarning\u001b[0m: Using latest is prone to errors\n')
  })

  it('writes one JSON array with hadolint keys only', () => {
    expect(formatted(findings.slice(2), 'json', plain)).toBe('[{"code":"SC2086","column":1,"file":"b","level":"style","line":2,"message":"Double quote"}]\n')
    expect(formatted([], 'json', plain)).toBe('[]\n')
  })

  it('writes the JSON JSON.stringify writes, whatever the paths and messages hold', () => {
    const hostile = ['"quoted" \\ back', 'tab\there\nnew line\u0000\u001f\u007f', 'lone \ud800 and pair \ud83d\ude00', 'ok \u2028 \u2029 é → 漢', '']
    const many: LintFinding[] = hostile.flatMap((text, i) => [{ file: text, line: i + 1, column: 1, level: 'info', code: 'DL3008', message: text }])
    const expected = `${JSON.stringify(many.map(({ code, column, file, level, line, message }) => ({ code, column, file, level, line, message })))}\n`
    expect(formatted(many, 'json', plain)).toBe(expected)
  })

  it('gives a long report in pieces of a few dozen kB, which together are the one text', () => {
    const many: LintFinding[] = Array.from({ length: 3000 }, (_, i) => ({ ...findings[i % 3]!, line: i + 1, message: `message ${i} → ${'x'.repeat(i % 50)}` }))
    const expected = `${JSON.stringify(many.map(({ code, column, file, level, line, message }) => ({ code, column, file, level, line, message })))}\n`
    for (const format of ['json', 'tty', 'gnu', 'codeclimate'] as const) {
      const pieces = [...formatFindings(many, format, plain)]
      expect(pieces.length).toBeGreaterThan(10)
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(20_000)
      const whole = pieces.join('')
      expect(whole.split(format === 'codeclimate' ? '\u0000' : '\n').filter((l) => l !== '')).toHaveLength(format === 'json' ? 1 : 3000)
      if (format === 'json') expect(whole).toBe(expected)
    }
  })

  it('makes each piece when it is asked for, so that one is written before the next is made', () => {
    const many: LintFinding[] = Array.from({ length: 3000 }, (_, i) => ({ ...findings[0]!, line: i + 1 }))
    let read = 0
    const counted = new Proxy(many, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && read++, Reflect.get(target, key, receiver)) })
    const pieces = formatFindings(counted, 'json', plain)
    pieces.next()
    pieces.next()
    expect(read).toBeGreaterThan(0)
    expect(read).toBeLessThan(many.length / 4)
  })

  it('writes gnu lines', () => {
    expect(formatted(findings.slice(1), 'gnu', plain)).toBe("hadolint:app/Dockerfile:4: CG001 error: Don't run as <root> & co\nhadolint:b:2: SC2086 style: Double quote\n")
  })

  it('writes checkstyle XML with a file element per file and hadolint escaping', () => {
    expect(formatted(findings, 'checkstyle', plain)).toBe(
      "<?xml version='1.0' encoding='UTF-8'?><checkstyle version='4.3'>" +
        "<file name='app/Dockerfile' >" +
        "<error line='1' column='1' severity='warning' message='Using latest is prone to errors' source='DL3007' />" +
        "<error line='4' column='1' severity='error' message='Don&#39;t run as &#60;root&#62; &#38; co' source='CG001' />" +
        "</file><file name='b' ><error line='2' column='1' severity='style' message='Double quote' source='SC2086' /></file>" +
        '</checkstyle>'
    )
    expect(formatted([], 'checkstyle', plain)).toBe("<?xml version='1.0' encoding='UTF-8'?><checkstyle version='4.3'></checkstyle>")
  })

  it('writes codeclimate issues each followed by a NUL, with --file-path-in-report', () => {
    expect(formatted(findings.slice(0, 1), 'codeclimate', { color: false, filePathInReport: 'Dockerfile.prod' })).toBe(
      '{"categories":["Bug Risk"],"check_name":"DL3007","description":"Using latest is prone to errors","location":{"lines":{"begin":1,"end":1},"path":"Dockerfile.prod"},"severity":"major","type":"issue"}\u0000'
    )
  })

  it('writes gitlab_codeclimate as one array whose fingerprints hash each issue', () => {
    const issue = '{"categories":["Bug Risk"],"check_name":"SC2086","description":"Double quote","location":{"lines":{"begin":2,"end":2},"path":"b"},"severity":"minor","type":"issue"}'
    const sha = createHash('sha1').update(issue).digest('hex')
    expect(formatted(findings.slice(2), 'gitlab_codeclimate', plain)).toBe(
      `[{"categories":["Bug Risk"],"check_name":"SC2086","description":"Double quote","fingerprint":"${sha}","location":{"lines":{"begin":2,"end":2},"path":"b"},"severity":"minor","type":"issue"}]`
    )
    expect(sha).toMatch(/^[0-9a-f]{40}$/)
  })
})
