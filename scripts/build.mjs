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
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  banner: { js: `#!/usr/bin/env node\n${IMPORT_META_URL}` },
  plugins: [checkCommandApart]
})
await build({ ...common, entryPoints: ['src/cli/check-command.ts'], outfile: 'dist/cli-check.cjs' })
