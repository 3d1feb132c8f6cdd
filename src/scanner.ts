// Getting Trivy ready while the image builds: find or install it, restore its DB cache, and start the DB download
// in the background so that the build hides it. The scan step then awaits what this started.
import { homedir } from 'node:os'
import { restoreTrivyDb, saveTrivyDb } from './cache/index.js'
import type { StepLog } from './log.js'
import {
  defaultTrivyCacheDir,
  ensureTrivy,
  findTrivy,
  missingTrivyReason,
  resolveIgnoreFiles,
  scanImage,
  startDbDownload,
  TrivyInstallError
} from './trivy/index.js'
import type { DbReadiness, TrivyScanSettings } from './trivy/index.js'
import type { ScanOutcome } from './types.js'

export interface ScannerSettings {
  trivyVersion: string
  /** Install a verified Trivy when none is on PATH (the action); the CLI only looks on PATH. */
  install?: { checksum?: string; downloadUrl?: string }
  /** Restore and save Trivy's DB with the Actions cache (the action). */
  cacheDb: boolean
  dbRepositories: readonly string[]
  javaDbRepositories: readonly string[]
  /** `trivyignore`: a file named by the user, relative to the workspace; empty finds .trivyignore(.yaml). */
  ignoreFile: string
  /** `trivyignores` (trivy-action): more ignore files, joined with `ignoreFile` into one. */
  ignoreFiles?: readonly string[]
  /** trivy-action's scanners, skip-dirs, skip-files, pkg-types and vex. */
  scanSettings?: TrivyScanSettings
  ignoreUnfixed: boolean
  /** trivy-timeout: how long each Trivy call, the DB download and the scan, may run before it is stopped. */
  timeoutMs: number
  /** How the user turns the scan off (`--no-scan`), said when Trivy is missing. */
  scanSwitch: string
  workspace: string
  tempDir: string
}

/** A Trivy that is ready to scan, or why there is none. */
export type Scanner =
  | {
      ready: true
      trivy: string
      cacheDir: string
      ignoreFile?: string
      db: Promise<DbReadiness>
      /** Saves the DB to the Actions cache after the first scan; later scans of the same run reuse that save. */
      saveDb: () => Promise<void>
      settings: ScannerSettings
    }
  | { ready: false; reason: string; missing: boolean }

/** Call before the build: the DB download it starts runs while the image builds. */
export async function prepareScanner(settings: ScannerSettings, log: Pick<StepLog, 'info' | 'warn'>): Promise<Scanner> {
  // A wrong ignore-file setting is the user's to fix, and says so before anything is built.
  const ignoreFile = await resolveIgnoreFiles(settings.workspace, [settings.ignoreFile, ...(settings.ignoreFiles ?? [])], settings.tempDir)
  let trivy: string | undefined
  try {
    trivy = settings.install
      ? (await ensureTrivy({ version: settings.trivyVersion, tempDir: settings.tempDir, checksum: settings.install.checksum, baseUrl: settings.install.downloadUrl })).path
      : await findTrivy()
  } catch (e) {
    if (e instanceof TrivyInstallError) return { ready: false, reason: e.message, missing: false }
    throw e
  }
  if (!trivy) return { ready: false, reason: missingTrivyReason(settings.trivyVersion, settings.scanSwitch), missing: true }
  log.info(`trivy: ${trivy}`)
  const cacheDir = defaultTrivyCacheDir(process.env, homedir(), process.platform)
  const dbCache = settings.cacheDb ? await restoreTrivyDb({ cacheDir }, log) : undefined
  const db = startDbDownload({
    trivy,
    cacheDir,
    dbRepositories: settings.dbRepositories,
    javaDbRepositories: settings.javaDbRepositories,
    timeoutMs: settings.timeoutMs
  })
  let saved: Promise<void> | undefined
  const saveDb = (): Promise<void> => (saved ??= dbCache ? saveTrivyDb(dbCache, log) : Promise.resolve())
  return { ready: true, trivy, cacheDir, ...(ignoreFile && { ignoreFile }), db, saveDb, settings }
}

export type ScannerSource = (settings: ScannerSettings, log: Pick<StepLog, 'info' | 'warn'>) => Promise<Scanner>

/**
 * One Trivy for every Dockerfile of a step: prepared before the first build, whose time hides the DB download;
 * the later scans find the DB ready.
 */
export function sharedScanner(): ScannerSource {
  let prepared: Promise<Scanner> | undefined
  return (settings, log) => (prepared ??= prepareScanner(settings, log))
}

/** Scans with the prepared Trivy, then saves its DB to the cache. Always awaits the background download. */
export async function scanWith(
  scanner: Extract<Scanner, { ready: true }>,
  image: string,
  log: StepLog
): Promise<ScanOutcome> {
  const db = await scanner.db
  if (db.warning) log.warn(db.warning)
  const { settings } = scanner
  const outcome = await log.tool(`trivy image ${image}`, (onLine) =>
    scanImage(
      {
        trivy: scanner.trivy,
        image,
        trivyVersion: settings.trivyVersion,
        tempDir: settings.tempDir,
        cacheDir: scanner.cacheDir,
        dbRepositories: settings.dbRepositories,
        javaDbRepositories: settings.javaDbRepositories,
        db,
        ...(scanner.ignoreFile && { ignoreFile: scanner.ignoreFile }),
        ignoreUnfixed: settings.ignoreUnfixed,
        ...(settings.scanSettings && { scanSettings: settings.scanSettings }),
        timeoutMs: settings.timeoutMs
      },
      onLine
    )
  )
  await scanner.saveDb()
  return outcome
}
