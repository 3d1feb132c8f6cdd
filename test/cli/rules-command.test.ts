import { describe, expect, it } from 'vitest'
import { runRulesCommand } from '../../src/cli/rules-command.js'
import { rules } from '../../src/lint/rules/index.js'

function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = runRulesCommand(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

describe('container-gate rules', () => {
  it('lists every rule as JSON', () => {
    const { code, stdout } = run(['--format', 'json'])
    expect(code).toBe(0)
    const listed = JSON.parse(stdout) as Array<Record<string, unknown>>
    expect(listed.map((r) => r.code)).toEqual(rules.map((r) => r.meta.code))
    expect(listed[0]).toEqual({
      code: 'CG001',
      severity: 'error',
      title: 'The final image runs as root',
      docsUrl: 'https://github.com/container-gate/container-gate/blob/main/docs/rules/CG001.md',
      fixable: false
    })
  })

  it('prints an aligned table by default', () => {
    const lines = run([]).stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(rules.length + 1)
    expect(lines[0]).toMatch(/^CODE\s+SEVERITY\s+TITLE\s+DOCS$/)
    const [severityColumn, titleColumn, docsColumn] = ['SEVERITY', 'TITLE', 'DOCS'].map((heading) => lines[0].indexOf(heading))
    rules.forEach(({ meta }, i) => {
      const line = lines[i + 1]
      expect(line.startsWith(`${meta.code} `), line).toBe(true)
      expect([line.indexOf(meta.severity, meta.code.length), line.indexOf(meta.title, severityColumn), line.indexOf('https://')]).toEqual([severityColumn, titleColumn, docsColumn])
    })
    expect(lines[1]).toMatch(/^CG001 +error +The final image runs as root +https:\/\/github\.com\/container-gate\/container-gate\/blob\/main\/docs\/rules\/CG001\.md$/)
  })

  it('exits 2 on a bad format, argument or option, naming the command once and pointing to its help', () => {
    expect(run(['--format', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^container-gate rules: --format/) })
    expect(run(['extra'])).toEqual({ code: 2, stdout: '', stderr: 'container-gate rules: unexpected argument "extra". Run container-gate rules --help.\n' })
    const unknown = run(['--bogus'])
    expect(unknown).toMatchObject({ code: 2, stdout: '' })
    expect(unknown.stderr).toMatch(/^container-gate rules: Unknown option '--bogus'\..* Run container-gate rules --help\.\n$/)
  })

  it('prints its help, which the errors point to', () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = run([flag])
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
      expect(stdout).toMatch(/^Usage: container-gate rules \[--format tty\|json\]\n/)
    }
  })
})
