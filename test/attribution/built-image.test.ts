// The whole trace on real images: build with the engine here, read the facts back without exporting the image, and
// put a real Trivy report's vulnerabilities, moved onto the built image's layers, on their Dockerfile lines.
//
// Trivy reads the image's config from the engine and prints it as the report's `Metadata.ImageConfig`. The test
// plays that part: it exports the image with `docker save` (the test may; the product never does), takes the config
// out of the archive, and writes it into the fixture report with the DiffIDs the vulnerabilities are moved onto.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attributeVulnerabilities } from '../../src/attribution/vulnerabilities.js'
import { buildImage } from '../../src/docker/build.js'
import { parseHistory, readImageFacts } from '../../src/docker/image-facts.js'
import { Exec } from '../../src/exec.js'
import { imageFacts } from '../../src/image/facts.js'
import { parseDockerfile } from '../../src/lint/parse.js'
import { parseTrivyReport } from '../../src/trivy/report.js'
import type { ImageFacts, ScanReport } from '../../src/types.js'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'

const engine = await dockerEngine()
const FIXTURE = fileURLToPath(new URL('../fixtures/trivy/realworld-all-severities-67-vulns.json', import.meta.url))

const dockerfile = (base: string): string => `FROM ${base} AS build
RUN echo built > /artifact
RUN mkdir /out

FROM build AS tools
COPY a.txt /tools.txt

FROM ${base} AS unused
RUN echo unused > /unused

FROM ${base}
ENV APP=1
WORKDIR /app
RUN mkdir /data
COPY a.txt /app/a.txt
RUN echo hi > /hi.txt && \\
    echo more >> /hi.txt
COPY --from=tools /artifact /tools.txt /opt/
WORKDIR /app
COPY a.txt .
RUN true
USER 1000
CMD ["sh"]
`

const tags: string[] = []
let dir: string
let text: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'attribution-test-'))
  text = dockerfile(engine.ok ? engine.baseImage : 'busybox')
  await writeFile(path.join(dir, 'Dockerfile'), text)
  await writeFile(path.join(dir, 'a.txt'), 'hello\n')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
  if (tags.length > 0) await Exec.run('docker', ['image', 'rm', '--force', ...tags])
})

const env = { DOCKER_BUILDKIT: '0' }

/** Builds with the classic builder (the one this engine has); returns the image id. */
async function build(target: string): Promise<string> {
  // The process id keeps runs that share the engine apart: removing another run's tag would delete an image whose
  // cached build has this one's id.
  const tag = `container-gate-test/attribution-${process.pid}:${target || 'final'}`
  tags.push(tag)
  const built = await buildImage({ buildx: false, env, tempDir: dir, dockerfile: path.join(dir, 'Dockerfile'), context: dir, tag, target })
  expect(built.status, built.reason).toBe('ok')
  return built.imageId!
}

/** The image's config as the engine stores it, out of a `docker save` archive: what Trivy prints as `ImageConfig`. */
async function savedConfig(image: string): Promise<{ history: Array<{ created_by?: string; empty_layer?: boolean }>; rootfs: { diff_ids: string[] } }> {
  const out = await mkdtemp(path.join(dir, 'save-'))
  execFileSync('docker', ['save', '--output', path.join(out, 'image.tar'), image])
  execFileSync('tar', ['-xf', path.join(out, 'image.tar'), '-C', out, 'manifest.json'])
  const [manifest] = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Array<{ Config: string }>
  execFileSync('tar', ['-xf', path.join(out, 'image.tar'), '-C', out, manifest!.Config])
  const config = JSON.parse(await readFile(path.join(out, manifest!.Config), 'utf8'))
  await rm(out, { recursive: true, force: true })
  return config
}

/**
 * The fixture report as Trivy would print it for this image: its vulnerabilities dealt round-robin onto `diffIds`,
 * and, unless `withConfig` is false, the image's config and DiffIDs in `Metadata`. Read by the real parser.
 */
function reportOn(diffIds: readonly string[], config: unknown, withConfig = true): ScanReport {
  const raw = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { Metadata: Record<string, unknown>; Results: Array<{ Vulnerabilities?: Array<{ Layer?: unknown }> }> }
  let n = 0
  for (const result of raw.Results) for (const v of result.Vulnerabilities ?? []) v.Layer = { DiffID: diffIds[n++ % diffIds.length]! }
  raw.Metadata = withConfig ? { ...raw.Metadata, DiffIDs: diffIds, ImageConfig: config } : { OS: raw.Metadata.OS }
  return parseTrivyReport(JSON.stringify(raw), FIXTURE)
}

const lines = (report: ScanReport) => report.vulnerabilities.map((v) => v.line)
const dealt = (expected: readonly (number | undefined)[], count: number) => Array.from({ length: count }, (_, i) => expected[i % expected.length])

/** The facts `docker history` alone gives, as if the engine had dropped the classic builder's intermediate images. */
function factsWithoutIntermediates(image: string, diffIds: string[], target?: string): ImageFacts {
  const history = parseHistory(execFileSync('docker', ['history', '--no-trunc', '--human=false', '--format', '{{json .}}', image], { encoding: 'utf8' }))
  return imageFacts({ size: 0, history: history.map(({ id: _id, ...entry }) => entry), diffIds, user: '', exposedPorts: [], model: parseDockerfile(text), ...(target && { target }) })
}

