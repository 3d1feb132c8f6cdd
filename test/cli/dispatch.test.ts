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
