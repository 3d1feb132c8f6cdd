// Answers derived from a parsed model, computed on first use: the rules ask a file the same questions (its RUNs'
// commands, each stage's variables), and each is worked out once per file.
//
// How long an answer is kept: as long as what it is about (a config, a rule list, a report's vulnerabilities), or, for
// the answers about one file (its model, stages and instructions), until the engine is done with that file
// (forgetFileAnswers). The CLI holds a group of parsed models while it lints them; answers kept as long as their models
// outlived the rules that read them, and every garbage collection meanwhile copied them: 19 kB a file, twice a model.

/** As long as the key lives; or, for an answer about the file being linted, until the engine is done with it. */
export type Lifetime = 'key' | 'file'

// Each per-file memo's way to drop its answers.
const fileMemos: Array<() => void> = []

/** Drops every answer about files: the engine calls it when it is done with a file. Asked again, one is worked out again. */
export function forgetFileAnswers(): void {
  for (let i = 0; i < fileMemos.length; i++) fileMemos[i]()
}

/** `compute`, called at most once per key (the object the answer is about) while the answer is kept. */
export function memoize<K extends object, V>(compute: (key: K) => V, lifetime: Lifetime = 'key'): (key: K) => V {
  // Rules ask one after another about the same key (each asks for the file's RUNs): the last answer is kept at hand,
  // and goes into a WeakMap only when another key is asked about. Most memos are about a file's model, and never
  // make one. The last key is held until another is asked about.
  let lastKey: K | undefined
  let lastValue: V | undefined
  let known: WeakMap<K, V> | undefined
  if (lifetime === 'file') {
    fileMemos.push(() => {
      lastKey = undefined
      lastValue = undefined
      known = undefined
    })
  }
  return (key) => {
    if (key === lastKey) return lastValue as V
    let value = known?.get(key)
    if (value === undefined && known?.has(key) !== true) value = compute(key)
    // After compute, which may have asked about other keys: the answer at hand then is the one to file.
    if (lastKey !== undefined && lastKey !== key) (known ??= new WeakMap()).set(lastKey, lastValue as V)
    lastKey = key
    lastValue = value
    return value as V
  }
}

/** `compute` of a pair of keys (a stage of a model, a rule list under a config), called at most once per pair. */
export function memoizePair<A extends object, B extends object, V>(compute: (a: A, b: B) => V, lifetime: Lifetime = 'key'): (a: A, b: B) => V {
  // The answers for one first key go with it: only the outer memo is dropped per file.
  const byFirst = memoize((a: A) => memoize((b: B) => compute(a, b)), lifetime)
  return (a, b) => byFirst(a)(b)
}
