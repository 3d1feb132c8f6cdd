// Bundles the action and the CLI into dist/. dist/ is committed and checked against a fresh build in CI,
// so the output must be deterministic: no minification, no sourcemaps, no timestamps.
import { build } from 'esbuild'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

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
  // node_modules may be a link to another checkout's (a git worktree's): the bundles name paths as seen from here.
  preserveSymlinks: true,
  // @actions/cache's Azure storage client calls createRequire(import.meta.url) as it loads; in a CJS bundle
  // import.meta is empty, so give it this file's URL.
  define: { 'import.meta.url': 'import_meta_url' },
  banner: { js: IMPORT_META_URL },
  // dockerfile-ast's two calls into vscode-languageserver-types, without the rest of that package (see the module).
  alias: { 'vscode-languageserver-types': './src/lint/position-literals.ts' }
}

/**
 * A package that a bundle loads as it starts but calls only later, if at all, put in a bundle of its own (dist/`file`)
 * that loads at the first read of one of `names`: the bundles get a stand-in whose exports are getters, which esbuild's
 * CommonJS-to-ESM copy keeps as getters. `check` fails the build when a bundle still holds the package's code, or reads
 * another export from it (the stand-in would give undefined).
 */
function onFirstUse(pkg, file, names) {
  const namespace = `${pkg}-on-first-use`
  return {
    plugin: {
      name: namespace,
      setup(build) {
        build.onResolve({ filter: new RegExp(`^${pkg.replace(/[/]/g, '\\/')}$`) }, () => ({ path: pkg, namespace }))
        build.onResolve({ filter: new RegExp(`^\\./${file.replace('.', '\\.')}$`) }, ({ path }) => ({ path, external: true }))
        build.onLoad({ filter: /.*/, namespace }, () => ({
          contents: `let loaded\nconst load = () => (loaded ??= require("./${file}"))\nmodule.exports = {\n${names.map((name) => `  get ${name}() {\n    return load().${name}\n  },\n`).join('')}}\n`,
          loader: 'js'
        }))
      }
    },
    check(bundle) {
      const text = readFileSync(new URL(`../dist/${bundle}`, import.meta.url), 'utf8')
      if (text.includes(`// node_modules/${pkg}/`)) throw new Error(`dist/${bundle} holds the code of ${pkg}: something imports it other than as \`${pkg}\``)
      // The stand-in's loader, as esbuild names it, then the variables that hold what it gives, then what code reads from
      // them (not a path such as src/cache/keys.ts).
      const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      const loader = new RegExp(`var (\\w+) = __commonJS\\(\\{\\s*"${escape(`${namespace}:${pkg}`)}"`).exec(text)?.[1]
      if (loader === undefined) throw new Error(`dist/${bundle} does not load ${pkg} through its stand-in`)
      const holders = [...text.matchAll(new RegExp(`var (\\w+) = (?:__toESM\\()?${loader}\\(\\)`, 'g'))].map((m) => m[1])
      const reads = holders.flatMap((holder) => [...text.matchAll(new RegExp(`(?<![\\w$./'"-])${holder}\\.(\\w+)`, 'g'))].map((m) => m[1]))
      const missing = [...new Set(reads)].filter((name) => !names.includes(name))
      if (holders.length === 0 || missing.length > 0) {
        throw new Error(`dist/${bundle} reads ${missing.join(', ') || `${pkg} in a way this check does not follow`} from ${pkg}: give the names to onFirstUse in scripts/build.mjs`)
      }
    },
    // Only the stand-in's names: the import (not a require) resolves an ESM-only package too.
    bundle: (plugins = []) => build({ ...common, stdin: { contents: `export { ${names.join(', ')} } from ${JSON.stringify(pkg)}`, resolveDir: '.' }, outfile: `dist/${file}`, plugins })
  }
}
// undici (a fifth of the action's code) is what @actions/http-client and @actions/github call for a request: their fetch
// for the GitHub API, a proxy agent. The Actions cache client (@actions/cache, with Azure's storage client, another
// fifth) restores and saves the Trivy DB and the baseline. A run that asks neither at start does not parse and set them
// up there: with YAML's stand-in, the action stopped at its inputs took 0.18 s rather than 0.31 on Node 24 here, and
// touched 7,300 memory pages rather than 13,000 (see bench/README.md, figure 4).
const lateUndici = onFirstUse('undici', 'undici.cjs', ['ProxyAgent', 'fetch'])
const lateCache = onFirstUse('@actions/cache', 'actions-cache.cjs', ['isFeatureAvailable', 'restoreCache', 'saveCache'])
// The YAML parser (a third of the lint bundle's code) reads .hadolint.yaml only: a run without a config file does not
// parse and set it up at start, in the CLI's lint and check or the action.
const lateYaml = onFirstUse('yaml', 'cli-yaml.cjs', ['parseDocument'])

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.cjs', plugins: [lateYaml.plugin, lateUndici.plugin, lateCache.plugin] })
for (const late of [lateYaml, lateUndici, lateCache]) late.check('index.cjs')
await lateUndici.bundle()
// The cache client's requests go through undici too: the same bundle of it.
await lateCache.bundle([lateUndici.plugin])
lateUndici.check('actions-cache.cjs')
// The CLI's entry (dist/cli.cjs) holds the dispatcher only: each command lives in a bundle of its own, loaded when used
// (see src/cli/dispatch.ts), after the entry has turned V8's compile cache on. `lint` and `rules` (dist/cli-lint.cjs,
// with the lint worker's loop) start without parsing the Docker, Trivy and Actions-cache code of `check`
// (dist/cli-check.cjs), and `--version` without parsing either.
// A command's bundle loads through loadBundle (src/cli/compile-cache.ts), with the code V8 compiled for it on an earlier run.
const COMMAND_BUNDLES = { './check-command.js': 'cli-check.cjs', './lint-command.js': 'cli-lint.cjs', './rules-command.js': 'cli-lint.cjs' }
const cliSources = fileURLToPath(new URL('../src/cli', import.meta.url))
const commandsApart = {
  name: 'commands-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/(check|lint|rules)-command\.js$/ }, ({ path }) => ({ path: COMMAND_BUNDLES[path], namespace: 'command-bundle' }))
    build.onLoad({ filter: /.*/, namespace: 'command-bundle' }, ({ path }) => ({
      contents: `module.exports = require("./compile-cache.ts").loadBundle(require("node:path").join(__dirname, ${JSON.stringify(path)}))`,
      loader: 'js',
      resolveDir: cliSources
    }))
  }
}
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  banner: { js: `#!/usr/bin/env node\n${IMPORT_META_URL}` },
  // import() of a command's bundle as require(): Node's import() of a CommonJS file goes through the ES module loader,
  // which first scans the whole file for its exports.
  supported: { 'dynamic-import': false },
  plugins: [commandsApart]
})
// dockerfile-ast (two fifths of the lint bundle's code, with what it pulls in) reads only what the lint parse does not
// read from the lines itself (src/lint/instruction-heads.ts): ONBUILD's trigger, ENV and LABEL words that are not plain,
// and files with a line or heredoc marker it might read otherwise. The lint bundle gets a stand-in that loads it from
// its own bundle on first use, as the CLI loads a command's bundle (loadBundle, which dist/cli.cjs exports): a lint of
// files without those does not load or set it up.
const astOnFirstUse = {
  name: 'ast-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^\.\/dockerfile-ast-patches\.js$/ }, () => ({ path: 'dockerfile-ast-patches', namespace: 'ast-on-first-use' }))
    build.onResolve({ filter: /^\.\/cli\.cjs$/ }, ({ path }) => ({ path, external: true }))
    build.onLoad({ filter: /.*/, namespace: 'ast-on-first-use' }, () => ({
      // Only what src/ imports from dockerfile-ast-patches.ts in this bundle: anything more fails the build rather than the CLI.
      contents: 'let ast\nexport function parseForLint(text) {\n  ast ??= require("./cli.cjs").loadBundle(require("node:path").join(__dirname, "cli-ast.cjs"))\n  return ast.parseForLint(text)\n}\n',
      loader: 'js'
    }))
  }
}
await build({ ...common, entryPoints: ['src/cli/lint-bundle.ts'], outfile: 'dist/cli-lint.cjs', plugins: [lateYaml.plugin, astOnFirstUse] })
lateYaml.check('cli-lint.cjs')
await lateYaml.bundle()
await build({ ...common, entryPoints: ['src/lint/dockerfile-ast-patches.ts'], outfile: 'dist/cli-ast.cjs' })
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
await build({ ...common, entryPoints: ['src/cli/check-command.ts'], outfile: 'dist/cli-check.cjs', plugins: [quietGlob, lateYaml.plugin, lateUndici.plugin, lateCache.plugin] })
for (const late of [lateYaml, lateUndici, lateCache]) late.check('cli-check.cjs')

// esbuild writes strings and regular expressions in ASCII but keeps comments as written: one non-ASCII character
// makes V8 hold the whole bundle as two-byte text, slower to read and to parse. In a comment, an escape reads as well.
for (const bundle of ['index.cjs', 'undici.cjs', 'actions-cache.cjs', 'cli.cjs', 'cli-lint.cjs', 'cli-check.cjs', 'cli-yaml.cjs', 'cli-ast.cjs']) {
  const path = new URL(`../dist/${bundle}`, import.meta.url)
  const text = readFileSync(path, 'utf8')
  const ascii = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (ascii !== text) writeFileSync(path, ascii)
}
