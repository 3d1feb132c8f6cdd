import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { inferOwners, layerHint } from '../../src/attribution/empty-layers.js'
import type { HistoryEntry } from '../../src/attribution/empty-layers.js'
import { attributeLayers, ownersByFlags } from '../../src/attribution/layers.js'
import type { LayerHistoryEntry } from '../../src/attribution/layers.js'
import { attributeVulnerabilities } from '../../src/attribution/vulnerabilities.js'
import { imageFacts } from '../../src/image/facts.js'
import { parseDockerfile } from '../../src/lint/parse.js'
import { parseTrivyReport } from '../../src/trivy/report.js'
import type { ImageFacts, ImageLayer, ScanReport, Vulnerability } from '../../src/types.js'

const FIXTURES = new URL('../fixtures/trivy/', import.meta.url)
const diff = (n: number): string => `sha256:${String(n).padStart(64, '0')}`

// Captured from `docker save` of an image the classic builder (Docker 20.10, DOCKER_BUILDKIT=0) built from CLASSIC_FILE.
const CLASSIC_HISTORY: LayerHistoryEntry[] = [
  { createdBy: '', emptyLayer: false },
  { createdBy: '/bin/sh -c #(nop)  ENV APP=1', emptyLayer: true },
  { createdBy: '/bin/sh -c #(nop) WORKDIR /app', emptyLayer: false },
  { createdBy: '/bin/sh -c mkdir /data', emptyLayer: false },
  { createdBy: '/bin/sh -c #(nop) COPY file:00ec16333078d287782d462baefc8bb9eb0231dc3aefba3ca3e2f7e5cf0cadda in /app/a.txt ', emptyLayer: false },
  { createdBy: '/bin/sh -c echo hi > /hi.txt &&     echo more >> /hi.txt', emptyLayer: false },
  { createdBy: '/bin/sh -c #(nop) COPY file:07d9b52d2ecb75a1078d64e6d35d8e4f1cdec4855184c899c4b1bde35676b809 in /artifact ', emptyLayer: false },
  { createdBy: '/bin/sh -c #(nop) WORKDIR /app', emptyLayer: true },
  { createdBy: '/bin/sh -c #(nop)  USER 1000', emptyLayer: true },
  { createdBy: '/bin/sh -c #(nop)  CMD ["sh"]', emptyLayer: true }
]
const CLASSIC_FILE = `FROM busybox AS build
RUN echo built > /artifact

FROM busybox
ENV APP=1
WORKDIR /app
RUN mkdir /data
COPY a.txt /app/a.txt
RUN echo hi > /hi.txt && \\
    echo more >> /hi.txt
COPY --from=build /artifact /artifact
WORKDIR /app
USER 1000
CMD ["sh"]
`

/** The nginx fixture's image: a BuildKit build (`# buildkit`, `buildkit.dockerfile.v0`) on nginx, itself on alpine. */
function nginxHistory(): { history: LayerHistoryEntry[]; diffIds: string[] } {
  const report = JSON.parse(readFileSync(fileURLToPath(new URL('realworld-nginx-image-zero-vulns.json', FIXTURES)), 'utf8'))
  const config = report.Metadata.ImageConfig
  return {
    history: config.history.map((h: { created_by?: string; empty_layer?: boolean }) => ({ createdBy: h.created_by ?? '', emptyLayer: h.empty_layer === true })),
    diffIds: report.Metadata.DiffIDs
  }
}
// The Dockerfile behind the nginx fixture's last four history entries (a React app served by nginx).
const NGINX_FILE = `FROM node:18 AS build
WORKDIR /usr/src/app
COPY . .
RUN npm ci && npm run build

FROM nginx:1.24-alpine
WORKDIR /usr/share/nginx/html
COPY --from=build /usr/src/app/build .
EXPOSE 80
ENTRYPOINT ["nginx", "-g", "daemon off;"]
`

const places = (layers: ImageLayer[]) => layers.map((l) => [l.origin, l.line])

