// An immutable string-keyed map whose `set` returns a new map sharing all but a few nodes with the old one (a hash
// array mapped trie). Variable scopes keep one map per instruction: copying a Map on every ARG or ENV made a file of
// 20,000 ENVs take minutes and gigabytes; here each `set` costs a handful of 32-slot arrays.

const BITS = 5
const MASK = (1 << BITS) - 1

interface Entry<V> {
  readonly key: string
  readonly value: V
  /** When the key was first set: iteration follows it, in insertion order as a Map's does. */
  readonly order: number
}

/** Every entry whose key hashes to `hash` (two keys may share one). */
interface Bucket<V> {
  readonly hash: number
  readonly entries: readonly Entry<V>[]
}

type Slot<V> = Branch<V> | Bucket<V> | undefined
type Branch<V> = readonly Slot<V>[]

// Most scopes hold a few names: up to this many, a map is a plain list in insertion order, copied on each set, which
// costs less than the trie's 32-slot arrays and needs no sort to iterate.
const SMALL = 8

export class PersistentMap<V> implements ReadonlyMap<string, V> {
  static empty<V>(): PersistentMap<V> {
    return new PersistentMap<V>(undefined, 0, [])
  }

  private constructor(
    private readonly root: Slot<V>,
    readonly size: number,
    /** The entries in order while there are at most SMALL of them; the trie holds them once there are more. */
    private readonly small?: readonly Entry<V>[]
  ) {}

  get(key: string): V | undefined {
    return this.entry(key)?.value
  }

  has(key: string): boolean {
    return this.entry(key) !== undefined
  }

  /** A map with `key` set to `value`; this one is unchanged. A key set again keeps its place in the order. */
  set(key: string, value: V): PersistentMap<V> {
    const { small } = this
    if (small) {
      const list = small.slice()
      const at = indexOfKey(small, key)
      if (at !== -1) list[at] = { key, value, order: at }
      else list.push({ key, value, order: small.length })
      if (list.length <= SMALL) return new PersistentMap(undefined, list.length, list)
      let root: Slot<V>
      for (let e = 0; e < list.length; e++) root = insert(root, hashOf(list[e].key), 0, list[e])
      return new PersistentMap(root, list.length)
    }
    const hash = hashOf(key)
    const existing = this.entry(key)
    const entry: Entry<V> = { key, value, order: existing?.order ?? this.size }
    return new PersistentMap(insert(this.root, hash, 0, entry), existing ? this.size : this.size + 1)
  }

  // Array iterators rather than generators: a generator is slow before V8 optimises it, and UndefinedVar reads the
  // names of a scope for each undefined name it suggests a spelling for.
  entries(): MapIterator<[string, V]> {
    return this.sorted().map(({ key, value }): [string, V] => [key, value]).values()
  }

  keys(): MapIterator<string> {
    return this.sorted().map(({ key }) => key).values()
  }

  values(): MapIterator<V> {
    return this.sorted().map(({ value }) => value).values()
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries()
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const { key, value } of this.sorted()) callback(value, key, this)
  }

  private entry(key: string): Entry<V> | undefined {
    const { small } = this
    if (small) {
      const at = indexOfKey(small, key)
      return at === -1 ? undefined : small[at]
    }
    const hash = hashOf(key)
    let slot = this.root
    for (let shift = 0; Array.isArray(slot); shift += BITS) slot = (slot as Branch<V>)[(hash >>> shift) & MASK]
    const bucket = slot as Bucket<V> | undefined
    return bucket?.hash === hash ? bucket.entries.find((e) => e.key === key) : undefined
  }

  private sorted(): readonly Entry<V>[] {
    if (this.small) return this.small
    const all: Entry<V>[] = []
    const collect = (slot: Slot<V>): void => {
      if (Array.isArray(slot)) for (const child of slot as Branch<V>) collect(child)
      else if (slot) all.push(...(slot as Bucket<V>).entries)
    }
    collect(this.root)
    return all.sort((a, b) => a.order - b.order)
  }
}

function indexOfKey<V>(entries: readonly Entry<V>[], key: string): number {
  for (let e = 0; e < entries.length; e++) if (entries[e].key === key) return e
  return -1
}

function insert<V>(slot: Slot<V>, hash: number, shift: number, entry: Entry<V>): Slot<V> {
  if (slot === undefined) return { hash, entries: [entry] }
  if (Array.isArray(slot)) {
    const branch = (slot as Branch<V>).slice()
    const index = (hash >>> shift) & MASK
    branch[index] = insert(branch[index], hash, shift + BITS, entry)
    return branch
  }
  const bucket = slot as Bucket<V>
  if (bucket.hash === hash) return { hash, entries: [...bucket.entries.filter((e) => e.key !== entry.key), entry] }
  // Two hashes in one slot: a branch one level down separates them (they differ in some bit of the 32 consumed).
  const branch: Slot<V>[] = new Array<Slot<V>>(1 << BITS).fill(undefined)
  branch[(bucket.hash >>> shift) & MASK] = bucket
  return insert(branch, hash, shift, entry)
}

/** FNV-1a, 32 bits. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return hash >>> 0
}
