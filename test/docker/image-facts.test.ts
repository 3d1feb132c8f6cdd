import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseInspectedImages } from '../../src/docker/image-config.js'
import { parseHistory, readImageFacts } from '../../src/docker/image-facts.js'
import { DockerError } from '../../src/docker/inspect.js'

// Captured from Docker 20.10 (classic builder) for DOCKERFILE: `docker history --no-trunc --human=false --format
// '{{json .}}'` (newest first) and `docker image inspect` of each image it names, ids and digests shortened.
const DOCKERFILE = `FROM container-gate-test/busybox:1.35.0
ENV A=1
WORKDIR /app
RUN mkdir /data
RUN true
WORKDIR /app
COPY Dockerfile .
EXPOSE 8080 53/udp
HEALTHCHECK CMD wget -q localhost
USER 1000
`
const entry = (id: string, createdBy: string, size: number, comment = '') =>
  JSON.stringify({ Comment: comment, CreatedAt: '2026-11-27T10:12:24Z', CreatedBy: createdBy, CreatedSince: '2026-11-27T10:12:24Z', ID: id, Size: String(size) })
const HISTORY = [
  entry('sha256:58a7', '/bin/sh -c #(nop)  USER 1000', 0),
  entry('sha256:faa7', '/bin/sh -c #(nop)  HEALTHCHECK &{["CMD-SHELL" "wget -q localhost"] "0s" "0s" "0s" \'\\x00\'}', 0),
  entry('sha256:b169', '/bin/sh -c #(nop)  EXPOSE 53/udp 8080', 0),
  entry('sha256:8068', '/bin/sh -c #(nop) COPY file:be253ccc011c6fbd1bfbacbbad45a9d0691dda6129ed3d7e1a020a91e703582a in . ', 180),
  entry('sha256:f742', '/bin/sh -c #(nop) WORKDIR /app', 0),
  entry('sha256:02ab', '/bin/sh -c true', 0),
  entry('sha256:a967', '/bin/sh -c mkdir /data', 0),
  entry('sha256:777a', '/bin/sh -c #(nop) WORKDIR /app', 0),
  entry('sha256:5cb2', '/bin/sh -c #(nop)  ENV A=1', 0),
  entry('sha256:eef7', '', 1984172, 'Imported from -')
].join('\n')
const L = ['sha256:0529', 'sha256:1685', 'sha256:7687', 'sha256:164e']
const image = (Id: string, layers: number, Config: object = {}, RepoDigests: string[] = []) => ({ Id, RepoDigests, Size: 1984352, Config, RootFS: { Type: 'layers', Layers: L.slice(0, layers) } })
const RUNTIME = { User: '1000', Healthcheck: { Test: ['CMD-SHELL', 'wget -q localhost'] }, ExposedPorts: { '8080/tcp': {}, '53/udp': {} } }
const IMAGES: Record<string, object> = {
  'sha256:58a7': image('sha256:58a7', 4, RUNTIME),
  'sha256:faa7': image('sha256:faa7', 4),
  'sha256:b169': image('sha256:b169', 4),
  'sha256:8068': image('sha256:8068', 4),
  'sha256:f742': image('sha256:f742', 3),
  'sha256:02ab': image('sha256:02ab', 3),
  'sha256:a967': image('sha256:a967', 3),
  'sha256:777a': image('sha256:777a', 2),
  'sha256:5cb2': image('sha256:5cb2', 1),
  'sha256:eef7': image('sha256:eef7', 1),
  'container-gate-test/busybox:1.35.0': image('sha256:eef7', 1, { Env: ['PATH=/usr/bin:/bin', 'APP_UID=1654', 'EMPTY'] }, ['container-gate-test/busybox@sha256:d1', 'mirror/busybox@sha256:d1'])
}

// A `docker` that answers from the captured output and logs what it was asked; `inspect` fails on an unknown image
// after printing the known ones, as the real one does.
const FAKE_DOCKER = `#!/usr/bin/env node
const fs = require('fs'), path = require('path')
const args = process.argv.slice(2)
fs.appendFileSync(path.join(__dirname, 'calls.log'), args.join(' ') + '\\n')
const engine = JSON.parse(fs.readFileSync(path.join(__dirname, 'engine.json'), 'utf8'))
if (args[0] === 'history') { process.stdout.write(engine.history + '\\n'); process.exit(0) }
if (args[0] === 'image' && args[1] === 'inspect') {
  const refs = args.slice(2), found = refs.filter((r) => engine.images[r]).map((r) => engine.images[r])
  process.stdout.write(JSON.stringify(found) + '\\n')
  if (found.length < refs.length) { process.stderr.write('Error: No such image: ' + refs.find((r) => !engine.images[r]) + '\\n'); process.exit(1) }
  process.exit(0)
}
process.stderr.write('this fake docker does not do ' + args[0] + '\\n')
process.exit(1)
`

