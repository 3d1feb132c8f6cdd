import type { TestModule } from 'vitest/node'
import { afterEach, describe, expect, it, vi } from 'vitest'
import CountReporter from './count-reporter.js'
import type { MissingTool } from './optional-tools.js'

type State = 'passed' | 'failed' | 'skipped'
const testCase = (state: State, missingTool?: MissingTool) => ({ result: () => ({ state }), meta: () => ({ ...(missingTool && { missingTool }) }) })
const module = (tests: Array<ReturnType<typeof testCase>>, state = 'passed') =>
  ({ state: () => state, children: { allTests: () => tests.values() } }) as unknown as TestModule

const docker = { tool: 'Docker', reason: 'docker is not on PATH (apt-get install docker.io)' }
const shellcheck = { tool: 'ShellCheck', reason: 'shellcheck is not on PATH\n  (apt-get install shellcheck)' }

function report(modules: TestModule[], ci: string | undefined) {
  vi.stubEnv('CI', ci)
  let out = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((text) => ((out += String(text)), true))
  const exitCode = process.exitCode
  new CountReporter().onTestRunEnd(modules)
  const set = process.exitCode
  process.exitCode = exitCode
  vi.restoreAllMocks()
  return { out, exitCode: set === exitCode ? undefined : set }
}

afterEach(() => vi.unstubAllEnvs())

describe('the closing lines', () => {
  it('counts, then names each missing tool with how many tests it would have run and how to get it', () => {
    const modules = [
      module([testCase('passed'), testCase('skipped', docker), testCase('skipped', docker)]),
      module([testCase('failed'), testCase('skipped', shellcheck), testCase('skipped')]),
      module([], 'failed')
    ]
    expect(report(modules, undefined)).toEqual({
      out: '\ntests: 1 passed, 2 failed, 4 skipped\n' +
        'SKIPPED for missing tools: Docker (2 tests): docker is not on PATH (apt-get install docker.io); ShellCheck (1 test): shellcheck is not on PATH (apt-get install shellcheck)\n',
      exitCode: undefined
    })
  })

  it('prints only the count when nothing was skipped for a missing tool', () => {
    expect(report([module([testCase('passed'), testCase('skipped')])], undefined).out).toBe('\ntests: 1 passed, 0 failed, 1 skipped\n')
  })

  it('fails the run under CI=true when anything was skipped, and not otherwise', () => {
    expect(report([module([testCase('passed'), testCase('skipped')])], 'true')).toEqual({
      out: '\ntests: 1 passed, 0 failed, 1 skipped\nCI=true: 1 skipped test fails the run (CI must run every test)\n',
      exitCode: 1
    })
    expect(report([module([testCase('passed')])], 'true').exitCode).toBeUndefined()
  })
})
