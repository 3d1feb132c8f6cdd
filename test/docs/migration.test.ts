// README's "Coming from …" tables against the peers' own input lists (test/fixtures/peers/action-inputs.json): every
// input a peer declares has a row, an input Container Gate takes under the same name is mapped to it, and every other
// one says where it went or why it is not needed. A peer input copied under `with:` is then never a surprise.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

interface Peer {
  action: string
  source: string
  inputs: string[]
}

const root = new URL('../../', import.meta.url)
const readme = readFileSync(new URL('README.md', root), 'utf8')
const ours = new Set(Object.keys((parse(readFileSync(new URL('action.yml', root), 'utf8')) as { inputs: Record<string, unknown> }).inputs))
const { peers } = JSON.parse(readFileSync(new URL('test/fixtures/peers/action-inputs.json', root), 'utf8')) as { peers: Peer[] }

const INPUT_NAME = /^[a-z][a-z0-9-]*$/

/** The names in a cell's code spans, `no-fail: true` read as `no-fail`. */
function codeNames(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.split(':')[0]!.trim()).filter((name) => INPUT_NAME.test(name))
}

/** What is wrong with the README's table for `peer`; empty when every input is accounted for. */
function tableProblems(text: string, peer: Peer, inputs: ReadonlySet<string>): string[] {
  const name = peer.action.split('/')[1]!
  const start = text.search(new RegExp(`^## Coming from (?:\\S+/)?${name}$`, 'm'))
  if (start < 0) return [`README.md has no "## Coming from ${name}" section`]
  const end = text.indexOf('\n## ', start + 1)
  const rows = text
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()))
  const problems: string[] = []
  for (const input of peer.inputs) {
    const row = rows.find(([theirs]) => codeNames(theirs ?? '').includes(input))
    if (!row) {
      problems.push(`${peer.action} input ${input} has no row in the table`)
      continue
    }
    const answer = row[1] ?? ''
    if (inputs.has(input) && !answer.includes(`\`${input}\``)) problems.push(`${peer.action} input ${input}: Container Gate takes an input of that name, and the row does not map it to it`)
    // A row that opens with an input name (`name` or `name: value`) claims that input of ours.
    const claimed = answer.startsWith('`') ? codeNames(answer.slice(0, answer.indexOf('`', 1) + 1))[0] : undefined
    if (claimed !== undefined && !inputs.has(claimed)) {
      problems.push(`${peer.action} input ${input}: the row maps it to \`${claimed}\`, which action.yml does not declare`)
    }
    if (answer.split(/\s+/).length < 3 && !inputs.has(input) && claimed === undefined) problems.push(`${peer.action} input ${input}: the row neither names an input nor says why`)
  }
  return problems
}

describe("README's migration tables", () => {
  it.each(peers)("account for every input of $action's action.yml", (peer) => {
    expect(peer.source).toMatch(/^https:\/\/github\.com\/.+\/blob\/[0-9a-f]{40}\/action\.ya?ml$/)
    expect(tableProblems(readme, peer, ours)).toEqual([])
  })

  it('catch a missing row, an input of ours left unmapped, a mapping to no input, and a row that says nothing', () => {
    const peer: Peer = { action: 'example/thing-action', source: '', inputs: ['alpha', 'beta', 'gamma', 'delta', 'epsilon'] }
    const table = [
      '## Coming from thing-action',
      '',
      '| thing-action input | Container Gate |',
      '|---|---|',
      '| `beta` | not needed: it is always on |',
      '| `gamma` | `gama`, as written |',
      '| `delta` | `target` |',
      '| `epsilon` | gone |',
      '',
      '## FAQ'
    ].join('\n')
    expect(tableProblems(table, peer, new Set(['beta', 'target']))).toEqual([
      'example/thing-action input alpha has no row in the table',
      'example/thing-action input beta: Container Gate takes an input of that name, and the row does not map it to it',
      'example/thing-action input gamma: the row maps it to `gama`, which action.yml does not declare',
      'example/thing-action input epsilon: the row neither names an input nor says why'
    ])
    expect(tableProblems('# nothing here', peer, new Set())).toEqual(['README.md has no "## Coming from thing-action" section'])
  })
})
