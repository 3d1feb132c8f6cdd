// The Node the action ships for is the one its bundle is tested on, and the Node lines the CLI claims are the ones
// CI tests: action.yml's `runs.using`, .node-version, package.json's `engines` and CI's matrix say the same.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ACTION_NODE } from './helpers/action-runtime.js'

const read = (file: string) => readFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), 'utf8')
const actionNode = Number(/^node(\d+)$/.exec((parse(read('action.yml')) as { runs: { using: string } }).runs.using)?.[1])
const pkg = JSON.parse(read('package.json')) as { engines: { node: string } }
const claimed = pkg.engines.node.split('||').map((range) => Number(/^\s*\^(\d+)\s*$/.exec(range)?.[1]))

describe('the runtime', () => {
  it('runs the bundled-action tests on the Node action.yml declares', () => {
    expect(actionNode).toBeGreaterThan(0)
    expect(spawnSync(ACTION_NODE, ['--version'], { encoding: 'utf8' }).stdout).toMatch(new RegExp(`^v${actionNode}\\.`))
  })

  it('claims in engines only whole Node lines (^N), the action\'s among them, and .node-version is the action\'s', () => {
    expect(claimed.every((line) => Number.isInteger(line))).toBe(true)
    expect(claimed).toContain(actionNode)
    expect(read('.node-version').trim()).toBe(String(actionNode))
  })

  it('tests every Node line engines claims in CI', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as { jobs: { test: { strategy: { matrix: { node: number[] } } } } }
    expect(ci.jobs.test.strategy.matrix.node).toEqual(claimed)
  })
})
