import { mkdir, mkdtemp, readFile, realpath, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { UsageError } from '../../src/options.js'
import { readResultsFiles, RESULTS_MAX_BYTES, toResultsFile, writeResultsFile } from '../../src/results/file.js'
import { parseResultsFile } from '../../src/results/schema.js'
import { META, richReport, richResults } from './results.js'

let workspace: string

beforeEach(async () => {
  workspace = await realpath(await mkdtemp(path.join(tmpdir(), 'results-file-test-')))
})
afterEach(() => rm(workspace, { recursive: true, force: true }))

/** A results file for `key` at `file` (relative to the workspace), as a gate step writes it. */
async function results(file: string, key: string): Promise<void> {
  await mkdir(path.dirname(path.join(workspace, file)), { recursive: true })
  await writeFile(path.join(workspace, file), JSON.stringify(richResults({ ...META, key })) + '\n')
}

async function place(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(workspace, file)), { recursive: true })
  await writeFile(path.join(workspace, file), text)
}

const DOWNLOAD = "Download the gate steps' artifacts first (actions/download-artifact) and name the folder they went to."
const WROTE = 'Name only files that Container Gate wrote (output results-file).'

describe('writeResultsFile', () => {
  it('writes the report under the temp folder, named after the key, and it reads back', async () => {
    const file = await writeResultsFile(richReport(), META, workspace)
    expect(path.dirname(file)).toBe(path.join(workspace, 'container-gate'))
    expect(path.basename(file)).toMatch(/^results-ci-scan-services-dockerfile-[0-9a-f]{10}\.json$/)
    const text = await readFile(file, 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    expect(parseResultsFile(text, file)).toStrictEqual(JSON.parse(JSON.stringify(toResultsFile(richReport(), META))))
  })

  it('gives two keys two files, even keys that differ only in punctuation or case', async () => {
    const keys = ['CI / scan / a=1 / Dockerfile', 'CI / scan / a=2 / Dockerfile', 'CI / scan / a b', 'CI / scan / a-b', 'ci / scan / a-b']
    const files = await Promise.all(keys.map((key) => writeResultsFile(richReport(), { ...META, key }, workspace)))
    expect(new Set(files).size).toBe(keys.length)
  })

  it('gives the same key the same file, the later report replacing the earlier', async () => {
    const first = await writeResultsFile(richReport(), META, workspace)
    const report = { ...richReport(), verdict: { pass: true, reasons: [] } }
    const second = await writeResultsFile(report, META, workspace)
    expect(second).toBe(first)
    expect(JSON.parse(await readFile(second, 'utf8')).verdict).toEqual({ pass: true, reasons: [] })
  })

  it('keeps a long or hostile key out of the file name', async () => {
    for (const key of ['x'.repeat(500), `${'x'.repeat(59)} / b`, '../../etc/passwd', '\n::error::<b>', '']) {
      const file = await writeResultsFile(richReport(), { ...META, key }, workspace)
      expect(path.dirname(file), JSON.stringify(key)).toBe(path.join(workspace, 'container-gate'))
      expect(path.basename(file), JSON.stringify(key)).toMatch(/^results-([a-z0-9]+(-[a-z0-9]+)*-)?[0-9a-f]{10}\.json$/)
      expect(path.basename(file).length).toBeLessThanOrEqual('results-'.length + 60 + 1 + 10 + '.json'.length)
    }
  })
})

describe('readResultsFiles', () => {
  it('reads every .json file below a folder, at any depth, in path order, and nothing else', async () => {
    await results('artifacts/leg-b/results-b.json', 'b')
    await results('artifacts/leg-a/results-a.json', 'a')
    await results('artifacts/leg-a/deeper/results-c.json', 'c')
    await place('artifacts/leg-a/notes.txt', 'not results')
    await place('artifacts/leg-b/results.json.txt', 'not results')
    await place('artifacts/README', 'not results')
    const read = await readResultsFiles(workspace, ['artifacts'])
    expect(read.map((r) => r.path)).toEqual(['artifacts/leg-a/deeper/results-c.json', 'artifacts/leg-a/results-a.json', 'artifacts/leg-b/results-b.json'])
    expect(read.map((r) => r.results.key)).toEqual(['c', 'a', 'b'])
    expect(read[0]!.results).toStrictEqual(JSON.parse(JSON.stringify(richResults({ ...META, key: 'c' }))))
  })

  it('reads the files a glob names, and leaves out what ! lines name', async () => {
    await results('artifacts/leg-a/results-a.json', 'a')
    await results('artifacts/leg-b/results-b.json', 'b')
    await results('artifacts/leg-c/results-c.json', 'c')
    await results('artifacts/leg-c/other.json', 'd')
    const read = await readResultsFiles(workspace, ['artifacts/*/results-*.json', '!artifacts/leg-b'])
    expect(read.map((r) => r.path)).toEqual(['artifacts/leg-a/results-a.json', 'artifacts/leg-c/results-c.json'])
  })

  it('reads a file named literally, and an absolute path as absolute', async () => {
    await results('out/r.json', 'r')
    expect((await readResultsFiles(workspace, ['./out/r.json'])).map((r) => r.path)).toEqual(['out/r.json'])
    expect((await readResultsFiles(workspace, [path.join(workspace, 'out')])).map((r) => r.path)).toEqual([path.join(workspace, 'out/r.json')])
  })

  it.each([
    [['missing'], '"missing"'],
    [['empty'], '"empty"'],
    [['artifacts', 'nothing/*.json', 'gone.json'], '"nothing/*.json", "gone.json"']
  ])('refuses lines that match no results file: %j', async (lines, named) => {
    await results('artifacts/results-a.json', 'a')
    await mkdir(path.join(workspace, 'empty'))
    await place('empty/notes.txt', '')
    const read = readResultsFiles(workspace, lines)
    await expect(read).rejects.toThrow(UsageError)
    await expect(read).rejects.toThrow(`input results: ${named} matched no results file in ${workspace}. ${DOWNLOAD}`)
  })

  it('names a file that is not JSON, and says which files to name', async () => {
    await results('artifacts/results-a.json', 'a')
    await place('artifacts/results-b.json', '{"schema":"container-gate/results",')
    const read = readResultsFiles(workspace, ['artifacts'])
    await expect(read).rejects.toThrow(UsageError)
    await expect(read).rejects.toThrow(/^input results: artifacts\/results-b\.json: not JSON \(.+\)\. Name only files that Container Gate wrote \(output results-file\)\.$/)
  })

  it('names a JSON file that is not a results file, and where it goes wrong', async () => {
    await place('artifacts/package.json', '{"name":"app","version":"1.0.0"}')
    await expect(readResultsFiles(workspace, ['artifacts'])).rejects.toThrow(
      `input results: artifacts/package.json: not a Container Gate results file: schema: expected a value, got undefined. ${WROTE}`
    )
    await place('artifacts/package.json', JSON.stringify({ ...richResults(), version: 99 }))
    await expect(readResultsFiles(workspace, ['artifacts'])).rejects.toThrow(
      'input results: artifacts/package.json: results format version 99; this Container Gate reads version 1. Use the same Container Gate version in the gate and report steps.'
    )
  })

  it('refuses a file larger than a results file can be, without reading it', async () => {
    await results('artifacts/results-a.json', 'a')
    const huge = path.join(workspace, 'artifacts/results-huge.json')
    await writeFile(huge, '')
    // Sparse: the size is only recorded, no byte is written.
    await truncate(huge, RESULTS_MAX_BYTES + 1)
    const read = readResultsFiles(workspace, ['artifacts'])
    await expect(read).rejects.toThrow(UsageError)
    await expect(read).rejects.toThrow(
      `input results: artifacts/results-huge.json is ${RESULTS_MAX_BYTES + 1} bytes, more than the ${RESULTS_MAX_BYTES} a results file can be. Name the gate steps' results files only.`
    )
  })
})
