// The action's bundle leaves undici, the Actions cache client and the YAML parser to bundles of their own, each loaded
// at its first use (scripts/build.mjs): a run that stops at its inputs loads none of them, and each gives the names the
// stand-in in the action's bundle hands on. That they load where they are used, the end-to-end tests show (the GitHub
// API over undici's fetch, through a proxy; the Trivy DB and the baseline in a loopback Actions cache; .hadolint.yaml).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ACTION_NODE } from './helpers/action-runtime.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)

describe('the bundles the action loads on first use', () => {
  it('are not loaded by a run that stops at its inputs, and hold no copy in the action\'s bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-bundles-'))
    // At exit, the files of dist/ the process required.
    const preload = join(dir, 'loaded.cjs')
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeSync(2, '\\nLOADED ' + JSON.stringify(Object.keys(require.cache).filter((f) => /[\\\\/]dist[\\\\/]/.test(f)).map((f) => require('node:path').basename(f)))))\n")
    const run = spawnSync(ACTION_NODE, ['-r', preload, join(root, 'dist/index.cjs')], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir, 'INPUT_FAIL-ON-VULN': 'bogus' }
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error::')
    expect(JSON.parse(/^LOADED (.*)$/m.exec(run.stderr)![1])).toEqual(['index.cjs'])
    const action = readFileSync(join(root, 'dist/index.cjs'), 'utf8')
    for (const pkg of ['undici', '@actions/cache', '@azure/storage-blob', 'yaml']) expect(action).not.toContain(`// node_modules/${pkg}/`)
  })

  it.each([
    ['undici.cjs', ['ProxyAgent', 'fetch']],
    ['actions-cache.cjs', ['isFeatureAvailable', 'restoreCache', 'saveCache']],
    ['cli-yaml.cjs', ['parseDocument']]
  ])('%s gives the names the stand-in reads', (bundle, names) => {
    const loaded = require(join(root, 'dist', bundle)) as Record<string, unknown>
    for (const name of names) expect(typeof loaded[name]).toBe('function')
  })
})
