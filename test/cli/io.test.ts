import fc from 'fast-check'
import { parseArgs } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parseCliArgs, trailingOperands } from '../../src/cli/io.js'

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-fail': { type: 'boolean' },
  verbose: { type: 'boolean', short: 'V' }
} as const

/** node:util's reading of the whole list, or its error. */
function whole(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (e) {
    return { error: (e as Error).message }
  }
}

function ours(args: string[]) {
  try {
    return parseCliArgs(args, OPTIONS, 'lint')
  } catch (e) {
    return { error: (e as Error).message.replace(/\. Run container-gate lint --help\.$/, '') }
  }
}

describe('trailingOperands', () => {
  it('starts after the last option and the word it may take', () => {
    expect(trailingOperands(['--no-fail', '--format', 'json', 'a', 'b'])).toBe(3)
    expect(trailingOperands(['--no-fail', 'a', 'b'])).toBe(2)
    expect(trailingOperands(['a', 'b'])).toBe(0)
    expect(trailingOperands(['a', '-', 'b'])).toBe(3)
    expect(trailingOperands(['--format', 'json'])).toBe(2)
    expect(trailingOperands(['-V'])).toBe(1)
    expect(trailingOperands([])).toBe(0)
  })
})

describe('parseCliArgs', () => {
  it('reads the operands at the end as node:util reads the whole list', () => {
    const word = fc.constantFrom('a', 'Dockerfile', 'json', '-', '--', '--no-fail', '--format', '--format=tty', '-f', '-fjson', '-V', '-Vf', '-fV', '--config', '-c', '--nope', '-x', '--verbose=1', '-')
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (args) => {
        expect(ours(args)).toEqual(whole(args))
      }),
      { numRuns: 4000 }
    )
  })

  it('gives the operands of a long list in order, after the options', () => {
    const files = Array.from({ length: 500 }, (_, i) => `svc${i}/Dockerfile`)
    expect(ours(['--no-fail', '-f', 'json', ...files])).toEqual({ values: { 'no-fail': true, format: ['json'] }, positionals: files })
  })
})
