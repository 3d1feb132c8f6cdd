import { describe, expect, it } from 'vitest'
import { Exec } from '../../src/exec.js'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'
import { buildMetadata, pushedMetadata } from '../../src/docker/metadata.js'
import { parsePushDigest } from '../../src/docker/push.js'
import { pushGated } from '../../src/docker/push-gated.js'
import type { GateReport } from '../../src/types.js'
import { makeRun } from '../report/runs.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const engine = await dockerEngine()

describe('parsePushDigest', () => {
  it("reads the registry's digest from docker push's last line", () => {
    const output = ['The push refers to repository [127.0.0.1:5000/app]', '0c45d35cb493: Pushed', `1: digest: ${DIGEST} size: 734`].join('\n')
    expect(parsePushDigest(output)).toBe(DIGEST)
  })

  it('finds none when docker printed none', () => {
    expect(parsePushDigest('0c45d35cb493: Layer already exists\n')).toBeUndefined()
  })
})

describe('metadata', () => {
  it("has build-push-action's keys, buildx's own winning, and the registry's digest after a push", () => {
    expect(buildMetadata('sha256:id', 'app:1')).toEqual({ 'containerimage.config.digest': 'sha256:id', 'image.name': 'app:1' })
    const fromBuildx = buildMetadata('sha256:id', 'app:1', { 'containerimage.digest': 'sha256:local', 'buildx.build.ref': 'b/b/x' })
    expect(fromBuildx).toMatchObject({ 'containerimage.digest': 'sha256:local', 'buildx.build.ref': 'b/b/x' })
    expect(pushedMetadata(fromBuildx, ['r/app:1', 'r/app:latest'], DIGEST)).toEqual({
      'containerimage.config.digest': 'sha256:id',
      'image.name': 'r/app:1,r/app:latest',
      'containerimage.digest': DIGEST,
      'buildx.build.ref': 'b/b/x'
    })
  })
})

describe('pushGated', () => {
  const log = { info: () => undefined }
  const report = (pass: boolean, build = makeRun().build): GateReport => {
    const run = { ...makeRun(), build, verdict: { pass, reasons: pass ? [] : ['2 CRITICAL vulnerabilities'] } }
    return { runs: [run], verdict: run.verdict }
  }

  it('leaves a failed gate as it is, pushing nothing', async () => {
    const failed = report(false, { status: 'ok', image: 'app:1', imageId: 'sha256:never-pushed' })
    expect(await pushGated(failed, ['127.0.0.1:1/app:1'], log)).toBe(failed)
  })

  it('fails a passed gate that has no built image to push', async () => {
    const pushed = await pushGated(report(true, { status: 'skipped', reason: 'build is off', image: 'app:1' }), ['r/app:1'], log)
    expect(pushed.verdict).toEqual({ pass: false, reasons: ['there is no built image to push: push needs build: true and one Dockerfile'] })
    expect(pushed.runs[0].verdict.pass).toBe(false)
  })
})

describe('pushGated on the engine', needs('Docker', engine), () => {
  it('fails the gate when the registry cannot be reached, naming the tag and why', async () => {
    const baseImage = engine.ok ? engine.baseImage : ''
    const imageId = (await Exec.run('docker', ['image', 'inspect', '--format', '{{.Id}}', baseImage])).stdout.trim()
    // Port 1 on loopback: nothing listens there, so the engine is refused at once.
    const tag = '127.0.0.1:1/cg-push-test/app:unreachable'
    const run = { ...makeRun(), build: { status: 'ok' as const, image: baseImage, imageId } }
    try {
      const pushed = await pushGated({ runs: [run], verdict: run.verdict }, [tag], { info: () => undefined })
      expect(pushed.verdict.pass).toBe(false)
      expect(pushed.verdict.reasons[0]).toMatch(new RegExp(`^the push failed: docker push ${tag.replace(/[.]/g, '\\.')} failed: .*(refused|connect)`))
    } finally {
      await Exec.run('docker', ['image', 'rm', tag])
    }
  }, 60_000)
})