describe('attributeLayers', () => {
  it('reads the classic builder: a WORKDIR that made a directory owns a layer, the repeated one does not', () => {
    const layers = attributeLayers(CLASSIC_HISTORY, [1, 2, 3, 4, 5, 6].map(diff), parseDockerfile(CLASSIC_FILE))
    expect(places(layers)).toEqual([['base', 4], ['instruction', 6], ['instruction', 7], ['instruction', 8], ['instruction', 9], ['instruction', 11]])
    expect(layers[4]!.instruction).toBe('RUN echo hi > /hi.txt && echo more >> /hi.txt')
    expect(layers[0]!.instruction).toBe('FROM busybox')
  })

  it("reads BuildKit's history: the base's own layers (alpine's ADD, nginx's RUN and COPY) all go to FROM", () => {
    const { history, diffIds } = nginxHistory()
    const layers = attributeLayers(history, diffIds, parseDockerfile(NGINX_FILE))
    expect(places(layers)).toEqual([...Array(7).fill(['base', 6]), ['instruction', 7], ['instruction', 8]])
    expect(layers[8]!.instruction).toBe('COPY --from=build /usr/src/app/build .')
  })

  it('leaves layers unknown from the first entry the Dockerfile does not explain, and keeps the later ones', () => {
    const { history, diffIds } = nginxHistory()
    const edited = NGINX_FILE.replace('WORKDIR /usr/share/nginx/html', 'WORKDIR /srv')
    expect(places(attributeLayers(history, diffIds, parseDockerfile(edited)))).toEqual([...Array(8).fill(['unknown', undefined]), ['instruction', 8]])
  })

  it('proves nothing when the flags and the DiffIDs disagree in number', () => {
    const layers = attributeLayers(CLASSIC_HISTORY, [1, 2, 3].map(diff), parseDockerfile(CLASSIC_FILE))
    expect(places(layers)).toEqual([['unknown', undefined], ['unknown', undefined], ['unknown', undefined]])
  })

  it('traces the --target stage and the stages it is built FROM', () => {
    const file = 'FROM busybox AS base\nRUN echo a > /a\nFROM base AS app\nENV X=1\nRUN echo b > /b\nFROM busybox\nRUN echo c > /c\n'
    const history: LayerHistoryEntry[] = [
      { createdBy: '', emptyLayer: false },
      { createdBy: 'RUN /bin/sh -c echo a > /a # buildkit', emptyLayer: false },
      { createdBy: 'ENV X=1', emptyLayer: true },
      { createdBy: 'RUN /bin/sh -c echo b > /b # buildkit', emptyLayer: false }
    ]
    expect(places(attributeLayers(history, [1, 2, 3].map(diff), parseDockerfile(file), 'APP'))).toEqual([['base', 1], ['instruction', 2], ['instruction', 5]])
    // Without the target the last stage is the image, and this history is not its.
    expect(places(attributeLayers(history, [1, 2, 3].map(diff), parseDockerfile(file)))).toEqual([['unknown', undefined], ['unknown', undefined], ['unknown', undefined]])
  })

  it('matches build-arg prefixes, exec forms and a builder that records no ARG', () => {
    const file = 'FROM busybox\nARG V=1\nRUN ["echo", "x"]\nRUN echo $V > /v\n'
    const history: LayerHistoryEntry[] = [
      { createdBy: '', emptyLayer: false },
      { createdBy: 'RUN echo x # buildkit', emptyLayer: false },
      { createdBy: 'RUN |1 V=1 /bin/sh -c echo $V > /v # buildkit', emptyLayer: false }
    ]
    expect(places(attributeLayers(history, [1, 2, 3].map(diff), parseDockerfile(file)))).toEqual([['base', 1], ['instruction', 3], ['instruction', 4]])
  })
})

