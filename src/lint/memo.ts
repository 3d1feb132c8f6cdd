// Answers derived from a parsed model, computed on first use and kept as long as what they are about: the rules ask
// a file the same questions (its RUNs' commands, each stage's variables), and each is worked out once per file.

/** `compute`, called at most once per key: the object the answer is about (a model, a stage, an instruction, a config). */
export function memoize<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>()
  // Rules ask one after another about the same key (each asks for the file's RUNs): the last answer is kept at hand,
  // without a look-up in the WeakMap. It holds that one key until another is asked about.
  let lastKey: K | undefined
  let lastValue: V | undefined
  return (key) => {
    if (key === lastKey) return lastValue as V
    let value = known.get(key)
    if (value === undefined && !known.has(key)) known.set(key, (value = compute(key)))
    lastKey = key
    lastValue = value
    return value as V
  }
}

/** `compute` of a pair of keys (a stage of a model, a rule list under a config), called at most once per pair. */
export function memoizePair<A extends object, B extends object, V>(compute: (a: A, b: B) => V): (a: A, b: B) => V {
  const byFirst = memoize((a: A) => memoize((b: B) => compute(a, b)))
  return (a, b) => byFirst(a)(b)
}
