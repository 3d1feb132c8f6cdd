// The Actions cache entry that holds Trivy's DBs. Pure: the date and platform are arguments.
import path from 'node:path'

const PREFIX = 'container-gate-trivy-db'

/**
 * One entry per OS per UTC day: at most one DB download a day per cache scope, as trivy-action does. The DB is
 * rebuilt every few hours, so a day-old copy is still useful, and the restore key falls back to the newest older one.
 */
export function dbCacheKey(platform: string, now: Date): string {
  return `${dbRestoreKey(platform)}${now.toISOString().slice(0, 10)}`
}

export function dbRestoreKey(platform: string): string {
  return `${PREFIX}-${platform}-`
}

/**
 * Only the DBs, not the whole cache dir: fanal/ holds per-layer scan results, secret matches included, which must
 * not outlive the job in a cache other branches can read; it is also the part that grows with every image.
 */
export function dbCachePaths(cacheDir: string): string[] {
  return [path.join(cacheDir, 'db'), path.join(cacheDir, 'java-db')]
}

/**
 * Why the cache service cannot be used, or undefined when it can. `featureAvailable` is @actions/cache's own check
 * (the service URL for the cache protocol in use is set).
 */
export function cacheUnavailableReason(env: Record<string, string | undefined>, featureAvailable: boolean): string | undefined {
  if (featureAvailable) return undefined
  if (env.GITHUB_ACTIONS !== 'true') return 'not running on GitHub Actions, so there is no cache service'
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  if (!/^https:\/\/(github\.com|[^/]+\.ghe\.com)\/?$/.test(server)) {
    return `${server} (GitHub Enterprise Server) offers this job no cache service (it needs GHES 3.5 or later with Actions cache enabled)`
  }
  return 'the runner gave this job no cache service URL (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL)'
}
