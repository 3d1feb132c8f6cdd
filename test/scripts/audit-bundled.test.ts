import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

// Through a URL, as test/docs/readme.test.ts does, so TypeScript does not look for declarations of the script.
const script = (await import(new URL('../../scripts/audit-bundled.mjs', import.meta.url).href)) as {
  ENTRY_POINTS: string[]
  bundledPackages(metafile: { inputs: Record<string, unknown> }): Set<string>
  shippedAdvisories(report: unknown, bundled: Set<string>): string[]
}

describe('audit-bundled', () => {
  it('finds the packages a bundle is made of, nested and scoped ones included', () => {
    const inputs = { 'src/cli.ts': {}, 'node_modules/yaml/dist/index.js': {}, 'node_modules/@actions/core/lib/core.js': {}, 'node_modules/a/node_modules/@b/c/x.js': {} }
    expect([...script.bundledPackages({ inputs })].sort()).toEqual(['node_modules/@actions/core', 'node_modules/a/node_modules/@b/c', 'node_modules/yaml'])
  })

  it('bundles the action\'s and the CLI\'s packages, not the test tools', async () => {
    const { metafile } = await build({ entryPoints: script.ENTRY_POINTS, bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, outdir: 'out', logLevel: 'error' })
    const bundled = script.bundledPackages(metafile)
    expect(bundled).toContain('node_modules/@actions/core')
    expect(bundled).toContain('node_modules/yaml')
    expect(bundled).not.toContain('node_modules/vitest')
    expect(bundled).not.toContain('node_modules/dockerfilelint')
  }, 60_000)

  it('keeps high and critical advisories on bundled packages only', () => {
    const report = {
      vulnerabilities: {
        'ansi-regex': { name: 'ansi-regex', severity: 'high', nodes: ['node_modules/ansi-regex'] },
        undici: { name: 'undici', severity: 'critical', nodes: ['node_modules/undici', 'node_modules/x/node_modules/undici'] },
        tar: { name: 'tar', severity: 'moderate', nodes: ['node_modules/tar'] }
      }
    }
    const bundled = new Set(['node_modules/undici', 'node_modules/tar'])
    expect(script.shippedAdvisories(report, bundled)).toEqual(['undici critical: node_modules/undici'])
  })

  it('fails closed on a report it cannot read', () => {
    expect(() => script.shippedAdvisories({ error: { code: 'ENOAUDIT' } }, new Set())).toThrow('npm audit\'s report has no "vulnerabilities" object: {"error":{"code":"ENOAUDIT"}}')
  })
})
