import { describe, expect, it } from 'vitest'
import { ListInputError, parseList } from '../../src/docker/list-input.js'

describe('parseList', () => {
  it.each<[string, boolean, string[]]>([
    ['', true, []],
    ['a\nb', false, ['a', 'b']],
    ['  a  \r\n\n b ', false, ['a', 'b']],
    ['a,b\nc', true, ['a', 'b', 'c']],
    ['a,b\nc', false, ['a,b', 'c']],
    ['"x,y",z', true, ['x,y', 'z']],
    ['"line one\nline two"\nnext', false, ['line one\nline two', 'next']],
    ['"say ""hi"""', false, ['say "hi"']],
    ['" padded "  \nb', false, [' padded ', 'b']],
    ['key=a "quoted" word', false, ['key=a "quoted" word']]
  ])('%j (commas: %s)', (text, commas, expected) => {
    expect(parseList(text, { commas })).toEqual(expected)
  })

  it.each([
    ['"hunter2', 'a double quote is opened and never closed'],
    ['"hunter2" hunter3', 'an item in double quotes has more text after its closing quote']
  ])('rejects %j without showing the item', (text, message) => {
    expect(() => parseList(text, { commas: false })).toThrow(ListInputError)
    expect(() => parseList(text, { commas: false })).toThrow(message)
    expect(() => parseList(text, { commas: false })).not.toThrow(/hunter/)
  })
})
