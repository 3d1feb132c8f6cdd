// Every registered rule is documented and tested, and nothing documents a rule that does not exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runRulesCommand } from '../../src/cli/rules-command.js'
import { rules } from '../../src/lint/rules/index.js'

const root = new URL('../../', import.meta.url)
const codes = rules.map((r) => r.meta.code)

describe('rule docs and tests', () => {
  it.each(codes)('%s has a doc page whose first heading names it, and a test file', (code) => {
    const doc = new URL(`docs/rules/${code}.md`, root)
    expect(existsSync(doc), `docs/rules/${code}.md`).toBe(true)
    const heading = readFileSync(doc, 'utf8').split('\n').find((line) => line.startsWith('#'))
    expect(heading).toMatch(new RegExp(`^# ${code}\\b`))
    expect(existsSync(new URL(`test/lint/rules/${code}.test.ts`, root)), `test/lint/rules/${code}.test.ts`).toBe(true)
  })

  it('has no doc page for a rule that is not registered', () => {
    const pages = readdirSync(new URL('docs/rules/', root)).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3))
    expect(pages.filter((page) => !codes.includes(page))).toEqual([])
  })

  it('lists exactly the registry in container-gate rules --format json', () => {
    let stdout = ''
    expect(runRulesCommand(['--format', 'json'], { stdout: (s) => (stdout += s), stderr: () => undefined })).toBe(0)
    expect((JSON.parse(stdout) as Array<{ code: string }>).map((r) => r.code)).toEqual(codes)
  })
})
