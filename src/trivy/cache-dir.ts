import path from 'node:path'

/**
 * Trivy's own default --cache-dir (Go's os.UserCacheDir + /trivy), so the CLI reuses a DB the user already has and
 * the action's cache entry holds what a plain `trivy` would use. Pure: the environment, home and OS are arguments.
 */
export function defaultTrivyCacheDir(env: Record<string, string | undefined>, home: string, platform: string): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'trivy')
  const xdg = env.XDG_CACHE_HOME
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'trivy')
}
