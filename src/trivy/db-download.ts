// Fetches Trivy's DBs in the background while the image builds, so the scan starts with them in place.
import { Exec } from '../exec.js'
import { downloadDbArgs } from './args.js'
import type { TrivyCallArgs } from './args.js'
import { trivyFailure } from './scan.js'
import type { TrivyFailure } from './scan.js'

export interface DbDownloadOptions extends TrivyCallArgs {
  /** The trivy executable (from ensureTrivy). */
  trivy: string
  /**
   * Also fetch the Java DB. Off by default: it is several times the size of the vulnerability DB and Trivy only
   * needs it for images that hold jars, which it then fetches itself during the scan.
   */
  javaDb?: boolean
  env?: Record<string, string>
}

/** What the scan may skip. The download never throws: a failure only means the scan fetches the DBs itself. */
export interface DbReadiness {
  /** The vulnerability DB is in the cache dir: scan with --skip-db-update. */
  db: boolean
  /** The Java DB is in the cache dir: scan with --skip-java-db-update. */
  javaDb: boolean
  /** Set when a download failed: say it, since the scan will try the download again itself. */
  warning?: string
  /** Set when a download ran out of time: the scan then fails with this rather than wait as long again. */
  failure?: string
  /** Wall time of the background download, to compare with the build it overlapped. */
  durationMs: number
}

/**
 * Starts the DB download and returns at once; await the promise just before the scan. Start it after the cache
 * restore (a fresh restored DB makes this a no-op) and before the build. The calls run one after the other: both
 * write under the same cache dir.
 */
export function startDbDownload(opts: DbDownloadOptions): Promise<DbReadiness> {
  const started = Date.now()
  const run = async (): Promise<DbReadiness> => {
    const vuln = await fetchDb('vuln', opts)
    // Without the vulnerability DB the scan downloads everything anyway; do not spend time on the Java DB first.
    const java = opts.javaDb && vuln === undefined ? await fetchDb('java', opts) : undefined
    const failed = [vuln, java].filter((f): f is TrivyFailure => f !== undefined)
    const timedOut = failed.find((f) => f.timedOut)
    return {
      db: vuln === undefined,
      javaDb: opts.javaDb === true && vuln === undefined && java === undefined,
      ...(timedOut
        ? { failure: timedOut.reason }
        : failed.length > 0 && { warning: `${failed.map((f) => f.reason).join('; ')}. The scan will download the DB itself.` }),
      durationMs: Date.now() - started
    }
  }
  // The promise may sit unawaited for the whole build: a rejection there would be an unhandled one, which ends Node.
  return run().catch((error: unknown) => ({
    db: false,
    javaDb: false,
    warning: `could not download the DB: ${error instanceof Error ? error.message : String(error)}. The scan will download it itself.`,
    durationMs: Date.now() - started
  }))
}

/** undefined when the DB is in place, else why not. */
async function fetchDb(db: 'vuln' | 'java', opts: DbDownloadOptions): Promise<TrivyFailure | undefined> {
  const what = db === 'vuln' ? 'the vulnerability DB' : 'the Java DB'
  const result = await Exec.run(opts.trivy, downloadDbArgs(db, opts), { env: opts.env, timeoutMs: opts.timeoutMs })
  const failure = trivyFailure(result, `downloading ${what}`, opts.timeoutMs)
  return failure && !failure.timedOut ? { ...failure, reason: `could not download ${what} (${failure.reason})` } : failure
}
