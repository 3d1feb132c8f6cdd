// The V8 settings a lint makes for its length. V8 is set for long-running programs, and a lint of a few hundred files is
// over before two of those settings pay back what they cost:
// - The optimizing compilers (Maglev, TurboFan): most of the engine's code runs once a file, so it is still being
//   compiled, and deoptimized as new files bring new shapes, when the run is over. Stopping at Sparkplug, V8's
//   non-optimizing compiler, measured on 2 cores with Node 24 (interleaved medians): 463 real and generated files 342 →
//   288 ms; 800 generated files 476 → 445 ms, 1,200 577 → 551 ms; then the optimized code wins: 1,600 files 671 → 723
//   ms, 2,400 783 → 927 ms. Switching the compilers back on part-way through a run did not recover: V8 had settled by
//   then.
// - The young generation's growth: V8 doubles it (1 to 2 MB a semi-space) once as much has survived its collections as
//   it holds, at a lint's second, while the engine's code is set up. The memory it then takes is touched for the first
//   time, some 500 pages at ~14 µs each on the machine the bench runs on, and a lint this short never uses it to save
//   collections: kept at its first size, 463 files 279 → 265 ms (512 fewer pages), 100 files 227 → 218, 700 files 348
//   → 338; 1,000 the same either way, and 2,400 files 2% slower.
// - Regular expressions compiled twice: V8 compiles one to bytecode for its first match and again to machine code for
//   its second. The engine's are matched over and over, so for most the bytecode is work thrown away: compiled to
//   machine code at once, 463 files take 834 → 827 M instructions (callgrind), 3.7% less CPU time.

/**
 * The files a thread lints for the settings to hold. Below the fewest, making them costs more than they save:
 * node:v8, which makes them, takes 5 ms to load (10 files lint in 123 ms with the compilers off, 132 ms without; 30 in
 * 147 either way; 60 in 186 against 170).
 */
export const SHORT_LINT = { fewest: 30, most: 1000 }

/** A V8 flag a short lint sets, and the flag that sets it back as V8 starts. */
export interface V8Setting {
  set: string
  reset: string
}

const OPTIMIZING_COMPILERS: readonly V8Setting[] = [
  { set: '--no-maglev', reset: '--maglev' },
  { set: '--no-turbofan', reset: '--turbofan' }
]
// 2 is V8's default (Node 20 to 24), which only node's command line can change (NODE_OPTIONS may not).
const YOUNG_GENERATION_KEPT: V8Setting = { set: '--semi-space-growth-factor=1', reset: '--semi-space-growth-factor=2' }

const REGEXPS_AS_MACHINE_CODE: V8Setting = { set: '--no-regexp-tier-up', reset: '--regexp-tier-up' }

// A choice of the user's (node --max-opt=3 …, --max-semi-space-size=…) is theirs to keep.
const USER_TIERS = /^--(no-)?(max-opt|maglev|turbofan|sparkplug|jitless)(=|$)/
const USER_YOUNG_GENERATION = /^--(semi-space-growth-factor|(max|min)-semi-space-size)(=|$)/
const USER_REGEXP = /^--(no-)?regexp-/

/** The settings for a lint of `filesPerThread` files a thread, but those the user chose on node's command line. */
export function shortLintSettings(filesPerThread: number, execArgv: readonly string[]): readonly V8Setting[] {
  const { fewest, most } = SHORT_LINT
  if (filesPerThread < fewest || filesPerThread > most) return []
  return [
    ...(execArgv.some((arg) => USER_TIERS.test(arg)) ? [] : OPTIMIZING_COMPILERS),
    ...(execArgv.some((arg) => USER_YOUNG_GENERATION.test(arg)) ? [] : [YOUNG_GENERATION_KEPT]),
    ...(execArgv.some((arg) => USER_REGEXP.test(arg)) ? [] : [REGEXPS_AS_MACHINE_CODE])
  ]
}

/** What of node:v8 making the settings takes. */
export interface V8Flags {
  setFlagsFromString(flags: string): void
  cachedDataVersionTag(): number
}

/**
 * Makes the settings, and gives what sets back those that changed a flag. They must be back before the run saves the
 * code it compiled (compile-cache.ts): V8 stamps cached code with its flags, and refuses code stamped with other flags
 * than the next run starts with. `v8` is asked for only when there is a setting to make: loading node:v8 (and the
 * streams it loads) is a third of what a one-file lint adds to node's own start-up.
 */
export function applySettings(v8: () => V8Flags, settings: readonly V8Setting[]): () => void {
  if (settings.length === 0) return () => {}
  const flags = v8()
  // V8 has no way to read a flag, but that stamp (the tag) covers the flags: a setting that changes it was not in force.
  // Set back blindly, a compiler off by default (Maglev before Node 22) would change the stamp instead.
  const changed = settings.filter(({ set }) => {
    const before = flags.cachedDataVersionTag()
    flags.setFlagsFromString(set)
    return flags.cachedDataVersionTag() !== before
  })
  return () => {
    for (const { reset } of changed) flags.setFlagsFromString(reset)
  }
}
