// Docker failing with an engine present: a broken build and an image that is not there. The CLI's exit code is
// the contract (1: the gate failed), and the reason names what to do.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'
import { trivyFixture, trivyStubEnv } from '../helpers/trivy-stub.js'
import { CLI, runNode } from './run.js'

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
