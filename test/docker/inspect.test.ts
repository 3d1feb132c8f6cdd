import { describe, expect, it } from 'vitest'
import { detectDocker } from '../../src/docker/detect.js'
import { DockerError, inspectImage, parseImageInspect } from '../../src/docker/inspect.js'
import { dockerEngine } from '../helpers/docker-engine.js'
import { dockerClientOnPath, needs } from '../helpers/optional-tools.js'

const engine = await dockerEngine()
const dockerClient = await dockerClientOnPath()

describe('parseImageInspect', () => {
  it('reads id, size and tags', () => {
    const text = JSON.stringify([{ Id: 'sha256:abc', Size: 2048, RepoTags: ['a:1', 'b:2'], Config: {} }])
    expect(parseImageInspect(text)).toEqual({ id: 'sha256:abc', size: 2048, tags: ['a:1', 'b:2'] })
  })

  it('accepts an image without tags', () => {
    expect(parseImageInspect('[{"Id": "sha256:abc", "Size": 0, "RepoTags": null}]').tags).toEqual([])
  })

  it.each(['', 'Error: oops', '[]', '[{"Id": "sha256:abc"}]', '{"Id": "sha256:abc", "Size": 1}'])('rejects %s', (text) => {
    expect(() => parseImageInspect(text)).toThrow(DockerError)
  })
})

describe('detectDocker', () => {
  it('says to install Docker or turn the build off when docker is not on PATH', async () => {
    expect(await detectDocker({ PATH: '/nonexistent-dir' })).toEqual({
      available: false,
      reason: 'docker is not on PATH: install Docker or pass build: false'
    })
  })

  it('quotes the client when the daemon does not answer', needs('Docker', dockerClient), async () => {
    const status = await detectDocker({ DOCKER_HOST: 'unix:///nonexistent-dir/docker.sock' })
    expect(status.available).toBe(false)
    if (!status.available) {
      expect(status.reason).toMatch(/^the Docker daemon is not running or not reachable \(.*nonexistent-dir\/docker\.sock.*\): start it, or pass build: false$/)
    }
  })

  it('finds the engine, its version and whether buildx is there', needs('Docker', engine), async () => {
    expect(await detectDocker()).toEqual({
      available: true,
      buildx: expect.any(Boolean),
      version: expect.stringMatching(/^\d+\.\d+/),
      clientVersion: expect.stringMatching(/^\d+\.\d+/)
    })
  })
})

describe('inspectImage', needs('Docker', engine), () => {
  it('reads an existing image', async () => {
    const image = await inspectImage(engine.ok ? engine.baseImage : '')
    expect(image.id).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(image.size).toBeGreaterThan(0)
    expect(image.tags).toContain(engine.ok ? engine.baseImage : '')
  })

  it('says to build first when the image does not exist', async () => {
    await expect(inspectImage('container-gate-test/missing:nope')).rejects.toThrow(
      new DockerError('image not found: container-gate-test/missing:nope: build it first or set build: true')
    )
  })
})
