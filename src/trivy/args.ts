import { goDuration } from '../duration.js'
import { UsageError } from '../options.js'

/**
 * The pinned Trivy release users are told to install. Never "latest": v0.69.4 was a malicious release (March 2026),
 * so a version moves only when someone has checked the new one and added its digests to checksums.ts.
 */
export const DEFAULT_TRIVY_VERSION = '0.72.0'

/**
 * How long each Trivy call may take (input trivy-timeout). Twice Trivy's own 5m: jar-heavy images and slow Maven
 * lookups hit that, while a Trivy that is stuck should not hold the job for long either.
 */
export const DEFAULT_TRIVY_TIMEOUT = '10m'

/**
 * Where the vulnerability DB comes from, tried in order (Trivy falls back on 429 and 5xx). Setting the flag replaces
 * Trivy's own list, so ours is complete: Google's mirror first, then AWS's copy, then GHCR, which rate-limited
 * everyone in 2024.
 */
export const DEFAULT_DB_REPOSITORIES: readonly string[] = [
  'mirror.gcr.io/aquasec/trivy-db:2',
  'public.ecr.aws/aquasecurity/trivy-db:2',
  'ghcr.io/aquasecurity/trivy-db:2'
]

/** The same three copies of the Java DB, fetched when an image holds jars. */
export const DEFAULT_JAVA_DB_REPOSITORIES: readonly string[] = [
  'mirror.gcr.io/aquasec/trivy-java-db:1',
  'public.ecr.aws/aquasecurity/trivy-java-db:1',
  'ghcr.io/aquasecurity/trivy-java-db:1'
]

/** What `trivy image` can look for (trivy-action's `scanners`). */
export const TRIVY_SCANNERS = ['vuln', 'secret', 'misconfig', 'license'] as const
export type TrivyScanner = (typeof TRIVY_SCANNERS)[number]
/** Trivy's own default for images. */
export const DEFAULT_SCANNERS: readonly TrivyScanner[] = ['vuln', 'secret']

/** Which packages' vulnerabilities are looked up (`--pkg-types`, trivy-action's `vuln-type`). */
export const PKG_TYPES = ['os', 'library'] as const
export type PkgType = (typeof PKG_TYPES)[number]

/** trivy-action's scan settings, as the user wrote them; empty lists leave Trivy's defaults. */
export interface TrivyScanSettings {
  scanners: readonly TrivyScanner[]
  skipDirs: readonly string[]
  skipFiles: readonly string[]
  pkgTypes: readonly PkgType[]
  /** VEX documents (paths) or sources (`repo`, `oci`). */
  vex: readonly string[]
}

/** Where Trivy keeps its DBs and which copies to fetch them from: shared by the download and the scan. */
export interface TrivyDbArgs {
  /** Trivy's --cache-dir; Trivy's own default (~/.cache/trivy) when absent. */
  cacheDir?: string
  dbRepositories?: readonly string[]
  javaDbRepositories?: readonly string[]
}

/** What every Trivy call takes: the DB settings, and how long it may run. */
export interface TrivyCallArgs extends TrivyDbArgs {
  /** Trivy's --timeout, so that its own 5m default does not cut a longer setting short; we kill it at the same time. */
  timeoutMs: number
}

export interface TrivyScanArgs extends TrivyCallArgs {
  image: string
  /** Where Trivy writes the JSON report. */
  outputFile: string
  /** The DB is already in cacheDir (downloaded while the image was built): do not fetch it again. */
  skipDbUpdate?: boolean
  skipJavaDbUpdate?: boolean
  /** A .trivyignore or .trivyignore.yaml; Trivy picks the format from the extension. */
  ignoreFile?: string
  /** Report only vulnerabilities that have a fixed version. */
  ignoreUnfixed?: boolean
  scanSettings?: TrivyScanSettings
}

