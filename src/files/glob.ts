// Glob patterns as the workflow's `dockerfile` and `results` inputs take them: @actions/glob's syntax (`*`, `?` and
// `[…]` within one path segment, `**` for any number of folders), matched with the minimatch options @actions/glob
// gives it, so that a path is matched here, without the disk, as the walk in ./patterns.ts matches it there.
import { Minimatch } from 'minimatch'

export interface CompiledGlob {
  /** The pattern as given, without a leading `./`. */
  source: string
  /** The leading segments without wildcards: the only folder the walk needs to enter. '' for the base itself. */
  root: string
  /** The segments after `root`, `/`-joined: what the walk looks for below it. */
  rest: string
  /** The pattern starts at the file system's root: it matches absolute paths, and `root` is absolute. */
  absolute: boolean
  /** True when the pattern has no wildcard: it names one path. */
  literal: boolean
  /** Tests a path relative to the base, segments joined with `/`. */
  matches(path: string): boolean
}

/** @actions/glob's options for minimatch. */
const OPTIONS = { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true }

export function compileGlob(pattern: string): CompiledGlob {
  // `.//x` is as relative as `./x`: every slash after a leading `.` goes with it, or the pattern would turn absolute.
  const source = pattern.replace(/\\/g, '/').replace(/^(\.\/+)+/, '').replace(/\/+$/, '')
  const absolute = source.startsWith('/')
  const segments = source.split('/').filter((s) => s !== '' && s !== '.')
  const firstWild = segments.findIndex((s) => new Minimatch(s, OPTIONS).hasMagic())
  const literal = firstWild < 0
  const lead = absolute ? '/' : ''
  const root = lead + (literal ? segments : segments.slice(0, firstWild)).join('/')
  const matcher = new Minimatch(lead + segments.join('/'), OPTIONS)
  return { source, root, rest: literal ? '' : segments.slice(firstWild).join('/'), absolute, literal, matches: (path) => matcher.match(path) }
}

/** A path as a glob that matches only itself: @actions/glob's escapes for its wildcards. */
export function escapeGlob(path: string): string {
  return path.replace(/\\/g, '\\\\').replace(/[[?*]/g, '[$&]')
}
