// npm audit for what ships: the advisories of the packages the bundles in dist/ are made from. Every package is a
// devDependency (the published CLI depends on nothing), so `npm audit --omit=dev` would check nothing, and a plain
// `npm audit` would also judge the test tools. esbuild's metafile names every file it bundles: the packages those
// files belong to are the ones audited. Exits 1 when one has a high or critical advisory, or when npm's report cannot
// be read. CI runs it (the registry has to answer audits).
import { spawnSync } from 'node:child_process'
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

export const ENTRY_POINTS = ['src/index.ts', 'src/cli.ts']
const FAILING = new Set(['high', 'critical'])

/** The lockfile paths (`node_modules/a/node_modules/b`) of the packages whose files esbuild bundled. */
export function bundledPackages(metafile) {
  const packages = new Set()
  for (const input of Object.keys(metafile.inputs)) {
    const found = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (found) packages.add(found[1])
  }
  return packages
}

/** npm audit's (report version 2) high and critical findings on bundled packages, as `name severity: path, …`. */
export function shippedAdvisories(report, bundled) {
  if (report === null || typeof report !== 'object' || typeof report.vulnerabilities !== 'object') {
    throw new Error(`npm audit's report has no "vulnerabilities" object: ${JSON.stringify(report).slice(0, 500)}`)
  }
  return Object.values(report.vulnerabilities)
    .filter((v) => FAILING.has(v.severity))
    .map((v) => ({ name: v.name, severity: v.severity, nodes: v.nodes.filter((node) => bundled.has(node)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.name} ${v.severity}: ${v.nodes.join(', ')}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { metafile } = await build({ entryPoints: ENTRY_POINTS, bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, outdir: 'out', logLevel: 'error' })
    const bundled = bundledPackages(metafile)
    // npm audit exits 1 whenever it finds anything, in any package: its report decides, not its status.
    const audit = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    let report
    try {
      report = JSON.parse(audit.stdout)
    } catch {
      throw new Error(`npm audit did not print JSON (exit ${audit.status}): ${audit.stderr.trim() || audit.stdout.trim()}`)
    }
    const found = shippedAdvisories(report, bundled)
    process.stdout.write(`audit-bundled: ${bundled.size} bundled packages, ${found.length} with a high or critical advisory\n`)
    for (const line of found) process.stdout.write(`  ${line}\n`)
    if (found.length > 0) process.exitCode = 1
  } catch (error) {
    process.stderr.write(`audit-bundled: ${error.message}\n`)
    process.exitCode = 1
  }
}
