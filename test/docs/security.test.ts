// SECURITY.md names the test that keeps each promise: every row names one, and every test it names exists.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const text = readFileSync(`${root}SECURITY.md`, 'utf8')
const section = text.slice(text.indexOf('## Promises, and the tests that keep them'), text.indexOf('## Pin the action'))
const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| promise'))

describe('SECURITY.md', () => {
  it('lists its promises, each with a test', () => {
    expect(rows.length).toBeGreaterThan(10)
    for (const row of rows) expect(row.split('|').at(-2)).toMatch(/`test\/\S+\.test\.ts`/)
  })

  it('names only tests that exist', () => {
    const named = [...section.matchAll(/`(test\/\S+\.test\.ts)`/g)].map((m) => m[1]!)
    expect(named.filter((path) => !existsSync(`${root}${path}`))).toEqual([])
  })
})
