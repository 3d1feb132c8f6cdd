// The results file on disk: written by every gate step (output `results-file`), read by `mode: report`.
import { createHash } from 'node:crypto'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { matchFiles } from '../files/patterns.js'
import { UsageError } from '../options.js'
import { makeFolder, notRegularFile, refuseEscapes } from '../real-paths.js'
import type { GateReport } from '../types.js'
import { TOOL_VERSION } from '../version.js'
import { ShapeError } from './check.js'
import { parseResultsFile, RESULTS_SCHEMA, RESULTS_VERSION, VersionError } from './schema.js'
import type { ResultsFile } from './schema.js'

/** Far above any real report (a 4,000-vulnerability run writes ~3 MB), far below what would exhaust the runner. */
export const RESULTS_MAX_BYTES = 256 * 1024 * 1024

export interface ResultsMeta {
  key: string
  repository: string
  sha: string
  pullRequest?: { number: number; headSha: string; baseSha: string }
}

export function toResultsFile(report: GateReport, meta: ResultsMeta): ResultsFile {
  return {
    schema: RESULTS_SCHEMA,
    version: RESULTS_VERSION,
    tool: TOOL_VERSION,
    key: meta.key,
    repository: meta.repository,
    sha: meta.sha,
    ...(meta.pullRequest && { pullRequest: meta.pullRequest }),
    verdict: report.verdict,
    runs: report.runs
  }
}

/**
 * Written under `tempDir`, named after the key, so that the files of a matrix's legs can be downloaded into one
 * folder without overwriting each other. Returns the path.
 */
export async function writeResultsFile(report: GateReport, meta: ResultsMeta, tempDir: string): Promise<string> {
  const slug = meta.key.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60).replace(/^-+|-+$/g, '')
  const digest = createHash('sha256').update(meta.key).digest('hex').slice(0, 10)
  const path = join(tempDir, 'container-gate', `results-${slug ? `${slug}-` : ''}${digest}.json`)
  makeFolder(join(tempDir, 'container-gate'))
  await writeFile(path, JSON.stringify(toResultsFile(report, meta)) + '\n')
  return path
}

export interface ReadResults {
  /** As matched: relative to the workspace, or absolute when the pattern was. */
  path: string
  results: ResultsFile
}

/** The `results` input's files (a folder stands for the .json files below it), each checked; in path order. */
export async function readResultsFiles(workspace: string, lines: readonly string[]): Promise<ReadResults[]> {
  const { files, unmatched } = await matchFiles(workspace, lines, { inFolder: (f) => f.endsWith('.json') })
  if (unmatched.length > 0) {
    throw new UsageError(
      `input results: ${unmatched.map((u) => `"${u}"`).join(', ')} matched no results file in ${workspace}. ` +
        'Download the gate steps\' artifacts first (actions/download-artifact) and name the folder they went to.'
    )
  }
  const read: ReadResults[] = []
  for (const path of files) {
    const absolute = resolve(workspace, path)
    refuseEscapes(workspace, [['results', path]])
    const notFile = notRegularFile(absolute)
    if (notFile) throw new UsageError(`input results: ${path} ${notFile}. Name the gate steps' results files only.`)
    const size = (await stat(absolute)).size
    if (size > RESULTS_MAX_BYTES) {
      throw new UsageError(`input results: ${path} is ${size} bytes, more than the ${RESULTS_MAX_BYTES} a results file can be. Name the gate steps' results files only.`)
    }
    try {
      read.push({ path, results: parseResultsFile(await readFile(absolute, 'utf8'), path) })
    } catch (e) {
      // A file of another version is Container Gate's: its message already says what to do.
      if (e instanceof VersionError) throw new UsageError(`input results: ${e.message}`)
      if (e instanceof ShapeError) throw new UsageError(`input results: ${e.message}. Name only files that Container Gate wrote (output results-file).`)
      throw e
    }
  }
  return read
}
