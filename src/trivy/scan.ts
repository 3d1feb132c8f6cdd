import { mkdtemp, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { goDuration } from '../duration.js'
import { Exec, findExecutable, lastNonBlankLine, timed } from '../exec.js'
import type { ExecResult } from '../exec.js'
import type { ScanOutcome } from '../types.js'
import { DEFAULT_TRIVY_VERSION, trivyArgs } from './args.js'
import type { TrivyCallArgs, TrivyScanSettings } from './args.js'
import type { DbReadiness } from './db-download.js'
import { parseTrivyReport, TrivyReportError } from './report.js'

export interface ScanOptions extends TrivyCallArgs {
  image: string
  /** The trivy executable, when the caller already found it; looked up on PATH otherwise. */
  trivy?: string
  /** RUNNER_TEMP in the action, os.tmpdir() in the CLI: the report is written and removed under it. */
  tempDir: string
  /** The version users are told to install when trivy is missing. */
  trivyVersion?: string
  /** The background download's outcome: the DBs it fetched are not fetched again. Absent: Trivy fetches them. */
  db?: DbReadiness
  /** From resolveIgnoreFiles. */
  ignoreFile?: string
  ignoreUnfixed?: boolean
  scanSettings?: TrivyScanSettings
  /** Added to the environment; its PATH decides which trivy runs. */
  env?: Record<string, string>
}

export async function findTrivy(env: Record<string, string | undefined> = process.env): Promise<string | undefined> {
  return findExecutable('trivy', env.PATH ?? '')
}

export function scanImage(opts: ScanOptions, onLine?: (line: string) => void): Promise<ScanOutcome> {
  return timed(() => scan(opts, onLine))
}

async function scan(opts: ScanOptions, onLine?: (line: string) => void): Promise<ScanOutcome> {
  // Whatever held up the download would most likely hold up the scan too, for as long again.
  if (opts.db?.failure !== undefined) return { status: 'failed', reason: opts.db.failure }
  const trivy = opts.trivy ?? (await findTrivy({ ...process.env, ...opts.env }))
  if (trivy === undefined) return { status: 'failed', reason: missingTrivyReason(opts.trivyVersion ?? DEFAULT_TRIVY_VERSION) }

  const dir = await mkdtemp(path.join(opts.tempDir, 'container-gate-trivy-'))
  try {
    const outputFile = path.join(dir, 'report.json')
    const args = trivyArgs({
      image: opts.image,
      outputFile,
      timeoutMs: opts.timeoutMs,
      cacheDir: opts.cacheDir,
      dbRepositories: opts.dbRepositories,
      javaDbRepositories: opts.javaDbRepositories,
      skipDbUpdate: opts.db?.db,
      skipJavaDbUpdate: opts.db?.javaDb,
      ignoreFile: opts.ignoreFile,
      ignoreUnfixed: opts.ignoreUnfixed,
      scanSettings: opts.scanSettings
    })
    const result = await Exec.run(trivy, args, { env: opts.env, onLine, timeoutMs: opts.timeoutMs })
    const failure = trivyFailure(result, `scanning ${opts.image}`, opts.timeoutMs)
    if (failure !== undefined) return { status: 'failed', reason: failure.reason }
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

/** `scanSwitch`: how the user turns the scan off where they run us (`scan: false` in a workflow). */
export function missingTrivyReason(version: string, scanSwitch = 'scan: false'): string {
  return (
    `trivy is not on PATH: install Trivy v${version} from https://github.com/aquasecurity/trivy/releases/tag/v${version} ` +
    `(see https://trivy.dev/latest/getting-started/installation/), put it on PATH, or pass ${scanSwitch}`
  )
}

export interface TrivyFailure {
  /** Trivy was still running at trivy-timeout and was stopped. */
  timedOut: boolean
  reason: string
}

/** Why a Trivy call failed, for the user, or undefined when it exited 0. `doing` names the call: "scanning app:1". */
export function trivyFailure(result: ExecResult, doing: string, timeoutMs: number): TrivyFailure | undefined {
  if (result.startError !== undefined) return { timedOut: false, reason: result.startError }
  const said = lastMeaningfulLine(result.stderr)
  if (result.timedOut) {
    // Its last line tells where it hung; Trivy has no progress to show with --no-progress, only its log.
    return {
      timedOut: true,
      reason:
        `Trivy did not finish ${doing} within ${goDuration(timeoutMs)}, so it was stopped (${said === undefined ? 'it printed nothing' : `its last output: ${said}`}). ` +
        'Raise trivy-timeout, or check that the Trivy DB repositories and registries are reachable from here and that no other ' +
        'Trivy holds the cache directory.'
    }
  }
  if (result.exitCode !== 0) return { timedOut: false, reason: `trivy exited with code ${result.exitCode}: ${said ?? 'no error message'}` }
  return undefined
}

/**
 * The line that says why Trivy stopped: the last non-blank stderr line, without the timestamp and level that
 * Trivy's logger puts in front (`2026-01-02T03:04:05Z\tFATAL\t…`).
 */
export function lastMeaningfulLine(stderr: string): string | undefined {
  return lastNonBlankLine(stderr)?.replace(/^\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)\s+[A-Z]+\s+/, '')
}