/**
 * `trivy image` arguments for a report the gate can trust. Every severity, said outright so that a TRIVY_SEVERITY in
 * the job's environment or a trivy.yaml in the repository cannot quietly shrink what the gate counts (the reports
 * filter what they show). --exit-code 0 because Trivy also exits 1 when it crashes, so the verdict comes from the report.
 * --image-src docker so a freshly built local image is never silently swapped for a remote one of the same name.
 */
export function trivyArgs(opts: TrivyScanArgs): string[] {
  return [
    'image',
    '--format', 'json',
    '--output', opts.outputFile,
    '--exit-code', '0',
    '--severity', 'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
    '--list-all-pkgs=false',
    '--scanners', (opts.scanSettings?.scanners.length ? opts.scanSettings.scanners : DEFAULT_SCANNERS).join(','),
    '--no-progress',
    '--disable-telemetry',
    '--skip-version-check',
    '--image-src', 'docker',
    ...dbArgs(opts),
    ...(opts.skipDbUpdate ? ['--skip-db-update'] : []),
    ...(opts.skipJavaDbUpdate ? ['--skip-java-db-update'] : []),
    ...(opts.ignoreFile ? ['--ignorefile', opts.ignoreFile] : []),
    ...(opts.ignoreUnfixed ? ['--ignore-unfixed'] : []),
    ...listFlag('--skip-dirs', opts.scanSettings?.skipDirs),
    ...listFlag('--skip-files', opts.scanSettings?.skipFiles),
    ...listFlag('--pkg-types', opts.scanSettings?.pkgTypes),
    ...listFlag('--vex', opts.scanSettings?.vex),
    '--timeout', goDuration(opts.timeoutMs),
    opts.image
  ]
}

/**
 * Fetches one DB into the cache and stops. Trivy handles `--download-java-db-only` before the vulnerability DB and
 * returns, so the two DBs take one call each.
 */
export function downloadDbArgs(db: 'vuln' | 'java', opts: TrivyCallArgs): string[] {
  return [
    'image',
    db === 'vuln' ? '--download-db-only' : '--download-java-db-only',
    '--no-progress',
    '--disable-telemetry',
    '--skip-version-check',
    ...dbArgs(opts),
    '--timeout', goDuration(opts.timeoutMs)
  ]
}

/** Trivy splits a list flag's value on commas itself; absent or empty leaves its default. */
function listFlag(flag: string, values: readonly string[] | undefined): string[] {
  return values && values.length > 0 ? [flag, values.join(',')] : []
}

function dbArgs(opts: TrivyDbArgs): string[] {
  return [
    ...(opts.cacheDir ? ['--cache-dir', opts.cacheDir] : []),
    '--db-repository', (opts.dbRepositories ?? DEFAULT_DB_REPOSITORIES).join(','),
    '--java-db-repository', (opts.javaDbRepositories ?? DEFAULT_JAVA_DB_REPOSITORIES).join(',')
  ]
}

/**
 * A list of OCI repositories, comma- or newline-separated (input db-repository); empty means the defaults. Each
 * entry must be a bare reference: Trivy splits the flag on commas, so anything else would change its meaning.
 */
export function parseDbRepositories(setting: string, value: string, defaults: readonly string[]): string[] {
  const items = value.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== '')
  if (items.length === 0) return [...defaults]
  for (const item of items) {
    if (/\s|^[a-z]+:\/\//i.test(item)) {
      throw new UsageError(
        `${setting}: "${item}" is not an OCI repository reference. Write it like ${defaults[0]} (no scheme, no spaces).`
      )
    }
  }
  return items
}

/**
 * A comma- or newline-separated list of choices (trivy-action's `scanners`, `vuln-type`): empty means Trivy's
 * default; anything else not in `allowed` is an error naming the setting.
 */
export function parseTrivyList<T extends string>(setting: string, value: string, allowed: readonly T[]): T[] {
  const items = value.split(/[,\n]/).map((s) => s.trim().toLowerCase()).filter((s) => s !== '')
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) throw new UsageError(`${setting}: "${item}" is not one of ${allowed.join(', ')}. Write a comma-separated list of them.`)
  }
  return [...new Set(items as T[])]
}
