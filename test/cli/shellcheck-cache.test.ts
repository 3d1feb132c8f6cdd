// The CLI as a user runs it (dist/cli.cjs), twice on a file: ShellCheck's findings come from its cache folder the
// second time, the same as the first.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findExecutable } from '../../src/exec.js'
import { needs, shellcheckOnPath } from '../helpers/optional-tools.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const shellcheck = await shellcheckOnPath()

describe('container-gate lint keeps ShellCheck\'s findings between runs', needs('ShellCheck', shellcheck), () => {
  // A shellcheck first on PATH that notes each run in a log, then runs the real one.
  const dir = mkdtempSync(join(tmpdir(), 'cg-sc-cache-'))
  const log = join(dir, 'calls.log')
  writeFileSync(log, '')
  writeFileSync(join(dir, 'shellcheck'), `#!/bin/sh\necho run >> '${log}'\nexec '${findExecutable('shellcheck')}' "$@"\n`)
  chmodSync(join(dir, 'shellcheck'), 0o755)
  const dockerfile = join(dir, 'Dockerfile')
  const calls = () => readFileSync(log, 'utf8').split('\n').filter(Boolean).length
  const lint = (cache: string, ...flags: string[]) => {
    const run = spawnSync(process.execPath, [join(root, 'dist/cli.cjs'), 'lint', '--no-fail', ...flags, dockerfile], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cache, PATH: `${dir}${delimiter}${process.env.PATH}` }
    })
    return { status: run.status, stdout: run.stdout, stderr: run.stderr }
  }

  it('runs shellcheck only for scripts it has not checked, with the same output, unless told not to', () => {
    const cache = mkdtempSync(join(tmpdir(), 'cg-cache-'))
    writeFileSync(dockerfile, 'FROM debian:12\nRUN echo $A\nRUN rm -rf "$D"/*\n')
    const first = lint(cache)
    expect(first.stdout).toContain('Dockerfile:2 SC2086 info: Double quote to prevent globbing and word splitting.')
    expect(first.stdout).toContain('Dockerfile:3 SC2115 warning:')
    expect(calls()).toBe(1)
    expect(lint(cache)).toEqual(first)
    expect(calls()).toBe(1)
    expect(lint(cache, '--no-shellcheck-cache')).toEqual(first)
    expect(calls()).toBe(2)
    // One new script: checked, and the output has its findings with the kept ones.
    writeFileSync(dockerfile, 'FROM debian:12\nRUN echo $A\nRUN rm -rf "$D"/*\nRUN echo $B\n')
    const edited = lint(cache)
    expect(edited.stdout).toContain('Dockerfile:4 SC2086 info:')
    expect(edited.stdout).toContain('Dockerfile:3 SC2115 warning:')
    expect(calls()).toBe(3)
    // Another cache folder (another user, a cleared cache): checked again.
    expect(lint(mkdtempSync(join(tmpdir(), 'cg-cache-')))).toEqual(edited)
    expect(calls()).toBe(4)
  })
})
