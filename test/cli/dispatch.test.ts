import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/dispatch.js'
import { OUTPUT_FORMATS } from '../../src/lint/index.js'

async function help(...argv: string[]): Promise<string> {
  let stdout = ''
  const io = { stdout: (t: string) => (stdout += t), stderr: () => undefined, stderrStream: { write: () => true }, readStdin: async () => '', cwd: '.', color: false }
  expect(await main(argv, io)).toBe(0)
  return stdout
}

describe('container-gate --help', () => {
  it('lists every format each command takes', async () => {
    const usage = await help('--help')
    const formats = (command: string) => new RegExp(`^  ${command} \\[--format ([a-z_|]+)\\]`, 'm').exec(usage)?.[1]?.split('|')
    expect(formats('lint')).toEqual([...OUTPUT_FORMATS])
    expect(formats('check')).toEqual(['tty', 'markdown'])
    expect(formats('rules')).toEqual(['tty', 'json'])
  })

  it('shows check\'s own switches, --no-build, --no-scan and --no-color, with its formats', async () => {
    const usage = await help('check', '--help')
    expect(usage).toMatch(/^ {2}--format FORMAT {9}tty, markdown: /m)
    for (const flag of ['--no-build', '--no-scan', '--no-color']) expect(usage).toMatch(new RegExp(`^  ${flag} `, 'm'))
  })
})

describe('the CLI entry (dist/cli.cjs)', () => {
  // Every start parses the entry: the commands, the lint engine and its packages belong in the bundles loaded on use.
  it('holds the dispatcher only, none of the lint engine', () => {
    const entry = readFileSync(fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url)), 'utf8')
    expect(entry).not.toMatch(/^\/\/ (src\/lint\/(engine|rules\/)|node_modules\/)/m)
  })
})
