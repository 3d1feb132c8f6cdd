// The files a list of patterns names: one path or glob per line, `!` before a line to leave matches out. @actions/glob
// walks the disk; the `!` lines are matched on what it found, so that their order among the lines does not matter.
import { stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { create } from '@actions/glob'
import { compileGlob, escapeGlob } from './glob.js'
import type { CompiledGlob } from './glob.js'

export interface PatternOptions {
  /** What a pattern naming a folder stands for: the files below it that pass this test. Absent: the folder itself. */
  inFolder?: (relativePath: string) => boolean
}

export interface PatternMatches {
  /** Relative to the base, `/`-separated, sorted, each once. */
  files: string[]
  /** The include lines that matched no file, as written. */
  unmatched: string[]
}

// Never where a user keeps what they mean to gate, and the largest trees in a checkout.
const SKIPPED_FOLDERS = ['.git', 'node_modules']

export async function matchFiles(base: string, lines: readonly string[], opts: PatternOptions = {}): Promise<PatternMatches> {
  const includes = lines.filter((l) => !l.startsWith('!')).map(compileGlob)
  const excludes = lines.filter((l) => l.startsWith('!')).map((l) => compileGlob(l.slice(1)))
  const found = new Set<string>()
  const unmatched: string[] = []
  for (const glob of includes) {
    const files = (await expand(base, glob, opts)).filter((f) => !excludes.some((x) => excluded(x, f)))
    if (files.length === 0) unmatched.push(glob.source)
    for (const f of files) found.add(f)
  }
  return { files: [...found].sort(), unmatched }
}

/** Whether a `!` line among `lines` leaves `file` out (relative to the base, `/`-separated, as matchFiles returns it). */
export function isExcluded(lines: readonly string[], file: string): boolean {
  return lines.some((l) => l.startsWith('!') && excluded(compileGlob(l.slice(1)), file))
}

function excluded(glob: CompiledGlob, file: string): boolean {
  // A literal folder leaves out everything below it. Its root is the path with `//` and `/./` gone, as matched.
  return glob.matches(file) || (glob.literal && file.startsWith(`${glob.root}/`))
}

async function expand(base: string, glob: CompiledGlob, opts: PatternOptions): Promise<string[]> {
  const start = resolve(base, glob.root)
  const kind = await kindOf(start)
  // Paths are shown, and matched, the way the pattern was written: absolute or relative to the base.
  const shown = (path: string): string => (glob.absolute ? path.split(sep).join('/') : toRelative(base, path))
  if (glob.literal) {
    if (kind === 'file' || (kind === 'folder' && !opts.inFolder)) return [shown(start)]
    if (kind !== 'folder') return []
    return (await walk(start, '**')).map(shown).filter((f) => opts.inFolder!(f))
  }
  if (kind !== 'folder') return []
  return (await walk(start, glob.rest)).map(shown)
}

/**
 * The files below `folder` that `pattern` (relative to it) matches, never inside a .git or node_modules below it. A
 * link to a file counts as the file; a linked folder is not walked into, so that a link back up cannot loop and a
 * link out of the workspace is not followed.
 */
async function walk(folder: string, pattern: string): Promise<string[]> {
  const root = escapeGlob(folder.endsWith(sep) ? folder : folder + sep)
  const skipped = SKIPPED_FOLDERS.map((name) => `!${root}**/${name}/**`)
  const globber = await create([root + pattern, ...skipped].join('\n'), { followSymbolicLinks: false, implicitDescendants: false, matchDirectories: false })
  const files: string[] = []
  for await (const path of globber.globGenerator()) if ((await kindOf(path)) === 'file') files.push(path)
  return files
}

async function kindOf(path: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    const s = await stat(path)
    return s.isDirectory() ? 'folder' : 'file'
  } catch {
    return 'missing'
  }
}

/** `../x` stays as it is: the caller decides whether that is allowed. */
function toRelative(base: string, path: string): string {
  const rel = relative(base, path)
  if (rel === '') return '.'
  return (isAbsolute(rel) ? path : rel).split(sep).join('/')
}
