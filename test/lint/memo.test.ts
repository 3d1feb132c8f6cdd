import { describe, expect, it } from 'vitest'
import { defaultLintConfig, lintText } from '../../src/lint/index.js'
import { forgetFileAnswers, memoize, memoizePair } from '../../src/lint/memo.js'
import { parseDockerfile } from '../../src/lint/parse.js'
import { runsOf } from '../../src/lint/walk.js'

describe('memoize', () => {
  it('works an answer out once per key, and again for a per-file answer once the engine is done with the file', () => {
    const calls: string[] = []
    const forKey = memoize((key: { name: string }) => (calls.push(`key ${key.name}`), key.name.length))
    const forFile = memoize((key: { name: string }) => (calls.push(`file ${key.name}`), key.name.length), 'file')
    const a = { name: 'a' }
    const b = { name: 'bb' }
    for (const key of [a, b, a, b]) expect([forKey(key), forFile(key)]).toEqual([key.name.length, key.name.length])
    expect(calls).toEqual(['key a', 'file a', 'key bb', 'file bb'])
    forgetFileAnswers()
    expect([forKey(a), forFile(a)]).toEqual([1, 1])
    expect(calls.slice(4)).toEqual(['file a'])
  })

  it('keeps the answers worked out while working out another (a stage asking about its parent)', () => {
    type Node = { parent?: Node }
    const calls: Node[] = []
    const depth: (node: Node) => number = memoize((node: Node) => (calls.push(node), node.parent ? depth(node.parent) + 1 : 0), 'file')
    const root: Node = {}
    const child: Node = { parent: root }
    const grandchild: Node = { parent: child }
    expect([depth(grandchild), depth(child), depth(root), depth(grandchild)]).toEqual([2, 1, 0, 2])
    expect(calls).toEqual([grandchild, child, root])
  })

  it('keeps a pair memo\'s answers per pair until they are forgotten', () => {
    let calls = 0
    const sum = memoizePair((a: { n: number }, b: { n: number }) => (calls++, a.n + b.n), 'file')
    const one = { n: 1 }
    const two = { n: 2 }
    expect([sum(one, two), sum(two, one), sum(one, two), sum(two, one)]).toEqual([3, 3, 3, 3])
    expect(calls).toBe(2)
    forgetFileAnswers()
    expect(sum(one, two)).toBe(3)
    expect(calls).toBe(3)
  })

  it('lets the engine drop what the rules shared about a file once it is linted, without changing the findings', () => {
    const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n'
    const model = parseDockerfile(text)
    const runs = runsOf(model)
    expect(runsOf(model)).toBe(runs)
    const findings = lintText(text, 'Dockerfile', defaultLintConfig)
    expect(runsOf(model)).not.toBe(runs)
    expect(runsOf(model)).toEqual(runs)
    expect(lintText(text, 'Dockerfile', defaultLintConfig)).toEqual(findings)
  })
})
