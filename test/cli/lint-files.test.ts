import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isResolved, lintFiles } from '../../src/cli/lint-files.js'
import type { LintSource } from '../../src/cli/lint-files.js'
import { defaultLintConfig, lintText } from '../../src/lint/index.js'

const TEXTS = {
  'plain.Dockerfile': 'FROM alpine:latest\nCMD ["x"]\n',
  'runs.Dockerfile': 'FROM debian\nRUN apt-get install -y curl && cd /tmp\n',
  'more.Dockerfile': 'FROM node:20\nUSER node\nRUN npm install -g x\nHEALTHCHECK NONE\n'
}

describe('lintFiles without ShellCheck', () => {
  const path = process.env.PATH
  let cwd: string
  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'cg-files-'))
    for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(cwd, name), text)
    // A PATH with no shellcheck on it.
    process.env.PATH = mkdtempSync(join(tmpdir(), 'cg-no-shellcheck-'))
  })
  afterEach(() => {
    process.env.PATH = path
  })

  const sources: LintSource[] = [{ file: 'plain.Dockerfile' }, { file: 'missing.Dockerfile' }, { file: 'runs.Dockerfile' }, { file: 'more.Dockerfile' }, { file: '-', text: 'FROM a\nRUN x\n' }]

  it("lints each file as the engine does, and says once, with the first file that has a script, that ShellCheck's checks were skipped", async () => {
    const outcomes = await lintFiles(sources, defaultLintConfig, cwd)
    expect(outcomes.map((o) => [o.file, o.unreadable, o.shellcheckSkipped])).toEqual([
      ['plain.Dockerfile', undefined, undefined],
      ['missing.Dockerfile', 'not found', undefined],
      ['runs.Dockerfile', undefined, expect.stringMatching(/^shellcheck is not on PATH, so the ShellCheck \(SC\) checks of RUN scripts were skipped/)],
      ['more.Dockerfile', undefined, undefined],
      ['-', undefined, undefined]
    ])
    const texts: Record<string, string> = { ...TEXTS, '-': 'FROM a\nRUN x\n' }
    for (const outcome of outcomes.filter((o) => o.unreadable === undefined)) {
      expect(outcome.findings.length).toBeGreaterThan(0)
      expect(outcome.findings).toEqual(lintText(texts[outcome.file]!, outcome.file, defaultLintConfig).map(({ fix: _fix, ...finding }) => finding))
    }
  })

  it('finds what the grouped way finds, which runs while something else does (here, --docker asking for base images)', async () => {
    const grouped = await lintFiles(sources, defaultLintConfig, cwd, { readBases: async () => new Map() })
    const alone = await lintFiles(sources, defaultLintConfig, cwd)
    expect(alone.map(({ shellcheckSkipped: _skipped, ...outcome }) => outcome)).toEqual(grouped.map(({ shellcheckSkipped: _skipped, ...outcome }) => outcome))
    expect(grouped.filter((o) => o.shellcheckSkipped !== undefined).length).toBeGreaterThan(1)
  })
})

describe('isResolved', () => {
  it('takes a path as it is only when resolve() would give it back unchanged', () => {
    const part = fc.constantFrom('a', 'b.c', '.d', '..e', 'f..', '...', '.', '..', '')
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), fc.boolean(), (parts, absolute) => {
        const path = `${absolute ? '/' : ''}${parts.join('/')}`
        if (isResolved(path)) expect(resolve('/work/dir', path)).toBe(path)
      }),
      { numRuns: 3000 }
    )
    expect(isResolved('/work/svc/Dockerfile')).toBe(true)
    for (const path of ['svc/Dockerfile', '/work/../svc/Dockerfile', '/work/./Dockerfile', '/work//Dockerfile', '/work/svc/']) expect(isResolved(path)).toBe(false)
  })
})
