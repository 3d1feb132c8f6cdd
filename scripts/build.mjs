// Bundles the action and the CLI into dist/. dist/ is committed and checked against a fresh build in CI,
// so the output must be deterministic: no minification, no sourcemaps, no timestamps.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true })

const IMPORT_META_URL = 'const import_meta_url = require("node:url").pathToFileURL(__filename).href;'

const common = {
  bundle: true,
  platform: 'node',
  // node20 so the same bundle runs on this machine's Node 20 and on the runner's node24.
  target: 'node20',
  // CJS because @actions/http-client pulls in `tunnel`, whose dynamic require of `net` breaks an ESM bundle.
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
  // @actions/cache's Azure storage client calls createRequire(import.meta.url) as it loads; in a CJS bundle
  // import.meta is empty, so give it this file's URL.
  define: { 'import.meta.url': 'import_meta_url' },
  banner: { js: IMPORT_META_URL }
}

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.cjs' })
// The CLI's `check` command lives in its own bundle, loaded only when used (see src/cli/dispatch.ts): `lint` starts
// without parsing the Docker, Trivy and Actions-cache code.
const checkCommandApart = {
  name: 'check-command-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/check-command\.js$/ }, () => ({ path: './cli-check.cjs', external: true }))
  }
}
// The YAML parser (a third of the CLI's code) reads .hadolint.yaml only: the CLI gets a stand-in that loads it from its
// own bundle on first use, so that a lint without a config file does not parse and set it up at start.
const yamlOnFirstUse = {
  name: 'yaml-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'yaml-on-first-use' }))
    build.onResolve({ filter: /^\.\/cli-yaml\.cjs$/ }, ({ path }) => ({ path, external: true }))
    build.onLoad({ filter: /.*/, namespace: 'yaml-on-first-use' }, () => ({
      // Only what src/ imports from yaml: anything more fails the build rather than the CLI.
      contents: 'let yaml\nexport function parseDocument(...args) {\n  yaml ??= require("./cli-yaml.cjs")\n  return yaml.parseDocument(...args)\n}\n',
      loader: 'js'
    }))
  }
}
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  banner: { js: `#!/usr/bin/env node\n${IMPORT_META_URL}` },
  plugins: [checkCommandApart, yamlOnFirstUse]
})
await build({ ...common, stdin: { contents: 'module.exports = require("yaml")', resolveDir: '.' }, outfile: 'dist/cli-yaml.cjs' })
// @actions/glob (the `dockerfile` globs) reports its options and search paths with core.debug, which outside a runner is
// a `::debug::` line on stdout: in the CLI, whose output is no workflow log, it says nothing.
const quietGlob = {
  name: 'quiet-glob',
  setup(build) {
    build.onResolve({ filter: /^@actions\/core$/ }, ({ importer }) => (/[\\/]@actions[\\/]glob[\\/]/.test(importer) ? { path: 'core', namespace: 'quiet-glob' } : undefined))
    // Only what @actions/glob calls: anything more fails the build rather than the CLI.
    build.onLoad({ filter: /.*/, namespace: 'quiet-glob' }, () => ({ contents: 'export function debug() {}\nexport function info() {}\n', loader: 'js' }))
  }
}
await build({ ...common, entryPoints: ['src/cli/check-command.ts'], outfile: 'dist/cli-check.cjs', plugins: [quietGlob] })
