import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openShellcheckResults } from '../../src/cli/shellcheck-results.js'
import type { ScriptFindings } from '../../src/shellcheck/index.js'

/** A folder for the results, and a stand-in shellcheck binary whose size and time key them. */
function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'cg-sc-results-'))
  const program = join(root, 'shellcheck')
  writeFileSync(program, '#!/bin/sh\n')
  return { dir: join(root, 'cache', 'shellcheck'), program }
}

const SC2086: ScriptFindings = [{ code: 'SC2086', level: 'info', message: 'Double quote to prevent globbing and word splitting.' }]
const withDocs = (findings: ScriptFindings) => findings.map((f) => ({ ...f, docsUrl: `https://www.shellcheck.net/wiki/${f.code}` }))

describe('ShellCheck results kept between runs', () => {
  it('gives back, in a later run, the findings of a script checked in the same dialect by the same binary', () => {
    const { dir, program } = setUp()
    const first = openShellcheckResults(dir)!
    expect(first.lookup(program, 'sh', 'echo $A')).toBeUndefined()
    first.store(program, 'sh', 'echo $A', SC2086)
    first.store(program, 'sh', 'true', [])
    first.save()
    const later = openShellcheckResults(dir)!
    expect(later.lookup(program, 'sh', 'echo $A')).toEqual(withDocs(SC2086))
    expect(later.lookup(program, 'sh', 'true')).toEqual([])
    // Another dialect, another script (by one character), another binary: not known.
    expect(later.lookup(program, 'bash', 'echo $A')).toBeUndefined()
    expect(later.lookup(program, 'sh', 'echo $A ')).toBeUndefined()
    const other = join(dir, '..', 'other-shellcheck')
    copyFileSync(program, other)
    expect(later.lookup(other, 'sh', 'echo $A')).toBeUndefined()
  })

  it('forgets them when the binary changes (an upgrade), when SHELLCHECK_OPTS does, and when the file is damaged', () => {
    const { dir, program } = setUp()
    const first = openShellcheckResults(dir, '')!
    first.store(program, 'sh', 'echo $A', SC2086)
    first.save()
    // ShellCheck reads SHELLCHECK_OPTS as more arguments (`-e SC2086` drops that finding).
    expect(openShellcheckResults(dir, '-e SC2086')!.lookup(program, 'sh', 'echo $A')).toBeUndefined()
    expect(openShellcheckResults(dir, '')!.lookup(program, 'sh', 'echo $A')).toEqual(withDocs(SC2086))
    utimesSync(program, new Date(), new Date(Date.now() + 60_000))
    expect(openShellcheckResults(dir)!.lookup(program, 'sh', 'echo $A')).toBeUndefined()

    const again = openShellcheckResults(dir)!
    again.store(program, 'sh', 'echo $A', SC2086)
    again.save()
    const [file] = readdirSync(dir)
    const saved = JSON.parse(readFileSync(join(dir, file!), 'utf8'))
    for (const damaged of ['{"key":', JSON.stringify({ ...saved, entries: [['sh', 'echo $A', [['SC2086', 'fatal', 'm']]]] }), JSON.stringify({ ...saved, entries: {} })]) {
      writeFileSync(join(dir, file!), damaged)
      expect(openShellcheckResults(dir)!.lookup(program, 'sh', 'echo $A')).toBeUndefined()
    }
  })

  it('writes nothing when no script was new, and keeps the scripts used last when it has to drop some', () => {
    const { dir, program } = setUp()
    const big = (c: string) => c.repeat(400_000)
    const first = openShellcheckResults(dir)!
    first.lookup(program, 'sh', 'x')
    first.save()
    expect(readdirSync(dir)).toEqual([])
    for (const c of ['a', 'b', 'c']) first.store(program, 'sh', big(c), [])
    first.save()
    // Three of 400,000 characters are more than a file holds (2^20): the run's scripts are kept in the order it met them.
    const known = (...scripts: string[]) => {
      const probe = openShellcheckResults(dir)!
      return scripts.map((c) => probe.lookup(program, 'sh', big(c)) !== undefined)
    }
    expect(known('a', 'b', 'c')).toEqual([true, true, false])
    // A run that asks for b and adds d keeps them ahead of a, which only an earlier run met.
    const second = openShellcheckResults(dir)!
    expect(second.lookup(program, 'sh', big('b'))).toEqual([])
    second.store(program, 'sh', big('d'), [])
    second.save()
    expect(known('a', 'b', 'd')).toEqual([false, true, true])
  })

  it('is not used in a folder other users can write to: it could hand this user made-up findings', () => {
    const { dir, program } = setUp()
    mkdirSync(dir, { recursive: true })
    chmodSync(dir, 0o777)
    expect(openShellcheckResults(dir)).toBeUndefined()
    chmodSync(dir, 0o700)
    expect(openShellcheckResults(dir)?.lookup(program, 'sh', 'x')).toBeUndefined()
  })
})
