import { describe, expect, it } from 'vitest'
import { DL3007 } from '../../src/lint/rules/DL3007.js'
import { ruleTester } from '../helpers/rule-tester.js'

describe('ruleTester', () => {
  it('rejects duplicate cases, valid or invalid', () => {
    expect(() => ruleTester(DL3007, { valid: ['FROM a:1', { code: 'FROM a:1' }], invalid: [] })).toThrow('DL3007: duplicate test case FROM a:1; remove one or change it')
    expect(() => ruleTester(DL3007, { valid: [], invalid: [{ code: 'FROM a:latest', lines: [1] }, { code: 'FROM a:latest', lines: [1] }] })).toThrow(/duplicate/)
  })
})

// The same text under different configs is two cases, and a case's config reaches the engine.
ruleTester(DL3007, {
  valid: [{ code: 'FROM a:latest', config: { ignored: ['DL3007'] } }],
  invalid: [{ code: 'FROM a:latest', lines: [1] }]
})
