// Which of V8's compilers a lint lets work. A lint of a few hundred files ends before V8's optimizing compilers
// (Maglev, TurboFan) pay back what they cost: most of the engine's code runs once a file, so it is still being
// compiled, and deoptimized as new files bring new shapes, when the run is over. Stopping at Sparkplug, V8's
// non-optimizing compiler, measured on 2 cores with Node 24 (interleaved medians): 463 real and generated files 342 →
// 288 ms; 800 generated files 476 → 445 ms, 1,200 577 → 551 ms; then the optimized code wins: 1,600 files 671 → 723 ms,
// 2,400 783 → 927 ms. Switching the compilers back on part-way through a run did not recover: V8 had settled by then.

/**
 * The files a thread lints for the optimizing compilers to stay off. Below the fewest, switching costs more than it
 * saves: node:v8, which switches them, takes 5 ms to load (10 files lint in 123 ms with them, 132 ms without; 30 in 147
 * either way; 60 in 186 against 170).
 */
export const COMPILERS_OFF_FOR = { fewest: 30, most: 1000 }

// A choice of the user's (node --max-opt=3 …) is theirs to keep.
const USER_TIERS = /^--(no-)?(max-opt|maglev|turbofan|sparkplug|jitless)(=|$)/

/** The compilers to switch off for a lint of `filesPerThread` files a thread, by their V8 flag names (--no-maglev). */
export function compilersToSkip(filesPerThread: number, execArgv: readonly string[]): readonly string[] {
  const { fewest, most } = COMPILERS_OFF_FOR
  return filesPerThread < fewest || filesPerThread > most || execArgv.some((arg) => USER_TIERS.test(arg)) ? [] : ['maglev', 'turbofan']
}

/** What of node:v8 switching compilers takes. */
export interface V8Flags {
  setFlagsFromString(flags: string): void
  cachedDataVersionTag(): number
}

/**
 * Switches the compilers off, and gives what switches back on those that were on. They must be back before the run
 * saves the code it compiled (compile-cache.ts): V8 stamps cached code with its flags, and refuses code stamped with
 * other flags than the next run starts with. `v8` is asked for only when there is a compiler to switch: loading
 * node:v8 (and the streams it loads) is a third of what a one-file lint adds to node's own start-up.
 */
export function switchOff(v8: () => V8Flags, compilers: readonly string[]): () => void {
  if (compilers.length === 0) return () => {}
  const flags = v8()
  // V8 has no way to read a flag, but that stamp (the tag) covers the flags: a flag that changes it was on. Switched
  // back on blindly, a compiler off by default (Maglev before Node 22) would change the stamp instead.
  const switched = compilers.filter((compiler) => {
    const before = flags.cachedDataVersionTag()
    flags.setFlagsFromString(`--no-${compiler}`)
    return flags.cachedDataVersionTag() !== before
  })
  return () => {
    for (const compiler of switched) flags.setFlagsFromString(`--${compiler}`)
  }
}
