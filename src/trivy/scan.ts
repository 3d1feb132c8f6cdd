import { mkdtemp, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { Exec, findExecutable, lastNonBlankLine, timed } from '../exec.js'
import type { ScanOutcome } from '../types.js'
import { DEFAULT_TRIVY_VERSION, trivyArgs } from './args.js'
import type { TrivyDbArgs } from './args.js'
import type { DbReadiness } from './db-download.js'
import { parseTrivyReport, TrivyReportError } from './report.js'

export interface ScanOptions extends TrivyDbArgs {
  image: string
  /** The trivy executable, when the caller already found it; looked up on PATH otherwise. */
  trivy?: string
  /** RUNNER_TEMP in the action, os.tmpdir() in the CLI: the report is written and removed under it. */
  tempDir: string
  /** The version users are told to install when trivy is missing. */
  trivyVersion?: string
  timeout?: string
  /** The background download's outcome: the DBs it fetched are not fetched again. Absent: Trivy fetches them. */
  db?: DbReadiness
  /** From resolveIgnoreFile. */
  ignoreFile?: string
  ignoreUnfixed?: boolean
  /** Added to the environment; its PATH decides which trivy runs. */
  env?: Record<string, string>
}

export function findTrivy(env: Record<string, string | undefined> = process.env): Promise<string | undefined> {
  return findExecutable('trivy', env.PATH ?? '')
}

export function scanImage(opts: ScanOptions, onLine?: (line: string) => void): Promise<ScanOutcome> {
  return timed(() => scan(opts, onLine))
}

async function scan(opts: ScanOptions, onLine?: (line: string) => void): Promise<ScanOutcome> {
  const trivy = opts.trivy ?? (await findTrivy({ ...process.env, ...opts.env }))
  if (trivy === undefined) return { status: 'failed', reason: missingTrivyReason(opts.trivyVersion ?? DEFAULT_TRIVY_VERSION) }

  const dir = await mkdtemp(path.join(opts.tempDir, 'container-gate-trivy-'))
  try {
    const outputFile = path.join(dir, 'report.json')
    const args = trivyArgs({
      image: opts.image,
      outputFile,
      timeout: opts.timeout,
      cacheDir: opts.cacheDir,
      dbRepositories: opts.dbRepositories,
      javaDbRepositories: opts.javaDbRepositories,
      skipDbUpdate: opts.db?.db,
      skipJavaDbUpdate: opts.db?.javaDb,
      ignoreFile: opts.ignoreFile,
      ignoreUnfixed: opts.ignoreUnfixed
    })
    const result = await Exec.run(trivy, args, { env: opts.env, onLine })
    if (result.startError !== undefined) return { status: 'failed', reason: result.startError }
    if (result.exitCode !== 0) {
      const why = lastMeaningfulLine(result.stderr) ?? 'no error message'
      return { status: 'failed', reason: `trivy exited with code ${result.exitCode}: ${why}` }
    }
    let text: string
    try {
      text = await readFile(outputFile, 'utf8')
    } catch {
      return { status: 'failed', reason: `trivy exited 0 but wrote no report to ${outputFile}` }
    }
    try {
      return { status: 'ok', report: parseTrivyReport(text, outputFile) }
    } catch (error) {
      if (error instanceof TrivyReportError) return { status: 'failed', reason: error.message }
      throw error
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export function missingTrivyReason(version: string): string {
  return (
    `trivy is not on PATH: install Trivy v${version} from https://github.com/aquasecurity/trivy/releases/tag/v${version} ` +
    '(see https://trivy.dev/latest/getting-started/installation/), put it on PATH, or pass scan: false'
  )
}

/**
 * The line that says why Trivy stopped: the last non-blank stderr line, without the timestamp and level that
 * Trivy's logger puts in front (`2026-01-02T03:04:05Z\tFATAL\t…`).
 */
export function lastMeaningfulLine(stderr: string): string | undefined {
  return lastNonBlankLine(stderr)?.replace(/^\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)\s+[A-Z]+\s+/, '')
}
