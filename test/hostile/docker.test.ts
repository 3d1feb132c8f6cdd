// Docker failing with an engine present: a broken build and an image that is not there. The CLI's exit code is
// the contract (1: the gate failed), and the reason names what to do.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'
import { trivyFixture, trivyStubEnv } from '../helpers/trivy-stub.js'
import { ACTION, CLI, liveLines, runNode } from './run.js'

const engine = await dockerEngine()

describe('Docker failing under the CLI', needs('Docker', engine), () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cg-hostile-docker-'))
    const base = (engine as { baseImage: string }).baseImage
    writeFileSync(join(dir, 'Dockerfile'), `FROM ${base}\nUSER 65534\nHEALTHCHECK NONE\nRUN echo building && exit 7\nCMD ["true"]\n`)
  })

  it('a build that fails: exit 1, the failing command and its exit status in the reason', async () => {
    const r = await runNode(CLI, ['check', '--no-scan', '--image', 'container-gate-test/hostile:fail'], { cwd: dir })
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/the image build failed/)
    expect(r.stdout).toMatch(/the image build failed: .*echo building && exit 7.* (returned a non-zero code|exit code): 7/)
  })

  it('build off and the image missing: exit 1, "image not found", never a clean scan', async () => {
    const env = trivyStubEnv({ log: join(dir, 'trivy.log'), report: trivyFixture('trivy-golden-alpine-39.json') })
    const r = await runNode(CLI, ['check', '--no-build', '--image', 'container-gate-test/does-not-exist:never'], { cwd: dir, env })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('the image build failed: image not found: container-gate-test/does-not-exist:never: build it first or set build: true')
    expect(r.stdout).toContain('Vulnerabilities  not scanned')
  })
})

describe('an image reference Docker would refuse', () => {
  it.each([
    ['MyApp:latest', 'invalid reference format: repository name must be lowercase'],
    ['--output=/x', 'invalid reference format']
  ])('%s: refused before anything runs, with Docker\'s reason instead of "See \'docker build --help\'"', async (image, reason) => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-hostile-tag-'))
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\n')
    const r = await runNode(CLI, ['check', '--no-scan', `--image=${image}`], { cwd: dir })
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(`container-gate: --image: "${image}" is not an image reference Docker accepts (${reason}). Give a lower-case name and a tag, such as myapp:1.0 or registry.example.com/team/app:pr-7.\n`)
  })
})

describe('a build that hangs or prints escape sequences', needs('Docker', engine), () => {
  it('stops at --build-timeout and fails the gate saying so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-hostile-hang-'))
    writeFileSync(join(dir, 'Dockerfile'), `FROM ${(engine as { baseImage: string }).baseImage}\nRUN sleep 600\n`)
    const r = await runNode(CLI, ['check', '--no-scan', '--build-timeout', '3s', '--image', 'container-gate-test/hostile:hang'], { cwd: dir })
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/the image build failed: the build did not finish within 3s, so it was stopped .*Raise build-timeout/)
  }, 120_000)

  it('the action\'s final ::error:: line carries no ESC, OSC or BEL byte from Docker\'s error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-hostile-esc-'))
    const runner = mkdtempSync(join(tmpdir(), 'cg-hostile-esc-runner-'))
    writeFileSync(join(runner, 'output'), '')
    writeFileSync(join(runner, 'summary.md'), '')
    // The failing command is quoted in Docker's error, raw bytes and all.
    writeFileSync(join(dir, 'Dockerfile'), `FROM ${(engine as { baseImage: string }).baseImage}\nRUN echo "\u001b]0;pwned\u0007\u001b[31mred" && exit 3\n`)
    const r = await runNode(ACTION, [], {
      cwd: dir,
      env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'octo/esc', GITHUB_SHA: 'f'.repeat(40), GITHUB_OUTPUT: join(runner, 'output'), GITHUB_STEP_SUMMARY: join(runner, 'summary.md'), RUNNER_TEMP: runner, INPUT_COMMENT: 'false', INPUT_SCAN: 'false', 'INPUT_FAIL-ON-LINT': 'none', INPUT_IMAGE: 'container-gate-test/hostile:esc' }
    })
    expect(r.status).toBe(1)
    const failure = liveLines(r.stdout).filter((line) => line.startsWith('::error::Container Gate failed'))
    expect(failure).toHaveLength(1)
    expect(failure[0]).toMatch(/exit 3/)
    expect(failure[0]).not.toMatch(/[\u0007\u001b\u009b]/)
  }, 120_000)
})
