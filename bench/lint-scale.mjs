// Bench figure 6: lint cost as ARG/ENV lines grow. Scopes once copied the whole variable map on every ARG and ENV,
// so 20,000 ENV lines ran out of memory after minutes; the figure shows the cost is now linear (time and peak RSS
// at 5,000, 10,000 and 20,000 lines: each doubling should about double the time, not quadruple it).
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Lints `FROM` plus `count` ENV lines with the bundled CLI in a fresh process; wall time and the child's peak RSS. */
function lintEnvLines(cli, work, count) {
  const file = join(work, `env-${count}.Dockerfile`)
  writeFileSync(file, ['FROM alpine:3.20', ...Array.from({ length: count }, (_, i) => `ENV V${i}=x${i}`), ''].join('\n'))
  // The child reports its own peak RSS on exit, so no GNU time is needed: a module preloaded before the CLI runs as the
  // main module (required by another script, the CLI's entry would not run at all).
  const hook = join(work, 'report-maxrss.cjs')
  writeFileSync(hook, "process.on('exit', () => process.stderr.write('\\nmaxrss=' + process.resourceUsage().maxRSS + '\\n'))\n")
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--require', hook, cli, 'lint', '--no-fail', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 })
  const wall = performance.now() - started
  const rss = /maxrss=(\d+)/.exec(child.stderr)?.[1]
  if (child.status !== 0 || rss === undefined) throw new Error(`lint of ${count} ENV lines failed (exit ${child.status}): ${child.stderr.slice(0, 500)}`)
  // A run that lints nothing would be fast too: the JSON output must name the file.
  if (!child.stdout.startsWith('[') || !child.stdout.includes(JSON.stringify(file))) throw new Error(`lint of ${count} ENV lines printed no findings for the file: ${child.stdout.slice(0, 300)}`)
  return { wall, rssMb: Number(rss) / 1024 }
}

export function benchLintScale({ cli, work, section, line }) {
  section('6. container-gate lint on FROM + N ENV lines, one cold process each (target for 20,000: seconds, ≤ 300 MB)')
  for (const count of [5_000, 10_000, 20_000]) {
    const { wall, rssMb } = lintEnvLines(cli, work, count)
    line(`${String(count).padStart(6)} ENV lines: ${(wall / 1000).toFixed(1)} s, peak RSS ${Math.round(rssMb)} MB${count === 20_000 ? ` (${wall < 60_000 && rssMb <= 300 ? 'MET' : 'MISSED'})` : ''}`)
  }
}
