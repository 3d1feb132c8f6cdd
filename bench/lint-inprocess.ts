// Figure 1's in-process part: the lint engine alone (no process start-up, no ShellCheck, no file reading, no output),
// timed over the same files the whole-process figure lints, and dockerfilelint's engine beside it. Bundled by
// scripts/bench.mjs with esbuild; prints one JSON object. Asserts nothing.
//
//   DOCKERFILELINT_LIB=…/node_modules/dockerfilelint node lint-inprocess.cjs FILE_LIST.json
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { defaultLintConfig, lintModel, rules, safeParse } from '../src/lint/index.js'
import type { Rule } from '../src/lint/index.js'
import { scopedInstructions } from '../src/lint/variables.js'
import { runsOf } from '../src/lint/walk.js'

const files: string[] = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const texts = files.map((f) => readFileSync(f, 'utf8'))
const config = defaultLintConfig
const registry = rules as readonly Rule[]
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/**
 * One pass of exactly what lintText does (lintModel over safeParse), with the parse and the rest timed apart. The
 * first pass runs cold, as in a one-shot CLI process; then passes until the budget is spent (3 to 15), median.
 */
function lintPass(): { parse: number; rules: number; findings: number } {
  let parse = 0
  let rest = 0
  let findings = 0
  for (let i = 0; i < texts.length; i++) {
    const a = performance.now()
    const model = safeParse(texts[i])
    const b = performance.now()
    findings += lintModel(registry, model, files[i], config).length
    rest += performance.now() - b
    parse += b - a
  }
  return { parse, rules: rest, findings }
}
const first = lintPass()
const passes: Array<ReturnType<typeof lintPass>> = []
const until = performance.now() + 1500
while (passes.length < 3 || (performance.now() < until && passes.length < 15)) passes.push(lintPass())
const total = median(passes.map((p) => p.parse + p.rules))
const parse = median(passes.map((p) => p.parse))

// Where the rules' time goes: each rule's check, in the engine's order, over freshly parsed models (parsed outside the
// timing). What rules share is worked out once per model: every RUN's commands, and what each instruction's variables
// hold. That is timed on its own first, or the first rule to ask would be charged with it. Shares of the checks'
// total, the shared part included.
const SHARED = '(shared: RUN commands, variable scopes)'
const perRule = new Map<string, number[]>([[SHARED, []], ...registry.map((r): [string, number[]] => [r.meta.code, []])])
for (let p = 0; p < 5; p++) {
  const models = texts.map((t) => safeParse(t))
  const shared = performance.now()
  for (const model of models) {
    runsOf(model)
    runsOf(model, { onbuild: true })
    for (const stage of model.stages) scopedInstructions(model, stage)
  }
  perRule.get(SHARED)!.push(performance.now() - shared)
  for (const rule of registry) {
    const started = performance.now()
    for (const model of models) {
      try {
        rule.check(model, { config })
      } catch {
        // the engine reports a throwing rule as a finding; its time still counts
      }
    }
    perRule.get(rule.meta.code)!.push(performance.now() - started)
  }
}
const ruleMs = [...perRule].map(([code, times]) => ({ code, ms: median(times) })).sort((a, b) => b.ms - a.ms)
const checksTotal = ruleMs.reduce((n, r) => n + r.ms, 0)

// dockerfilelint's engine, as its CLI calls it per file (`run(configDir, content)`), on the files it does not throw on.
// The bundle lives in a temp folder: scripts/bench.mjs names the package's folder.
const lib = process.env.DOCKERFILELINT_LIB
if (!lib) throw new Error('set DOCKERFILELINT_LIB to the dockerfilelint package folder')
const dockerfilelint = createRequire(lib)(lib) as { run: (configDir: string, content: string) => unknown[] }
const configDir = process.env.DOCKERFILELINT_CONFIG_DIR ?? '/nonexistent'
const usable = texts.filter((t) => {
  try {
    dockerfilelint.run(configDir, t)
    return true
  } catch {
    return false
  }
})
const theirPass = (): number => {
  const started = performance.now()
  for (const t of usable) dockerfilelint.run(configDir, t)
  return performance.now() - started
}
theirPass()
const theirPasses: number[] = []
const theirUntil = performance.now() + 1000
while (theirPasses.length < 3 || (performance.now() < theirUntil && theirPasses.length < 15)) theirPasses.push(theirPass())

console.log(
  JSON.stringify({
    files: texts.length,
    findings: first.findings,
    passes: passes.length,
    msPerFile: total / texts.length,
    parseMsPerFile: parse / texts.length,
    rulesMsPerFile: (total - parse) / texts.length,
    firstPassMsPerFile: (first.parse + first.rules) / texts.length,
    slowestRules: ruleMs.slice(0, 5).map((r) => ({ code: r.code, share: r.ms / checksTotal })),
    dockerfilelintMsPerFile: median(theirPasses) / usable.length,
    dockerfilelintFiles: usable.length
  })
)
