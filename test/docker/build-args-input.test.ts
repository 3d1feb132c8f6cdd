import { describe, expect, it } from 'vitest'
import { BuildArgsError, parseBuildArgs } from '../../src/docker/build-args-input.js'

describe('parseBuildArgs', () => {
  it.each<[string, [string, string][]]>([
    ['', []],
    ['VERSION=1.2.3', [['VERSION', '1.2.3']]],
    ['A=1\n\n  B=two words \r\nC=', [['A', '1'], ['B', 'two words'], ['C', '']]],
    ['URL=https://x.test/?a=b', [['URL', 'https://x.test/?a=b']]],
    ['A=1\nA=2', [['A', '1'], ['A', '2']]],
    ['_PRIVATE_1=x', [['_PRIVATE_1', 'x']]]
  ])('%j', (text, expected) => {
    expect(parseBuildArgs(text)).toEqual(expected)
  })

  it.each([
    ['A=1\nVERSION', 2, 'VERSION'],
    ['=value', 1, '=value'],
    ['\n1X=y', 2, '1X=y'],
    ['MY-ARG=y', 1, 'MY-ARG=y']
  ])('rejects %j naming the input, the line and the shape', (text, line, shown) => {
    expect(() => parseBuildArgs(text)).toThrow(BuildArgsError)
    expect(() => parseBuildArgs(text)).toThrow(`build-args line ${line}: "${shown}" is not KEY=VALUE. Write one build argument per line, e.g. VERSION=1.2.3`)
  })
})
