// README.md's generated tables match action.yml and the rule registry: regenerate them with
// `node scripts/readme-tables.mjs` when this fails.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runRulesCommand } from '../../src/cli/rules-command.js'

interface RuleRow {
  code: string
  severity: string
  title: string
}
interface ReadmeTables {
  generateTables(sources: { actionYml: string; rules: RuleRow[] }): Record<string, string>
  applyTables(readme: string, tables: Record<string, string>): string
  cell(text: string): string
}

const root = new URL('../../', import.meta.url)
// Through a URL so TypeScript does not look for declarations of the plain-JavaScript script; the interface above
// is the part of it this test relies on.
const generator = (await import(new URL('scripts/readme-tables.mjs', root).href)) as ReadmeTables

/** The JSON `container-gate rules --format json` prints, which is what the script reads from dist/cli.cjs. */
function rulesJson(): RuleRow[] {
  let stdout = ''
  expect(runRulesCommand(['--format', 'json'], { stdout: (s) => (stdout += s), stderr: () => undefined })).toBe(0)
  return JSON.parse(stdout) as RuleRow[]
}

describe('README tables', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8')
  const actionYml = readFileSync(new URL('action.yml', root), 'utf8')
  // Generated inside each test, so that an action.yml that does not parse fails them with the generator's message.
  const generate = (): Record<string, string> => generator.generateTables({ actionYml, rules: rulesJson() })

  it.each(['inputs', 'outputs', 'rules'])('the %s table is what scripts/readme-tables.mjs generates', (name) => {
    const start = `<!-- ${name}:start -->\n`
    const from = readme.indexOf(start)
    expect(from, `README.md has no ${start.trim()} marker`).toBeGreaterThanOrEqual(0)
    const section = readme.slice(from + start.length, readme.indexOf(`\n<!-- ${name}:end -->`, from))
    expect(section, 'run node scripts/readme-tables.mjs').toBe(generate()[name])
  })

  it('lists every input and output of action.yml and every rule, each rule linked to its page', () => {
    const tables = generate()
    const action = parse(actionYml) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> }
    for (const name of Object.keys(action.inputs)) expect(tables.inputs).toContain(`| \`${name}\` |`)
    for (const name of Object.keys(action.outputs)) expect(tables.outputs).toContain(`| \`${name}\` |`)
    for (const rule of rulesJson()) expect(tables.rules).toContain(`| [${rule.code}](docs/rules/${rule.code}.md) | ${rule.severity} |`)
  })

  it("fits the Marketplace listing: a one-line description under its 125 characters, and branding", () => {
    const action = parse(actionYml) as { name: string; description: string; branding?: { icon?: string; color?: string } }
    expect(action.description.length).toBeLessThan(125)
    expect(action.description).not.toMatch(/\n/)
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
  })

  it('keeps a table cell whole: pipes escaped, HTML only inside code spans', () => {
    expect(generator.cell('a | b `x | <y>` <z>\n  next')).toBe('a \\| b `x \\| <y>` &lt;z> next')
  })

  it('refuses a README whose markers are missing rather than skipping the table', () => {
    expect(() => generator.applyTables('# no markers\n', { inputs: '' })).toThrow(/inputs:start/)
  })
})
