// V8's compiled code for the CLI's bundles, kept between runs: a lint of one file spends most of its time compiling them.

import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import * as nodeModule from 'node:module'
import { basename, dirname, join } from 'node:path'
import { Script } from 'node:vm'
import { pathHash } from '../path-hash.js'
import { privateFolder, replaceCacheFile } from './cache-dir.js'

let bundleCodeDir: string | undefined

/**
 * Turns the cache on for every module loaded from now on, and for the bundles loadBundle loads. Node 22.1 and later
 * have Node's; on Node 20 only loadBundle's is there. Never fails the run: Node reports a folder it cannot write to in
 * its return value rather than throwing, and NODE_DISABLE_COMPILE_CACHE still turns Node's off. A folder another user
 * could write to is not used at all: code from it would run as this user.
 */
export function enableCompileCache(dir: string): void {
  if (!privateFolder(dir)) return
  ;(nodeModule as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache?.(dir)
  bundleCodeDir = dir
}

/**
 * Loads one of the CLI's CommonJS bundles, with the code V8 compiled for it on an earlier run. Node's compile cache
 * keeps the code of a module as compiled before the module runs (its top level, little more), so every run compiled
 * the functions a lint calls again: some 15 ms of a one-file lint, and as much in each worker. This code is saved at
 * the end of a run instead, with every function compiled by then, when there was none for this build of the bundle
 * and this node, or V8 refused it; a run that ends in a usage error (exit code 2) saves nothing.
 */
export function loadBundle(file: string): unknown {
  const { source, build } = readWrapped(file)
  const saved = bundleCodeDir === undefined ? undefined : savedCode(file, bundleCodeDir, build)
  const script = new Script(source, { filename: file, cachedData: saved?.code })
  const module = { exports: {} }
  ;(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, nodeModule.createRequire(file), module, file, dirname(file))
  if (saved && (saved.code === undefined || script.cachedDataRejected)) process.once('exit', (code) => code < 2 && save(saved, script))
  return module.exports
}

// What require wraps a CommonJS module in, so that its top level has these names in scope.
const HEAD = '(function (exports, require, module, __filename, __dirname) { '
const TAIL = '\n})'

/**
 * The bundle's text, wrapped, read straight into one buffer: the wrapper added to the text read alone was one more
 * copy of the whole bundle for V8 to make, and on a machine whose memory is slow to hand out (14 µs a page here) every
 * page a run touches counts. With the bundle's build: its size and time.
 */
function readWrapped(file: string): { source: string; build: string } {
  const fd = openSync(file, 'r')
  try {
    const { size, mtimeMs } = fstatSync(fd)
    const end = HEAD.length + size
    const text = Buffer.allocUnsafeSlow(end + TAIL.length)
    let length = text.write(HEAD, 'latin1')
    while (length < end) {
      const read = readSync(fd, text, length, end - length, null)
      // A bundle cut short while it was read (a build rewriting it) ends where the file did; V8 then refuses the saved code.
      if (read === 0) break
      length += read
    }
    length += text.write(TAIL, length, 'latin1')
    // The bundles hold ASCII only (scripts/build.mjs sees to it), which latin1 reads the fastest.
    return { source: text.toString('latin1', 0, length), build: `${size} ${mtimeMs}` }
  } finally {
    closeSync(fd)
  }
}

interface SavedCode {
  /**
   * One file per bundle (by its path: two installs do not take turns overwriting one file) and node, overwritten by a
   * newer build, so that the cache does not grow with every build.
   */
  path: string
  /** The bundle's build, as its size and time (V8 itself checks only the source's length), and a line end. */
  key: string
  code?: Buffer
}

function savedCode(file: string, dir: string, build: string): SavedCode {
  const path = join(dir, `${basename(file)}-${pathHash(file)}-${process.version}-${process.arch}.code`)
  // Padded so that the code after it starts 8-byte aligned, as V8 reads it: code that is not, V8 copies first.
  const key = `${build.padEnd(Math.ceil((build.length + 1) / 8) * 8 - 1)}\n`
  try {
    const saved = readFileSync(path)
    return saved.toString('latin1', 0, key.length) === key ? { path, key, code: saved.subarray(key.length) } : { path, key }
  } catch {
    return { path, key }
  }
}

function save({ path, key }: SavedCode, script: Script): void {
  replaceCacheFile(path, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]))
}