describe('readImageFacts', () => {
  let bin: string
  beforeEach(async () => {
    bin = await mkdtemp(path.join(tmpdir(), 'fake-docker-'))
    await writeFile(path.join(bin, 'docker'), FAKE_DOCKER)
    await chmod(path.join(bin, 'docker'), 0o755)
  })
  afterEach(() => rm(bin, { recursive: true, force: true }))

  async function read(images: Record<string, object> = IMAGES, history = HISTORY) {
    await writeFile(path.join(bin, 'engine.json'), JSON.stringify({ history, images }))
    const facts = await readImageFacts({ image: 'sha256:58a7', dockerfileText: DOCKERFILE, env: { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` } })
    const calls = (await readFile(path.join(bin, 'calls.log'), 'utf8')).trim().split('\n')
    return { facts, calls }
  }

  it('reads everything from docker history and docker image inspect, and never exports the image', async () => {
    const { facts, calls } = await read()
    expect(calls).toEqual([
      "history --no-trunc --human=false --format {{json .}} sha256:58a7",
      'image inspect sha256:58a7',
      'image inspect sha256:eef7 sha256:5cb2 sha256:777a sha256:a967 sha256:02ab sha256:f742 sha256:8068 sha256:b169 sha256:faa7',
      'image inspect container-gate-test/busybox:1.35.0'
    ])
    expect(facts).toMatchObject({ size: 1984352, user: '1000', healthcheck: 'wget -q localhost', exposedPorts: ['53/udp', '8080/tcp'] })
    // The base image's own user and ENV come along: its ENV defines variables for UndefinedVar and DL3066.
    expect(facts.base).toEqual({
      image: 'container-gate-test/busybox:1.35.0',
      line: 1,
      digest: 'container-gate-test/busybox@sha256:d1',
      config: { user: '', env: { PATH: '/usr/bin:/bin', APP_UID: '1654', EMPTY: '' } }
    })
    // The intermediate images' layer counts say which 0-byte entries made a layer: the first WORKDIR and RUN mkdir.
    expect(facts.layers.map((l) => [l.diffId, l.origin, l.line])).toEqual([
      [L[0], 'base', 1], [L[1], 'instruction', 3], [L[2], 'instruction', 4], [L[3], 'instruction', 7]
    ])
    expect(facts.history?.map((h) => h.line)).toEqual([1, undefined, 3, 4, 5, 6, 7, undefined, undefined, undefined])
    expect(facts.heaviest).toEqual([
      { line: 1, instruction: 'FROM container-gate-test/busybox:1.35.0', bytes: 1984172 },
      { line: 7, instruction: 'COPY Dockerfile .', bytes: 180 },
      { line: 3, instruction: 'WORKDIR /app', bytes: 0 },
      { line: 4, instruction: 'RUN mkdir /data', bytes: 0 }
    ])
  })

  it('places only what the history proves when the intermediate images are gone', async () => {
    const { facts } = await read({ 'sha256:58a7': IMAGES['sha256:58a7']! })
    // Two of the four 0-byte entries (WORKDIR, mkdir, true, WORKDIR) made a layer: which, docker history cannot say.
    expect(facts.layers.map((l) => l.line)).toEqual([1, undefined, undefined, 7])
    expect(facts.base?.digest).toBeUndefined()
    expect(facts.heaviest.map((w) => w.bytes)).toEqual([1984172, 180])
  })

  it("ignores an image the history names whose layers are not the built image's first ones", async () => {
    const { facts } = await read({ ...IMAGES, 'sha256:a967': { ...image('sha256:a967', 3), RootFS: { Layers: ['sha256:0529', 'sha256:1685', 'sha256:ffff'] } } })
    // Without RUN mkdir's count, RUN mkdir and RUN true (both 0 bytes) made one layer between them: which is not known.
    // The first WORKDIR is still settled by the counts around it.
    expect(facts.layers.map((l) => l.line)).toEqual([1, 3, undefined, 7])
  })

  it('fails with a DockerError when the engine cannot give the history', async () => {
    await expect(read(IMAGES, 'not json')).rejects.toThrow(DockerError)
  })
})

describe('docker history', () => {
  it('reads entries oldest first, with their bytes, comment and the image the engine keeps for them', () => {
    const history = parseHistory(HISTORY)
    expect(history[0]).toEqual({ createdBy: '', comment: 'Imported from -', size: 1984172, id: 'sha256:eef7' })
    expect(history.map((h) => h.size)).toEqual([1984172, 0, 0, 0, 0, 0, 180, 0, 0, 0])
    expect(parseHistory('{"CreatedBy":"RUN x # buildkit","Size":"5","ID":"<missing>","Comment":"buildkit.dockerfile.v0"}')).toEqual([
      { createdBy: 'RUN x # buildkit', comment: 'buildkit.dockerfile.v0', size: 5 }
    ])
    expect(parseHistory('\n')).toEqual([])
  })

  it('refuses human-readable sizes and lines that are not JSON', () => {
    expect(() => parseHistory('{"CreatedBy":"","Size":"1.98MB"}')).toThrow(/not a byte count/)
    expect(() => parseHistory('IMAGE CREATED')).toThrow(DockerError)
  })
})

describe('docker image inspect', () => {
  it('reads size, layers, digests and the runtime config of each image asked for', () => {
    expect(parseInspectedImages(JSON.stringify([IMAGES['sha256:58a7'], { Size: 12, Config: { Healthcheck: { Test: ['NONE'] }, ExposedPorts: null, Env: ['APP_UID=1654', 'A=b=c'] }, RootFS: null, RepoDigests: ['alpine@sha256:ab'] }]))).toEqual([
      { id: 'sha256:58a7', size: 1984352, layers: L, repoDigests: [], user: '1000', healthcheck: ['CMD-SHELL', 'wget -q localhost'], exposedPorts: ['53/udp', '8080/tcp'], env: {} },
      { id: '', size: 12, layers: [], repoDigests: ['alpine@sha256:ab'], user: '', healthcheck: ['NONE'], exposedPorts: [], env: { APP_UID: '1654', A: 'b=c' } }
    ])
  })

  it('refuses what is not an image list', () => {
    expect(() => parseInspectedImages('{')).toThrow(DockerError)
    expect(() => parseInspectedImages('{}')).toThrow(/no list of images/)
    expect(() => parseInspectedImages('[{"Id":"x"}]')).toThrow(/no image size/)
  })
})
