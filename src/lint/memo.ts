// Answers derived from a parsed model, computed on first use and kept as long as what they are about: the rules ask
// a file the same questions (its RUNs' commands, each stage's variables), and each is worked out once per file.

/** `compute`, called at most once per key: the object the answer is about (a model, a stage, an instruction, a config). */
export function memoize<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>()
  return (key) => {
    let value = known.get(key)
    if (value === undefined && !known.has(key)) known.set(key, (value = compute(key)))
    return value as V
  }
}
