// V8's compiled code for the CLI's bundles, kept between runs: a lint of one file spends most of its time compiling them.

import * as nodeModule from 'node:module'
import { join } from 'node:path'

/** Where the cache lives: under $XDG_CACHE_HOME when it is set (and absolute, as the spec asks), else the OS temp. */
export function compileCacheDir(env: Readonly<Record<string, string | undefined>>, temp: string): string {
  const xdg = env.XDG_CACHE_HOME
  return xdg !== undefined && xdg.startsWith('/') ? join(xdg, 'container-gate', 'compile-cache') : join(temp, 'container-gate-compile-cache')
}

/**
 * Turns the cache on for every module loaded from now on. Node 22.1 and later have it; on Node 20 this does nothing.
 * Never fails the run: Node reports a folder it cannot write to in its return value rather than throwing, and
 * NODE_DISABLE_COMPILE_CACHE still turns it off.
 */
export function enableCompileCache(dir: string): void {
  ;(nodeModule as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache?.(dir)
}
