import { describe, expect, it } from 'vitest'
import { jsonInQuotes, jsonString, jsonText } from '../../src/report/json.js'

// Every kind of text JSON escapes, and text it does not: quotes, backslashes, controls, a lone surrogate, a pair,
// characters outside Latin-1 (which make a string two-byte in V8) and inside it.
const texts = ['plain', 'say "hi"', 'back\\slash', 'line\nbreak\ttab\u0000nul\u001f', 'lone \ud800 surrogate', 'pair 😀', '1.2 → 1.3', 'café', '']

const item = (i: number): Record<string, unknown> => ({
  id: `CVE-${i}`,
  text: texts[i % texts.length],
  n: [i, -0, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY][i % 6],
  flag: i % 2 === 0,
  none: null,
  gone: undefined,
  nested: { list: [i, 'x', { deep: texts[(i + 1) % texts.length] }], empty: {}, nothing: [] }
})

describe('jsonText', () => {
  it.each([
    ['a string', 'x "y" → z'],
    ['a number', 42],
    ['null', null],
    ['true', true],
    ['an empty object', {}],
    ['an empty list', []],
    ['a short list', [1, 'a', null, undefined, { b: undefined }]],
    ['a long list (item by item)', Array.from({ length: 40 }, (_, i) => item(i))],
    ['a long list with undefined items', Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? undefined : item(i)))],
    ['keys JSON escapes', { 'a"b': 1, 'c\\d': 2, 'e\nf': 3, '→': 4 }],
    ['long lists inside objects inside short lists', { runs: [{ rules: Array.from({ length: 17 }, (_, i) => item(i)), results: Array.from({ length: 30 }, (_, i) => item(i * 7)), skipped: undefined }] }]
  ])('writes what JSON.stringify writes: %s', (_name, value) => {
    expect(jsonText(value)).toBe(JSON.stringify(value))
  })
})

describe('jsonString and jsonInQuotes', () => {
  it.each(texts)('write what JSON.stringify writes, with and without its quotes: %j', (text) => {
    expect(jsonString(text)).toBe(JSON.stringify(text))
    expect(`"${jsonInQuotes(text)}"`).toBe(JSON.stringify(text))
  })
})