describe('vulnerabilities of a real image traced to their Dockerfile lines', needs('Docker', engine), () => {
  const FINAL = [11, 13, 14, 15, 16, 18, 20]
  let image: string
  let facts: ImageFacts
  let config: Awaited<ReturnType<typeof savedConfig>>
  beforeAll(async () => {
    image = await build('')
    facts = await readImageFacts({ image, dockerfileText: text, env })
    config = await savedConfig(image)
  })

  it('reads the facts from docker history and inspect alone, in agreement with the saved config', () => {
    // WORKDIR /app made a directory (a layer, 0 bytes) the first time and nothing the second; RUN mkdir is 0 bytes
    // too, and RUN true changed nothing: the classic builder gave it no layer.
    expect(config.history.map((h) => [h.created_by ?? '', h.empty_layer === true]).slice(-6)).toEqual([
      ['/bin/sh -c #(nop) COPY multi:5e3527df85c44de8c20e829ac6e068e995ff5c01ac702fc48ddccdac09007d70 in /opt/ ', false],
      ['/bin/sh -c #(nop) WORKDIR /app', true],
      [expect.stringMatching(/^\/bin\/sh -c #\(nop\) COPY file:\w+ in \. $/), false],
      ['/bin/sh -c true', true],
      ['/bin/sh -c #(nop)  USER 1000', true],
      ['/bin/sh -c #(nop)  CMD ["sh"]', true]
    ])
    expect(facts.layers.map((l) => l.diffId)).toEqual(config.rootfs.diff_ids)
    expect(facts.history!.map((h) => h.createdBy)).toEqual(config.history.map((h) => h.created_by ?? ''))
    expect(facts.layers.map((l) => [l.origin, l.line])).toEqual(FINAL.map((line, i) => [i === 0 ? 'base' : 'instruction', line]))
    expect(facts.layers[5]!.instruction).toBe('COPY --from=tools /artifact /tools.txt /opt/')
    expect(facts.user).toBe('1000')
    expect(facts.heaviest[0]).toMatchObject({ line: 11, instruction: `FROM ${engine.ok ? engine.baseImage : ''}` })
  })

  it("places the vulnerabilities with the report's image config (the exact flags), whatever the facts inferred", () => {
    const report = reportOn(config.rootfs.diff_ids, config)
    expect(report.image?.history).toHaveLength(config.history.length)
    expect(report.vulnerabilities).toHaveLength(67)
    expect(lines(attributeVulnerabilities(report, facts))).toEqual(dealt(FINAL, 67))
    // The report's flags alone place them: the facts' own layer list is not consulted.
    expect(lines(attributeVulnerabilities(report, { ...facts, layers: [] }))).toEqual(dealt(FINAL, 67))
  })

  it('places them with the inferred layers when the report has no image config', () => {
    const report = reportOn(config.rootfs.diff_ids, config, false)
    expect(report.image).toBeUndefined()
    expect(lines(attributeVulnerabilities(report, facts))).toEqual(dealt(FINAL, 67))
  })

  it('leaves a layer unplaced, never misplaced, when docker history alone cannot tell which entry made it', () => {
    // Without the intermediate images, the two WORKDIRs, RUN mkdir and RUN true (all 0 bytes) own two layers between
    // them, which two is not known: each layer after the base's could be its instruction's or a neighbour's.
    const alone = factsWithoutIntermediates(image, config.rootfs.diff_ids)
    expect(alone.layers.map((l) => l.line)).toEqual([11, ...FINAL.slice(1).map(() => undefined)])
    const report = reportOn(config.rootfs.diff_ids, config, false)
    expect(lines(attributeVulnerabilities(report, alone))).toEqual(dealt([11, ...FINAL.slice(1).map(() => undefined)], 67))
    // The same facts with the report's config: every line, exactly.
    expect(lines(attributeVulnerabilities(reportOn(config.rootfs.diff_ids, config), alone))).toEqual(dealt(FINAL, 67))
  })

  it('follows --target through FROM <stage> to the stage the image starts from', async () => {
    const tools = await build('tools')
    const toolsFacts = await readImageFacts({ image: tools, dockerfileText: text, target: 'tools', env })
    const toolsConfig = await savedConfig(tools)
    expect(toolsFacts.layers.map((l) => [l.origin, l.line])).toEqual([['base', 1], ['instruction', 2], ['instruction', 3], ['instruction', 6]])
    const exact = attributeVulnerabilities(reportOn(toolsConfig.rootfs.diff_ids, toolsConfig), toolsFacts)
    expect(lines(exact)).toEqual(dealt([1, 2, 3, 6], 67))
    const inferred = attributeVulnerabilities(reportOn(toolsConfig.rootfs.diff_ids, toolsConfig, false), toolsFacts)
    expect(lines(inferred)).toEqual(dealt([1, 2, 3, 6], 67))
    // Here every entry but RUN mkdir /out tells by itself, and the layer count settles that one.
    expect(factsWithoutIntermediates(tools, toolsConfig.rootfs.diff_ids, 'tools').layers.map((l) => l.line)).toEqual([1, 2, 3, 6])
  })

  it("ignores a report whose image config is another image's", () => {
    // A config with one history entry is not this image's twelve: the facts' own layers are used.
    const report = reportOn(config.rootfs.diff_ids, { history: [{ created_by: '' }], rootfs: { diff_ids: config.rootfs.diff_ids.slice(0, 1) } })
    expect(report.image?.history).toHaveLength(1)
    expect(lines(attributeVulnerabilities(report, facts))).toEqual(dealt(FINAL, 67))
  })
})
