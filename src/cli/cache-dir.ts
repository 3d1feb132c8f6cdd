// The CLI's cache folder: V8's code for its bundles (compile-cache.ts) and ShellCheck's results
// (shellcheck-results.ts), each in a folder of its own inside it.

import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { makeFolder } from '../real-paths.js'

/**
 * Under $XDG_CACHE_HOME when it is set (and absolute, as the spec asks), else the OS temp, in a folder named for the
 * user (`uid`), since the temp folder is shared by every user of the machine.
 */
export function cliCacheDir(env: Readonly<Record<string, string | undefined>>, temp: string, uid: number | undefined): string {
  const xdg = env.XDG_CACHE_HOME
  return xdg !== undefined && xdg.startsWith('/') ? join(xdg, 'container-gate') : join(temp, `container-gate-cache${uid === undefined ? '' : `-${uid}`}`)
}

/**
 * Whether only this user can write to `dir` (made so when it is missing). What the caches hold is trusted: code that
 * runs as this user, findings that decide a lint's result; a folder anyone else can write to is not used at all.
 */
export function privateFolder(dir: string): boolean {
  try {
    makeFolder(dir, 0o700)
    const folder = statSync(dir)
    // Windows has neither owners by number nor these mode bits; its temp folder is the user's own.
    return process.platform === 'win32' || (folder.isDirectory() && folder.uid === process.getuid?.() && (folder.mode & 0o022) === 0)
  } catch {
    return false
  }
}

/**
 * Writes a cache file whole under another name, then renames it into place: a run starting meanwhile reads the old
 * file or the new one, never half of one. A cache that cannot be written costs the next run time, never its result.
 */
export function replaceCacheFile(path: string, data: string | Uint8Array): void {
  const partial = `${path}.${process.pid}`
  try {
    makeFolder(dirname(path), 0o700)
    writeFileSync(partial, data)
    renameSync(partial, path)
  } catch {
    rmSync(partial, { force: true })
  }
}