/** A history as `docker history` prints it: no flags; sizes as given, 0 where none is. */
const asDockerHistory = (history: readonly LayerHistoryEntry[], sizes: readonly number[] = []): HistoryEntry[] =>
  history.map((h, i) => ({ createdBy: h.createdBy, size: sizes[i] ?? 0, ...(/ # buildkit$|^[A-Z]+ /.test(h.createdBy) && { comment: 'buildkit.dockerfile.v0' }) }))

// `docker history --no-trunc --human=false` of a classic build (Docker 20.10, DOCKER_BUILDKIT=0), oldest first, with the
// RootFS.Layers count of the image it names for each entry; the saved config flags RUN true and the 2nd WORKDIR empty.
const CLASSIC_DOCKER_HISTORY: HistoryEntry[] = [
  { createdBy: '', comment: 'Imported from -', size: 1984172, layers: 1 },
  { createdBy: '/bin/sh -c #(nop)  ENV A=1', size: 0, layers: 1 },
  { createdBy: '/bin/sh -c #(nop) WORKDIR /app', size: 0, layers: 2 },
  { createdBy: '/bin/sh -c mkdir /data', size: 0, layers: 3 },
  { createdBy: '/bin/sh -c true', size: 0, layers: 3 },
  { createdBy: '/bin/sh -c #(nop) WORKDIR /app', size: 0, layers: 3 },
  { createdBy: '/bin/sh -c #(nop) COPY file:5880cf8e9bf76331ad393704abc5f875a81028fdaecf7c1622ac93e22d2716d1 in . ', size: 117, layers: 4 }
]
const CLASSIC_FLAGS = [false, true, false, false, true, true, false]

describe('layerHint', () => {
  it.each([
    ['/bin/sh -c #(nop)  ENV A=1', undefined, 0, 'empty'],
    ['LABEL a=b', 'buildkit.dockerfile.v0', 0, 'empty'],
    ['/bin/sh -c #(nop)  CMD ["sh"]', undefined, 0, 'empty'],
    ['HEALTHCHECK &{["CMD-SHELL" "true"] "0s" "0s" "0s" "0s" \'\\x00\'}', 'buildkit.dockerfile.v0', 0, 'empty'],
    ['/bin/sh -c #(nop) COPY file:ab in /x ', undefined, 0, 'layer'],
    ['ADD x /y # buildkit', 'buildkit.dockerfile.v0', 0, 'layer'],
    ['RUN /bin/sh -c true # buildkit', 'buildkit.dockerfile.v0', 0, 'layer'],
    ['WORKDIR /app', 'buildkit.dockerfile.v0', 0, 'layer'],
    ['WORKDIR /', 'buildkit.dockerfile.v0', 0, 'unsure'],
    ['/bin/sh -c true', undefined, 0, 'unsure'],
    ['/bin/sh -c #(nop) WORKDIR /app', undefined, 0, 'unsure'],
    ['/bin/sh -c make', undefined, 12, 'layer'],
    ['', 'Imported from -', 0, 'unsure']
  ])('%s (%s, %i bytes): %s', (createdBy, comment, size, hint) => {
    expect(layerHint({ createdBy, ...(comment && { comment }), size })).toBe(hint)
  })
})

describe('inferOwners', () => {
  it("takes the classic builder's intermediate images as the truth: RUN true and the repeated WORKDIR own nothing", () => {
    expect(inferOwners(CLASSIC_DOCKER_HISTORY, 4)).toEqual(ownersByFlags(CLASSIC_FLAGS, 4))
  })

  it('offers every entry of a span its text and size cannot settle, and settles one that the count does', () => {
    const bare = CLASSIC_DOCKER_HISTORY.map(({ layers: _layers, ...entry }) => entry)
    // Four 0-byte entries (two WORKDIRs, mkdir, true) for the two layers between the base's and COPY's: any two of them,
    // in order.
    expect(inferOwners(bare, 4)).toEqual([[0], [2, 3, 4], [3, 4, 5], [6]])
    // With the layer count known after mkdir, only RUN true and the 2nd WORKDIR are left, for no layer.
    const anchored = bare.map((entry, i) => (i === 3 ? { ...entry, layers: 3 } : entry))
    expect(inferOwners(anchored, 4)).toEqual(ownersByFlags(CLASSIC_FLAGS, 4))
    // One unsure entry is settled by the count alone.
    expect(inferOwners(bare.slice(0, 4), 3)).toEqual([[0], [2], [3]])
    expect(inferOwners([...bare.slice(0, 2), bare[6]!], 2)).toEqual([[0], [2]])
  })

  it("reproduces the nginx image's exact flags from BuildKit's history text alone, sizes unknown", () => {
    const { history, diffIds } = nginxHistory()
    expect(inferOwners(asDockerHistory(history), diffIds.length)).toEqual(ownersByFlags(history.map((h) => h.emptyLayer), diffIds.length))
  })

  it('offers a whole span when its hints contradict its count', () => {
    // Three sure layers for a count of two: some hint is wrong, but the layers are still among these entries.
    const history: HistoryEntry[] = [{ createdBy: '', size: 5 }, { createdBy: '/bin/sh -c #(nop) COPY file:a in /a ', size: 0 }, { createdBy: '/bin/sh -c make', size: 3 }]
    expect(inferOwners(history, 2)).toEqual([[0, 1, 2], [0, 1, 2]])
  })

  it('proves nothing from counts that contradict each other', () => {
    const history: HistoryEntry[] = [{ createdBy: '', size: 5, layers: 1 }, { createdBy: '/bin/sh -c true', size: 0, layers: 0 }]
    expect(inferOwners(history, 1)).toEqual([[]])
    expect(inferOwners([{ createdBy: '/bin/sh -c #(nop)  ENV A=1', size: 0 }], 2)).toEqual([[], []])
    expect(inferOwners([], 1)).toEqual([[]])
    // The last entry is the image itself: its count must be the image's.
    expect(inferOwners([{ createdBy: '', size: 5, layers: 1 }], 2)).toEqual([[], []])
  })
})

describe("attributeVulnerabilities with the report's image config", () => {
  /** A report of the given image config, one vulnerability on each DiffID, read by the real parser. */
  function reportWith(history: readonly LayerHistoryEntry[], diffIds: readonly string[]): ScanReport {
    const raw = {
      SchemaVersion: 2,
      Metadata: { DiffIDs: diffIds, ImageConfig: { history: history.map((h) => ({ created_by: h.createdBy, ...(h.emptyLayer && { empty_layer: true }) })), rootfs: { type: 'layers', diff_ids: diffIds } } },
      Results: [{ Target: 't', Class: 'os-pkgs', Vulnerabilities: diffIds.map((d, i) => ({ VulnerabilityID: `CVE-${i}`, Severity: 'HIGH', Layer: { DiffID: d } })) }]
    }
    return parseTrivyReport(JSON.stringify(raw), 'report.json')
  }
  const lines = (report: ScanReport) => report.vulnerabilities.map((v) => v.line)

  it('places the layers docker history could not settle with the flags in the report', () => {
    const diffIds = [1, 2, 3, 4, 5, 6].map(diff)
    const facts = imageFacts({ size: 0, history: asDockerHistory(CLASSIC_HISTORY, [1984172, 0, 0, 0, 6, 8, 12]), diffIds, user: '', exposedPorts: [], model: parseDockerfile(CLASSIC_FILE) })
    // From docker history alone: 0-byte WORKDIR, mkdir and WORKDIR again, two of them owning a layer, so every layer
    // after the base's could be one entry or its neighbour.
    expect(facts.layers.map((l) => l.line)).toEqual([4, undefined, undefined, undefined, undefined, undefined])
    expect(lines(attributeVulnerabilities(reportWith(CLASSIC_HISTORY, diffIds), facts))).toEqual([4, 6, 7, 8, 9, 11])
    expect(lines(attributeVulnerabilities(reportWith(CLASSIC_HISTORY, diffIds), undefined))).toEqual(Array(6).fill(undefined))
  })

  it("matches the report's history to the facts' entry by entry, tabs printed as spaces", () => {
    const { history, diffIds } = nginxHistory()
    const facts = imageFacts({ size: 0, history: asDockerHistory(history), diffIds, user: '', exposedPorts: [], model: parseDockerfile(NGINX_FILE) })
    const expected = [...Array(7).fill(6), 7, 8]
    expect(lines(attributeVulnerabilities(reportWith(history, diffIds), { ...facts, layers: [] }))).toEqual(expected)
    // The config keeps a RUN's tabs; docker history prints each as one space.
    const tabbed = history.map((h) => ({ ...h, createdBy: h.createdBy.replace(/ {4}/g, '\t') }))
    expect(tabbed.some((h) => h.createdBy.includes('\t'))).toBe(true)
    const printed = tabbed.map((h) => ({ ...h, createdBy: h.createdBy.replace(/\t/g, ' ') }))
    const spaced = imageFacts({ size: 0, history: asDockerHistory(printed), diffIds, user: '', exposedPorts: [], model: parseDockerfile(NGINX_FILE) })
    expect(lines(attributeVulnerabilities(reportWith(tabbed, diffIds), { ...spaced, layers: [] }))).toEqual(expected)
  })

  it("falls back to the facts' layers when the report's history is not theirs or does not add up", () => {
    const { history, diffIds } = nginxHistory()
    const facts = imageFacts({ size: 0, history: asDockerHistory(history), diffIds, user: '', exposedPorts: [], model: parseDockerfile(NGINX_FILE) })
    const hidden = { ...facts, layers: facts.layers.map((l) => ({ ...l, line: 99 })) }
    // Another image's history (one entry more), and flags that own one layer too many.
    const other = reportWith([...history, { createdBy: 'ENV X=1', emptyLayer: true }], diffIds)
    expect(new Set(lines(attributeVulnerabilities(other, hidden)))).toEqual(new Set([99]))
    const miscounted = reportWith(history.map((h, i) => (i === 1 ? { ...h, emptyLayer: false } : h)), diffIds)
    expect(new Set(lines(attributeVulnerabilities(miscounted, hidden)))).toEqual(new Set([99]))
  })
})

describe('attributeVulnerabilities', () => {
  const vuln = (id: string, layerDiffId?: string): Vulnerability => ({ id, pkgName: 'p', installedVersion: '1', severity: 'HIGH', target: 't', class: 'os-pkgs', ...(layerDiffId && { layerDiffId }) })
  const layers: ImageLayer[] = [
    { diffId: diff(1), origin: 'base', line: 1, createdBy: '' },
    { diffId: diff(2), origin: 'instruction', line: 3, createdBy: '' },
    { diffId: diff(3), origin: 'unknown', createdBy: '' },
    { diffId: diff(4), origin: 'instruction', line: 5, createdBy: '' },
    { diffId: diff(4), origin: 'instruction', line: 6, createdBy: '' },
    { diffId: diff(5), origin: 'instruction', line: 7, createdBy: '' },
    { diffId: diff(5), origin: 'instruction', line: 7, createdBy: '' }
  ]

  it('sets the line of the layer, and none where the layer is unknown, missing, foreign or ambiguous', () => {
    const report: ScanReport = {
      vulnerabilities: [vuln('A', diff(1)), vuln('B', diff(2)), vuln('C', diff(3)), vuln('D'), vuln('E', diff(9)), vuln('F', diff(4)), vuln('G', diff(5)), { ...vuln('H', diff(3)), line: 2 }],
      secrets: []
    }
    const facts: ImageFacts = { size: 0, user: '', exposedPorts: [], layers, heaviest: [] }
    expect(attributeVulnerabilities(report, facts).vulnerabilities.map((v) => v.line)).toEqual([1, 3, undefined, undefined, undefined, undefined, 7, undefined])
    // Without facts nothing is traced; a stale line does not survive.
    expect(attributeVulnerabilities(report, undefined).vulnerabilities.map((v) => v.line)).toEqual(Array(8).fill(undefined))
  })
})
