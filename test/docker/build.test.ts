import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { buildImage } from '../../src/docker/build.js'
import { detectDocker } from '../../src/docker/detect.js'
import { Exec } from '../../src/exec.js'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'

const engine = await dockerEngine()
const docker = engine.ok ? await detectDocker() : undefined
const fixtureDir = (name: string) => fileURLToPath(new URL(`../fixtures/docker/${name}/`, import.meta.url))

// The classic builder always (the daemon has it built in); buildx where the plugin is installed.
const builders: { name: string; buildx: boolean; env: Record<string, string> }[] = [
  { name: 'classic', buildx: false, env: { DOCKER_BUILDKIT: '0' } },
  ...(docker?.available && docker.buildx ? [{ name: 'buildx', buildx: true, env: {} }] : [])
]
const tags: string[] = []
let tempDir: string

beforeEach(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'build-test-'))
  return () => rm(tempDir, { recursive: true, force: true })
})
afterAll(async () => {
  if (tags.length > 0) await Exec.run('docker', ['image', 'rm', '--force', ...tags])
})

describe.each(builders)('buildImage with the $name builder', needs('Docker', engine), ({ name, buildx, env }) => {
  const baseImage = engine.ok ? engine.baseImage : ''

  it('builds the target stage with the build args, and reports id, size and tag', async () => {
    const tag = `container-gate-test/app-${process.pid}:${name}-ok`
    tags.push(tag)
    const dir = fixtureDir('multistage')
    const lines: string[] = []
    const outcome = await buildImage(
      {
        buildx,
        env,
        tempDir,
        dockerfile: path.join(dir, 'Dockerfile'),
        context: dir,
        tag,
        target: 'release',
        buildArgs: [['BASE', baseImage], ['GREETING', 'hello from a build arg']]
      },
      (line) => lines.push(line)
    )

    expect(outcome).toMatchObject({ status: 'ok', image: tag, builder: buildx ? 'buildx' : 'docker' })
    expect(outcome.imageId).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(outcome.imageSize).toBeGreaterThan(0)
    expect(lines.length).toBeGreaterThan(0)
    const inside = await Exec.run('docker', ['run', '--rm', tag, 'cat', '/greeting', '/stage'])
    expect(inside.stdout).toBe('hello from a build arg\nrelease\n')
    const tagged = await Exec.run('docker', ['image', 'inspect', '--format', '{{.Id}}', tag])
    expect(tagged.stdout.trim()).toBe(outcome.imageId)
    expect(await readdir(tempDir)).toEqual([])
  })

  it('reports the failing line, the error and the end of the log', async () => {
    const tag = `container-gate-test/app-${process.pid}:${name}-fail`
    const dir = fixtureDir('failing')
    const dockerfile = path.join(dir, 'Dockerfile')
    const outcome = await buildImage({
      buildx,
      env,
      tempDir,
      dockerfile,
      dockerfileText: await readFile(dockerfile, 'utf8'),
      context: dir,
      tag,
      buildArgs: [['BASE', baseImage]]
    })

    expect(outcome).toMatchObject({ status: 'failed', image: tag, failedLine: 9 })
    expect(outcome.reason).toMatch(/\/bin\/sh -c false.*(code: 1|exit code: 1)/)
    expect(outcome.logTail).toContain('RUN false')
    expect(await readdir(tempDir)).toEqual([])
  })
})

describe('buildImage when docker cannot run', () => {
  it('fails with a clear reason when docker is not on PATH', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'build-test-'))
    await mkdir(path.join(dir, 'tmp'))
    const outcome = await buildImage({
      buildx: false,
      env: { PATH: '/nonexistent-dir' },
      tempDir: path.join(dir, 'tmp'),
      dockerfile: 'Dockerfile',
      context: '.',
      tag: 'x'
    })
    expect(outcome).toMatchObject({ status: 'failed', reason: 'docker is not on PATH', image: 'x' })
    await rm(dir, { recursive: true })
  })
})
