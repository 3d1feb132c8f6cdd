// `npm run fuzz [-- RUNS [SEED]]`: the fuzz properties of test/fuzz with many more cases than CI runs (100,000 by
// default) and a fresh seed unless one is given. Prints each property's outcome and, for a failure, the
// counterexample fast-check shrank and the seed and path that replay it. Here, and only here, each file must also
// lint within a second (FUZZ_LINT_BUDGET_MS): run it on a quiet machine.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const runs = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 100_000)
const seed = Number(process.argv[3] ?? process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  process.stderr.write('usage: node scripts/fuzz.mjs [RUNS] [SEED]\n')
  process.exit(2)
}
process.stdout.write(`fuzz: ${runs} cases per property, seed ${seed} (replay: node scripts/fuzz.mjs ${runs} ${seed})\n`)
const started = Date.now()
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url))
const child = spawn(process.execPath, [vitest, 'run', 'test/fuzz', '--testTimeout=0', '--reporter=verbose'], {
  cwd: root,
  env: { FUZZ_LINT_BUDGET_MS: '1000', ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) },
  stdio: 'inherit'
})
child.on('close', (code) => {
  const minutes = ((Date.now() - started) / 60_000).toFixed(1)
  process.stdout.write(code === 0 ? `fuzz: nothing found in ${minutes} min\n` : `fuzz: found a counterexample (above) in ${minutes} min; seed ${seed}\n`)
  process.exitCode = code ?? 1
})
