// The files a list of patterns names: one path or glob per line, `!` before a line to leave matches out.
import { readdir, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { compileGlob } from './glob.js'
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
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules'])

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
  return glob.regex.test(file) || (glob.literal && file.startsWith(`${glob.root}/`))
}

async function expand(base: string, glob: CompiledGlob, opts: PatternOptions): Promise<string[]> {
  const start = resolve(base, glob.root)
  const kind = await kindOf(start)
  // Paths are shown, and matched, the way the pattern was written: absolute or relative to the base.
  const shown = (path: string): string => (glob.absolute ? path.split(sep).join('/') : toRelative(base, path))
  if (glob.literal) {
    if (kind === 'file' || (kind === 'folder' && !opts.inFolder)) return [shown(start)]
    if (kind !== 'folder') return []
    return (await walk(start)).map(shown).filter((f) => opts.inFolder!(f))
  }
  if (kind !== 'folder') return []
  return (await walk(start)).map(shown).filter((f) => glob.regex.test(f))
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  const files: string[] = []
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...(await walk(path)))
    } else if (entry.isFile() || (entry.isSymbolicLink() && (await kindOf(path)) === 'file')) {
      files.push(path)
    }
  }
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
