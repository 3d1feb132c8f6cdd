import { describe, expect, it } from 'vitest'
import { bool, line, list, literal, num, object, oneOf, optional, ShapeError, str } from '../../src/results/check.js'
import type { Check } from '../../src/results/check.js'

function messageOf(check: Check<unknown>, value: unknown, path = 'x'): string {
  try {
    check(value, path)
  } catch (e) {
    expect(e).toBeInstanceOf(ShapeError)
    return (e as Error).message
  }
  throw new Error(`${JSON.stringify(value)} passed`)
}

describe('the results checks', () => {
  it('name the path and what was expected, and what came instead', () => {
    expect(messageOf(str, 1)).toBe('x: expected a string, got number')
    expect(messageOf(bool, 'false')).toBe('x: expected true or false, got string')
    expect(messageOf(list(str), {})).toBe('x: expected a list, got object')
    expect(messageOf(object({}), [])).toBe('x: expected an object, got an array')
    expect(messageOf(object({}), null)).toBe('x: expected an object, got null')
    expect(messageOf(oneOf(['a', 'b']), 'c')).toBe('x: expected one of a, b, got string')
    expect(messageOf(literal(1), '1')).toBe('x: expected 1, got string')
    expect(messageOf(literal('s'), 's2')).toBe('x: expected "s", got string')
  })

  it('call the empty path the top level', () => {
    expect(messageOf(object({ a: str }), 7, '')).toBe('the top level: expected an object, got number')
    expect(messageOf(object({ a: str }), {}, '')).toBe('a: expected a value, got undefined')
  })

  it('build the path through lists and objects', () => {
    const check = object({ runs: list(object({ tags: list(str) })) })
    expect(messageOf(check, { runs: [{ tags: [] }, { tags: ['a', 3] }] }, '')).toBe('runs[1].tags[1]: expected a string, got number')
  })

  it.each([0, 1, 1.5, 1e12])('take %s for a number', (n) => {
    expect(num(n, 'x')).toBe(n)
  })

  it.each([-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, '1', null, true])('refuse %s for a number', (n) => {
    expect(messageOf(num, n)).toMatch(/^x: expected a number ≥ 0, got /)
  })

  it.each([1, 2, 100_000])('take %s for a line', (n) => {
    expect(line(n, 'x')).toBe(n)
  })

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3'])('refuse %s for a line', (n) => {
    expect(messageOf(line, n)).toMatch(/^x: expected a line number ≥ 1, got /)
  })

  describe('object', () => {
    const check = object({ a: str, b: optional(num) })

    it('keeps only the properties it names', () => {
      const value = JSON.parse('{"a":"x","b":2,"c":3,"__proto__":{"polluted":true},"constructor":"y"}')
      const out = check(value, '')
      expect(out).toStrictEqual({ a: 'x', b: 2 })
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    })

    it('takes an absent or null optional property as absent', () => {
      expect(check({ a: 'x' }, '')).toStrictEqual({ a: 'x' })
      expect(check({ a: 'x', b: null }, '')).toStrictEqual({ a: 'x' })
    })

    it('refuses an absent or null required property', () => {
      expect(messageOf(check, { b: 1 })).toBe('x.a: expected a value, got undefined')
      expect(messageOf(check, { a: null })).toBe('x.a: expected a value, got null')
    })

    it('checks an optional property that is present', () => {
      expect(messageOf(check, { a: 'x', b: -1 })).toBe('x.b: expected a number ≥ 0, got number')
    })
  })
})
