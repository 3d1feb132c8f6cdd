import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { COMPILERS_OFF_FOR, compilersToSkip, switchOff } from '../../src/cli/jit-tiers.js'
import type { V8Flags } from '../../src/cli/jit-tiers.js'
import { ACTION_NODE } from '../helpers/action-runtime.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('compilersToSkip', () => {
  const { fewest, most } = COMPILERS_OFF_FOR

  it('switches the optimizing compilers off for a lint of a few dozen to a thousand files a thread', () => {
    expect(compilersToSkip(fewest, [])).toEqual(['maglev', 'turbofan'])
    expect(compilersToSkip(most, ['--trace-opt', '--maglev-filter=x'])).toEqual(['maglev', 'turbofan'])
    expect(compilersToSkip(most + 1, [])).toEqual([])
    expect(compilersToSkip(fewest - 1, [])).toEqual([])
  })

  it('leaves them to the user who chose on node\'s command line', () => {
    for (const arg of ['--max-opt=3', '--no-maglev', '--turbofan', '--no-sparkplug', '--jitless']) expect(compilersToSkip(10, [arg])).toEqual([])
  })
})

describe('switchOff', () => {
  // V8's flags as a map, stamped as V8 stamps cached code: a tag over every flag's value.
  const fakeV8 = (flags: Record<string, boolean>): V8Flags & { flags: Record<string, boolean>; set: string[] } => {
    const set: string[] = []
    return {
      flags,
      set,
      setFlagsFromString(flag) {
        set.push(flag)
        const [, no, name] = /^--(no-)?(.+)$/.exec(flag)!
        flags[name!] = !no
      },
      cachedDataVersionTag: () => [...JSON.stringify(Object.entries(flags).sort())].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)
    }
  }

  it('switches back on only the compilers that were on, so the stamp is the one the run started with', () => {
    const v8 = fakeV8({ maglev: false, turbofan: true, sparkplug: true })
    const start = v8.cachedDataVersionTag()
    const restore = switchOff(() => v8, ['maglev', 'turbofan'])
    expect(v8.flags).toEqual({ maglev: false, turbofan: false, sparkplug: true })
    restore()
    expect(v8.flags).toEqual({ maglev: false, turbofan: true, sparkplug: true })
    expect(v8.cachedDataVersionTag()).toBe(start)
    expect(v8.set).toEqual(['--no-maglev', '--no-turbofan', '--turbofan'])
  })

  it('switches nothing for no compilers, without loading node:v8', () => {
    const v8 = fakeV8({ maglev: true })
    let asked = 0
    switchOff(() => (asked++, v8), [])()
    expect(asked).toBe(0)
    expect(v8.set).toEqual([])
  })
})

// What V8 does with its flags set at run time, on the Node the action runs on (the one the bench measures): a lint short
// enough has it optimize none of the engine, a longer one lets it. The few marked in the short run are the CLI's own,
// before and after the lint: reading a thousand arguments, writing the report.
describe('a lint on the action\'s Node', () => {
  const marked = (files: number) => {
    const env = { ...process.env, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'cg-tiers-')), PATH: dirname(ACTION_NODE) }
    const paths = Array<string>(files).fill('test/fixtures/dockerfiles/node-single-stage.Dockerfile')
    const run = spawnSync(ACTION_NODE, ['--trace-opt', join(root, 'dist/cli.cjs'), 'lint', '--no-fail', '--jobs', '1', ...paths], { cwd: root, encoding: 'utf8', env, maxBuffer: 64 << 20 })
    expect(run.status).toBe(0)
    return run.stdout.split('\n').filter((line) => line.startsWith('[marking ')).length
  }

  // node:v8, which switches them, loads the streams with it: a lint too short to switch them leaves it unloaded.
  it('loads node:v8 only for a lint long enough to switch the compilers', () => {
    const loadsV8 = (files: number) => {
      const dir = mkdtempSync(join(tmpdir(), 'cg-tiers-'))
      const preload = join(dir, 'modules.cjs')
      writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, '\\nMODULES ' + process.moduleLoadList.join(',')))\n")
      const paths = Array<string>(files).fill('test/fixtures/dockerfiles/node-single-stage.Dockerfile')
      const env = { ...process.env, XDG_CACHE_HOME: dir, PATH: dirname(ACTION_NODE) }
      const run = spawnSync(ACTION_NODE, ['--require', preload, join(root, 'dist/cli.cjs'), 'lint', '--no-fail', '--jobs', '1', ...paths], { cwd: root, encoding: 'utf8', env })
      expect(run.status).toBe(0)
      const modules = /MODULES (.*)$/.exec(run.stderr)?.[1]?.split(',')
      expect(modules).toContain('NativeModule fs')
      return modules!.includes('NativeModule v8')
    }
    expect(loadsV8(1)).toBe(false)
    expect(loadsV8(COMPILERS_OFF_FOR.fewest - 1)).toBe(false)
    expect(loadsV8(COMPILERS_OFF_FOR.fewest)).toBe(true)
  })

  it('optimizes none of the engine up to a thousand files, and its hot code beyond', () => {
    expect(marked(COMPILERS_OFF_FOR.most)).toBeLessThan(60)
    expect(marked(COMPILERS_OFF_FOR.most + 1)).toBeGreaterThan(200)
  })
})
