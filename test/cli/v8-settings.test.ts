import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { applySettings, SHORT_LINT, shortLintSettings } from '../../src/cli/v8-settings.js'
import type { V8Flags } from '../../src/cli/v8-settings.js'
import { ACTION_NODE } from '../helpers/action-runtime.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('shortLintSettings', () => {
  const { fewest, most } = SHORT_LINT
  const flags = (filesPerThread: number, execArgv: string[] = []) => shortLintSettings(filesPerThread, execArgv).map((s) => s.set)
  const ALL = ['--no-maglev', '--no-turbofan', '--semi-space-growth-factor=1', '--no-regexp-tier-up']

  it('switches the optimizing compilers off, keeps the young generation small and compiles regular expressions once for a few dozen to a thousand files a thread', () => {
    expect(flags(fewest)).toEqual(ALL)
    expect(flags(most, ['--trace-opt', '--maglev-filter=x', '--max-old-space-size=4096'])).toEqual(ALL)
    expect(flags(most + 1)).toEqual([])
    expect(flags(fewest - 1)).toEqual([])
  })

  it('leaves to the user what they chose on node\'s command line', () => {
    for (const arg of ['--max-opt=3', '--no-maglev', '--turbofan', '--no-sparkplug', '--jitless']) expect(flags(100, [arg])).toEqual(['--semi-space-growth-factor=1', '--no-regexp-tier-up'])
    for (const arg of ['--semi-space-growth-factor=4', '--max-semi-space-size=8', '--min-semi-space-size']) expect(flags(100, [arg])).toEqual(['--no-maglev', '--no-turbofan', '--no-regexp-tier-up'])
    for (const arg of ['--regexp-tier-up', '--regexp-tier-up-ticks=5', '--no-regexp-interpret-all']) expect(flags(100, [arg])).toEqual(['--no-maglev', '--no-turbofan', '--semi-space-growth-factor=1'])
  })
})

describe('applySettings', () => {
  // V8's flags as a map, stamped as V8 stamps cached code: a tag over every flag's value.
  const fakeV8 = (flags: Record<string, boolean | string>): V8Flags & { flags: Record<string, boolean | string>; set: string[] } => {
    const set: string[] = []
    return {
      flags,
      set,
      setFlagsFromString(flag) {
        set.push(flag)
        const [, no, name, value] = /^--(no-)?([^=]+)(?:=(.*))?$/.exec(flag)!
        flags[name!] = value ?? !no
      },
      cachedDataVersionTag: () => [...JSON.stringify(Object.entries(flags).sort())].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)
    }
  }

  it('sets back only what it changed, so the stamp is the one the run started with', () => {
    const v8 = fakeV8({ maglev: false, turbofan: true, sparkplug: true, 'semi-space-growth-factor': '2', 'regexp-tier-up': true })
    const start = v8.cachedDataVersionTag()
    const reset = applySettings(() => v8, shortLintSettings(100, []))
    expect(v8.flags).toEqual({ maglev: false, turbofan: false, sparkplug: true, 'semi-space-growth-factor': '1', 'regexp-tier-up': false })
    reset()
    expect(v8.flags).toEqual({ maglev: false, turbofan: true, sparkplug: true, 'semi-space-growth-factor': '2', 'regexp-tier-up': true })
    expect(v8.cachedDataVersionTag()).toBe(start)
    expect(v8.set).toEqual(['--no-maglev', '--no-turbofan', '--semi-space-growth-factor=1', '--no-regexp-tier-up', '--turbofan', '--semi-space-growth-factor=2', '--regexp-tier-up'])
  })

  it('makes nothing for no settings, without loading node:v8', () => {
    const v8 = fakeV8({ maglev: true })
    let asked = 0
    applySettings(() => (asked++, v8), [])()
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
    expect(loadsV8(SHORT_LINT.fewest - 1)).toBe(false)
    expect(loadsV8(SHORT_LINT.fewest)).toBe(true)
  })

  // V8's own account of its young generation after each collection: two semi-spaces of 1 MB as it starts, 2 MB once grown.
  it('keeps the young generation at its first size through a short lint, unless node\'s command line sizes it', () => {
    const largestYoung = (nodeArgs: string[]) => {
      const env = { ...process.env, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'cg-young-')), PATH: dirname(ACTION_NODE) }
      const paths = (readdirSync(join(root, 'test/fixtures/dockerfiles'), { recursive: true }) as string[]).filter((f) => /Dockerfile$/i.test(f)).map((f) => join('test/fixtures/dockerfiles', f))
      expect(paths.length).toBeGreaterThanOrEqual(SHORT_LINT.fewest)
      const run = spawnSync(ACTION_NODE, [...nodeArgs, '--trace-gc-verbose', join(root, 'dist/cli.cjs'), 'lint', '--no-fail', '--jobs', '1', ...paths, ...paths], { cwd: root, encoding: 'utf8', env, maxBuffer: 64 << 20 })
      expect(run.status).toBe(0)
      const committed = [...run.stdout.matchAll(/New space,.*committed:\s*(\d+) KB/g)].map((m) => Number(m[1]))
      expect(committed.length).toBeGreaterThan(5)
      return Math.max(...committed)
    }
    expect(largestYoung([])).toBe(2048)
    expect(largestYoung(['--semi-space-growth-factor=2'])).toBeGreaterThan(2048)
  })

  // V8 traces each regular expression it compiles to bytecode: with the setting, the lint's go to machine code at once.
  it('compiles the lint\'s regular expressions once, straight to machine code, unless node\'s command line says otherwise', () => {
    const bytecodeCompiles = (nodeArgs: string[]) => {
      const env = { ...process.env, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'cg-regexp-')), PATH: dirname(ACTION_NODE) }
      const paths = Array<string>(SHORT_LINT.fewest + 10).fill('test/fixtures/dockerfiles/node-single-stage.Dockerfile')
      const run = spawnSync(ACTION_NODE, ['--trace-regexp-tier-up', ...nodeArgs, join(root, 'dist/cli.cjs'), 'lint', '--no-fail', '--jobs', '1', ...paths], { cwd: root, encoding: 'utf8', env })
      expect(run.status).toBe(0)
      return run.stdout.split('\n').filter((line) => / bytecode size: /.test(line)).length
    }
    const tuned = bytecodeCompiles([])
    const untouched = bytecodeCompiles(['--regexp-tier-up'])
    expect(untouched).toBeGreaterThan(20)
    expect(tuned).toBeLessThan(untouched / 4)
  })

  it('optimizes none of the engine up to a thousand files, and its hot code beyond', () => {
    expect(marked(SHORT_LINT.most)).toBeLessThan(60)
    expect(marked(SHORT_LINT.most + 1)).toBeGreaterThan(200)
  })
})
