import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Through a URL, as test/docs/readme.test.ts does, so TypeScript does not look for declarations of the script.
const { releaseNotes } = (await import(new URL('../../scripts/release-notes.mjs', import.meta.url).href)) as {
  releaseNotes(tag: string, version: string, changelog: string): string
}

const CHANGELOG = '# Changelog\n\n## Unreleased\n\n- next\n\n## 1.2.0 - 2026-12-01\n\n### Added\n- a thing\n\n## [1.1.0]\n- older\n'

describe('releaseNotes', () => {
  it("returns the tag's section of the changelog, up to the next one", () => {
    expect(releaseNotes('v1.2.0', '1.2.0', CHANGELOG)).toBe('### Added\n- a thing\n')
    expect(releaseNotes('v1.1.0', '1.1.0', CHANGELOG)).toBe('- older\n')
  })

  it('refuses a tag that is not package.json\'s version, saying which to change', () => {
    expect(() => releaseNotes('v1.2.1', '1.2.0', CHANGELOG)).toThrow('tag v1.2.1 is not package.json\'s version 1.2.0: set "version" to 1.2.1 (and rebuild dist/), or tag v1.2.0')
  })

  it('refuses a tag that is not vX.Y.Z, a version with no section and an empty section', () => {
    expect(() => releaseNotes('v1.2', '1.2.0', CHANGELOG)).toThrow('v1.2: a release tag is v followed by MAJOR.MINOR.PATCH')
    expect(() => releaseNotes('v1.3.0', '1.3.0', CHANGELOG)).toThrow('CHANGELOG.md has no "## 1.3.0" section: rename "## Unreleased" to "## 1.3.0" before tagging')
    expect(() => releaseNotes('v1.2.0', '1.2.0', '## 1.2.0\n\n## 1.1.0\n- x\n')).toThrow('section is empty')
    // 1.2.0 must not match 1.2.05 or 1x2x0.
    expect(() => releaseNotes('v1.2.0', '1.2.0', '## 1.2.05\n- x\n## 1x2x0\n- y\n')).toThrow('no "## 1.2.0" section')
  })

  it('as the workflow runs it: names the problem on stderr and exits 1', () => {
    const script = fileURLToPath(new URL('../../scripts/release-notes.mjs', import.meta.url))
    const r = spawnSync(process.execPath, [script, 'v999.0.0'], { encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/^release-notes: tag v999\.0\.0 is not package\.json's version /)
  })
})
