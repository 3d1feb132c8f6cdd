// The bundles give dockerfile-ast src/lint/position-literals.ts in place of vscode-languageserver-types: it must be
// all dockerfile-ast reads of that package, and answer as the package does.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as ours from '../../src/lint/position-literals.js'

const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '../..')
const theirs = require('vscode-languageserver-types') as typeof ours

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : []))
}

describe('position literals in place of vscode-languageserver-types', () => {
  it('cover every use dockerfile-ast makes of the package', () => {
    const used = new Set<string>()
    let requiring = 0
    for (const file of sources(join(root, 'node_modules/dockerfile-ast/lib'))) {
      const text = readFileSync(file, 'utf8')
      // Its compiled CommonJS names each module it requires `<name>_1`; the package is required under no other name.
      const names = [...text.matchAll(/const (\w+) = require\("vscode-languageserver-types"\)/g)].map((m) => m[1])
      expect(text.match(/require\("vscode-languageserver-types"\)/g)?.length ?? 0, file).toBe(names.length)
      requiring += names.length
      for (const name of names) {
        const members = [...text.matchAll(new RegExp(`\\b${name}((?:\\.\\w+)+)`, 'g'))].map((m) => m[1].slice(1))
        // Every mention past its declaration reads a member: the module object itself goes nowhere.
        expect(text.match(new RegExp(`\\b${name}\\b`, 'g'))!.length, `${file}: ${name}`).toBe(members.length + 1)
        for (const member of members) used.add(member)
      }
    }
    expect(requiring).toBeGreaterThan(5)
    expect([...used].sort()).toEqual(['Position.create', 'Range.create'])
  })

  it('answer as the package does, and throw where it throws', () => {
    const numbers = [0, 1, 7, 2147483647, 2147483648, -1, 1.5, Number.MAX_VALUE, Number.NaN, Number(3) as number, Object(4) as number]
    for (const line of numbers) for (const character of numbers) expect(ours.Position.create(line, character)).toStrictEqual(theirs.Position.create(line, character))
    const positions = [{ line: 1, character: 2 }, { line: 0, character: 0 }, { line: -1, character: 0 }, { line: 1 }, null, 'x', 3]
    const outcome = (create: () => unknown) => {
      try {
        return { value: create() }
      } catch (error) {
        return { thrown: String(error) }
      }
    }
    let threw = 0
    for (const one of [...positions, 0, 5]) {
      for (const two of [...positions, 0, 9]) {
        for (const rest of [[], [1, 2], [1, -2], [Number.MAX_VALUE, 3]]) {
          const expected = outcome(() => (theirs.Range.create as (...args: unknown[]) => unknown)(one, two, ...rest))
          expect(outcome(() => (ours.Range.create as (...args: unknown[]) => unknown)(one, two, ...rest)), JSON.stringify([one, two, ...rest])).toStrictEqual(expected)
          if ('thrown' in expected) threw++
        }
      }
    }
    expect(threw).toBeGreaterThan(0)
  })

  it('are what the CLI\'s dockerfile-ast bundle holds, and the package is in none of the bundles', () => {
    expect(readFileSync(join(root, 'dist/cli-ast.cjs'), 'utf8')).toContain('// src/lint/position-literals.ts')
    for (const bundle of readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.cjs'))) {
      expect(readFileSync(join(root, 'dist', bundle), 'utf8'), bundle).not.toContain('node_modules/vscode-languageserver-types/')
    }
  })
})
