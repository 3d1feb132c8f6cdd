// Regenerates README.md's Inputs, Outputs and Rules tables from action.yml and `container-gate rules --format json`,
// between `<!-- NAME:start -->` and `<!-- NAME:end -->` markers, so the README cannot drift from what ships.
// Run: node scripts/readme-tables.mjs (after npm run build, since the rules come from dist/cli.cjs).
// test/docs/readme.test.ts imports the generator and fails when the README differs from its output.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const ROOT = new URL('../', import.meta.url)

/**
 * Families in the order the README lists them; a code that matches none stops the script rather than hide.
 * The long, familiar families are folded so the README stays readable in the minute a visitor gives it.
 */
const FAMILIES = [
  { name: 'Container Gate', blurb: 'production practice, beyond what hadolint checks', match: /^CG\d+$/, folded: false },
  { name: 'hadolint', blurb: "hadolint's rules, with its codes, levels and messages", match: /^(DL|SC)\d+$/, folded: true },
  { name: 'BuildKit', blurb: "Docker's build checks, under BuildKit's names", match: /^[A-Z][a-z]+[A-Za-z]*$/, folded: true }
]

/**
 * Text made safe for one GFM table cell: a `|` would end the cell even inside a code span, and a `<` outside one
 * would start raw HTML. Code spans are otherwise kept, since descriptions and titles use them on purpose.
 */
export function cell(text) {
  return String(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;')))
    .join('')
    .replace(/\|/g, '\\|')
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
}

/** action.yml's defaults are strings; an empty one means the description says what happens instead. */
function defaultCell(input) {
  if (input.required === true) return '*required*'
  const value = input.default === undefined ? '' : String(input.default)
  return value === '' ? '' : `\`${value.replace(/\|/g, '\\|')}\``
}

export function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, input]) => [`\`${name}\``, defaultCell(input), cell(input.description ?? '')])
  return table(['input', 'default', 'meaning'], rows)
}

export function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(([name, output]) => [`\`${name}\``, cell(output.description ?? '')])
  return table(['output', 'meaning'], rows)
}

/** Rules as `container-gate rules --format json` lists them, grouped by family in the registry's order. */
export function rulesTable(rules) {
  const groups = FAMILIES.map((family) => ({ ...family, rules: [] }))
  for (const rule of rules) {
    const group = groups.find((g) => g.match.test(rule.code))
    if (!group) throw new Error(`readme-tables: rule ${rule.code} belongs to no family; add its family to FAMILIES`)
    group.rules.push(rule)
  }
  return groups
    .filter((group) => group.rules.length > 0)
    .map((group) => {
      const rows = group.rules.map((r) => [`[${r.code}](docs/rules/${r.code}.md)`, r.severity, cell(r.title)])
      const body = table(['code', 'level', 'title'], rows)
      const count = `${group.rules.length} rules`
      // GitHub renders Markdown inside <details> only when blank lines set it apart from the tags.
      return group.folded
        ? `<details><summary><b>${group.name}</b>: ${group.blurb} (${count})</summary>\n\n${body}\n\n</details>`
        : `**${group.name}**: ${group.blurb} (${count})\n\n${body}`
    })
    .join('\n\n')
}

/** The content of every marked section, from action.yml's text and the rules' JSON. */
export function generateTables({ actionYml, rules }) {
  let action
  try {
    action = parse(actionYml)
  } catch (e) {
    throw new Error(`action.yml is not valid YAML, so no runner could load the action either: ${e.message}`)
  }
  return { inputs: inputsTable(action), outputs: outputsTable(action), rules: rulesTable(rules) }
}

/** The README with each marked section replaced; a missing or doubled marker is an error, not a silent skip. */
export function applyTables(readme, tables) {
  let result = readme
  for (const [name, content] of Object.entries(tables)) {
    const start = `<!-- ${name}:start -->`
    const end = `<!-- ${name}:end -->`
    const from = result.indexOf(start)
    const to = result.indexOf(end)
    if (from < 0 || to < from || result.indexOf(start, from + 1) >= 0) {
      throw new Error(`readme-tables: README.md needs exactly one ${start} followed by ${end}`)
    }
    result = `${result.slice(0, from + start.length)}\n${content}\n${result.slice(to)}`
  }
  return result
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cli = fileURLToPath(new URL('dist/cli.cjs', ROOT))
  const rules = JSON.parse(execFileSync(process.execPath, [cli, 'rules', '--format', 'json'], { encoding: 'utf8' }))
  const readmePath = new URL('README.md', ROOT)
  const readme = readFileSync(readmePath, 'utf8')
  const updated = applyTables(readme, generateTables({ actionYml: readFileSync(new URL('action.yml', ROOT), 'utf8'), rules }))
  if (updated === readme) {
    console.log('README.md: the tables are up to date')
  } else {
    writeFileSync(readmePath, updated)
    console.log('README.md: tables regenerated from action.yml and container-gate rules')
  }
}
