// A user's clone (and GitHub's CI) has nothing beside the repository: every file the tests, the bench, the scripts
// and CI read must live inside it. The research folder our own machines keep next to the clone is the usual slip.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const SCANNED = ['src', 'test', 'bench', 'scripts', '.ci', '.github', 'package.json', 'action.yml']
// The folder as one relative path, or spelt as separate segments to join(). This file holds the pattern itself.
const SELF = 'test/self-contained.test.ts'
const OUTSIDE = /\.\.[\\/]shared\b|['"]\.\.['"]\s*,\s*['"]shared['"]/

function files(entry: string): string[] {
  const full = path.join(root, entry)
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full).flatMap((name) => (name === 'node_modules' ? [] : files(path.join(entry, name))))
}

describe('the repository is self-contained', () => {
  it('names no folder beside the clone in src, test, bench, scripts, .ci or .github', () => {
    const offenders = SCANNED.flatMap(files).filter((file) => file !== SELF && OUTSIDE.test(readFileSync(path.join(root, file), 'latin1')))
    expect(offenders).toEqual([])
  })

  it('has the Trivy reports the tests replay, with their sources', () => {
    const fixtures = readdirSync(path.join(root, 'test/fixtures/trivy'))
    expect(fixtures).toContain('SOURCES.md')
    const sources = readFileSync(path.join(root, 'test/fixtures/trivy/SOURCES.md'), 'utf8')
    for (const report of fixtures.filter((name) => name.endsWith('.json'))) expect(sources).toContain(report)
  })
})
