import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PersistentMap } from '../../src/lint/persistent-map.js'

describe('PersistentMap', () => {
  it('answers as a Map does after any sequence of sets, in insertion order, and leaves earlier maps unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 300 }), (sets) => {
        const reference = new Map<string, number>()
        let map = PersistentMap.empty<number>()
        const snapshots: Array<[PersistentMap<number>, Array<[string, number]>]> = []
        for (const [key, value] of sets) {
          reference.set(key, value)
          map = map.set(key, value)
          snapshots.push([map, [...reference]])
        }
        for (const [snapshot, entries] of snapshots) {
          expect([...snapshot]).toEqual(entries)
          expect(snapshot.size).toBe(entries.length)
        }
        for (const [key] of sets) expect(map.get(key)).toBe(reference.get(key))
        expect(map.has('\u0000absent')).toBe(false)
      })
    )
  })

  it('keeps two keys whose hashes are equal apart (V42436 and V1372000 share their FNV-1a hash)', () => {
    const map = PersistentMap.empty<string>().set('V42436', 'a').set('V1372000', 'b').set('V42436', 'c')
    expect([...map.entries()]).toEqual([['V42436', 'c'], ['V1372000', 'b']])
    expect(map.get('V1372000')).toBe('b')
    expect(map.size).toBe(2)
  })

  it('serves keys, values and forEach in the same order', () => {
    const map = PersistentMap.empty<number>().set('b', 1).set('a', 2).set('b', 3)
    expect([...map.keys()]).toEqual(['b', 'a'])
    expect([...map.values()]).toEqual([3, 2])
    const seen: string[] = []
    map.forEach((value, key) => seen.push(`${key}=${value}`))
    expect(seen).toEqual(['b=3', 'a=2'])
  })
})
