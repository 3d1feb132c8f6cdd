// Where a path really leads. A pull request can commit symbolic links: a Dockerfile linked to /etc/passwd (its text
// would be quoted in the comment), a context linked to /etc, a SARIF file linked to a file outside the checkout that
// the step would overwrite. Checked as text, `svc/Dockerfile` looks inside the workspace; only its real path says.
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs'
import type { Stats } from 'node:fs'
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path'
import { UsageError } from './options.js'

/**
 * Refuses `path` (relative to the workspace) when its real location, every symbolic link resolved, is outside the
 * workspace's. A path that does not exist yet (a file about to be written) is judged by its nearest existing folder.
 */
export function refuseEscape(workspace: string, path: string, input: string): void {
  const root = realpathSync(workspace)
  const real = realLocation(resolve(workspace, path))
  const rel = relative(root, real)
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new UsageError(
      `input ${input}: ${path} leads outside the workspace through a symbolic link (to ${real}). Container Gate reads and writes only inside the workspace (${workspace}): replace the link with the file or folder itself.`
    )
  }
}

/**
 * `refuseEscape` for each `[input, path]` written inside the workspace. One written outside it is the runner's own
 * (hadolint's config in the home folder): the inputs refuse such paths already, as text.
 */
export function refuseEscapes(workspace: string, paths: ReadonlyArray<readonly [string, string]>): void {
  for (const [input, path] of paths) {
    const rel = relative(workspace, resolve(workspace, path))
    if (!rel.startsWith('..') && !isAbsolute(rel)) refuseEscape(workspace, path, input)
  }
}

function realLocation(path: string): string {
  try {
    return realpathSync(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    // A dangling link leads where writing through it would create its target; a missing name, into its folder.
    const target = linkTarget(path)
    if (target !== undefined) return realLocation(resolve(dirname(path), target))
    const parent = dirname(path)
    if (parent === path) throw e
    return resolve(realLocation(parent), basename(path))
  }
}

function linkTarget(path: string): string | undefined {
  try {
    return readlinkSync(path)
  } catch {
    return undefined
  }
}

/**
 * Why `path` cannot be read as a file, or undefined when it can (or does not exist: the read then says so). A FIFO
 * would block the read until something writes to it, a device may never end: only regular files are read.
 */
export function notRegularFile(path: string): string | undefined {
  let stats
  try {
    stats = statSync(path)
  } catch {
    return undefined
  }
  return stats.isDirectory() ? undefined : notRegular(stats)
}

function notRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined
  if (stats.isDirectory()) return 'is a directory'
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a file'
  if (stats.isSocket()) return 'is a socket, not a file'
  return 'is a device, not a file'
}

// Opened without blocking, a FIFO is not waited on; reading a regular file is the same either way. (Windows has no
// FIFOs, and no such flag.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * The text of the regular file at `path`, or why it cannot be read: "not found", "is a directory", "is a named pipe
 * (FIFO), not a file", … The file is judged by what was opened, so that it cannot be swapped for a FIFO between a look
 * and the read.
 */
export function readTextFile(path: string): string | { reason: string } {
  let fd
  try {
    fd = openSync(path, OPEN_FLAGS)
  } catch (error) {
    // A socket cannot be opened at all: say what it is rather than "no such device".
    return { reason: ((error as NodeJS.ErrnoException).code === 'ENXIO' && notRegularFile(path)) || describeFsError(error) }
  }
  try {
    const notFile = notRegular(fstatSync(fd))
    return notFile ? { reason: notFile } : readFileSync(fd, 'utf8')
  } catch (error) {
    return { reason: describeFsError(error) }
  } finally {
    closeSync(fd)
  }
}

/** A file-system error in words: "not found", "is a directory", "permission denied". */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code
  if (code === 'ENOENT') return 'not found'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}

/**
 * `mkdir -p`: `path` and the folders missing above it, each made with `mode`; an error when one cannot be made. Node's
 * own (mkdir with `recursive`) never returns under /proc: the kernel says a child there is not found, Node makes the
 * parent (which exists) and tries again, forever, at full CPU; so an XDG_CACHE_HOME or an output path under /proc hung
 * the run. Here a folder still not found once its parent is made is the answer.
 */
export function makeFolder(path: string, mode = 0o777): void {
  let error = mkdirOnce(path, mode)
  const parent = dirname(path)
  if (error?.code === 'ENOENT' && parent !== path) {
    makeFolder(parent, mode)
    error = mkdirOnce(path, mode)
  }
  if (error) throw error
}

/** Makes the folder, or gives why it could not; one that is there already (made meanwhile by another process) will do. */
function mkdirOnce(path: string, mode: number): NodeJS.ErrnoException | undefined {
  try {
    mkdirSync(path, { mode })
    return undefined
  } catch (error) {
    const failure = error as NodeJS.ErrnoException
    return failure.code === 'EEXIST' && isFolder(path) ? undefined : failure
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
