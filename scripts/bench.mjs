// npm run bench: prints figures, asserts nothing (targets are judged by people, not by flaky timers in tests).
//  1. `container-gate lint` on one Dockerfile from a cold process (the committed bundle): median wall time.
//  2. A 4,000-vulnerability report rendered to comment, summary, SARIF and annotations: time and peak RSS.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'

const root = new URL('..', import.meta.url).pathname
const fixtures = join(root, '..', 'shared', 'fixtures', 'trivy')

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`)

const dockerfile = join(root, 'test/fixtures/dockerfiles/node-single-stage.Dockerfile')
const times = []
for (let i = 0; i < 21; i++) {
  const started = performance.now()
  const child = spawnSync(process.execPath, [join(root, 'dist/cli.cjs'), 'lint', '--no-fail', dockerfile], { encoding: 'utf8' })
  times.push(performance.now() - started)
  if (child.status !== 0) throw new Error(`container-gate lint failed: ${child.stderr}`)
}
times.sort((a, b) => a - b)
console.log(`1. cold container-gate lint, one Dockerfile: median ${times[10].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[20].toFixed(0)}, 21 runs)`)

const out = join(mkdtempSync(join(tmpdir(), 'cg-bench-')), 'render.cjs')
await build({ entryPoints: [join(root, 'bench/render.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' })
const render = spawnSync(process.execPath, [out, join(fixtures, 'realworld-ubuntu2204-144-vulns.json')], { encoding: 'utf8' })
if (render.status !== 0) throw new Error(render.stderr)
const r = JSON.parse(render.stdout)
console.log(`2. ${r.vulnerabilities} vulnerabilities → comment (${r.commentChars} chars), summary (${r.summaryBytes} bytes), SARIF (${r.sarifBytes} bytes), ${r.annotations} annotations: ${r.ms} ms, peak RSS ${r.peakRssMB} MB`)
