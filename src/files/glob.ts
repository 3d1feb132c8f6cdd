// Glob patterns as the workflow's `dockerfile` and `results` inputs take them: `*` and `?` within one path segment,
// `**` for any number of folders. Pure: the walk over the disk is in ./patterns.ts.

export interface CompiledGlob {
  /** The pattern as given, without a leading `./`. */
  source: string
  /** The leading segments without wildcards: the only folder the walk needs to enter. '' for the base itself. */
  root: string
  /** The pattern starts at the file system's root: it matches absolute paths, and `root` is absolute. */
  absolute: boolean
  /** True when the pattern has no wildcard: it names one path. */
  literal: boolean
  /** Tests a path relative to the base, segments joined with `/`. */
  regex: RegExp
}

const WILDCARD = /[*?]/

export function compileGlob(pattern: string): CompiledGlob {
  // `.//x` is as relative as `./x`: every slash after a leading `.` goes with it, or the pattern would turn absolute.
  const source = pattern.replace(/\\/g, '/').replace(/^(\.\/+)+/, '').replace(/\/+$/, '')
  const absolute = source.startsWith('/')
  const segments = source.split('/').filter((s) => s !== '' && s !== '.')
  const firstWild = segments.findIndex((s) => WILDCARD.test(s))
  const literal = firstWild < 0
  const lead = absolute ? '/' : ''
  const root = lead + (literal ? segments : segments.slice(0, firstWild)).join('/')
  let body = absolute ? '/' : ''
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1
    if (segment === '**') {
      // Zero or more whole folders; as the last segment, anything below.
      body += last ? '.*' : '(?:[^/]+/)*'
      return
    }
    body += segment.replace(/[.+^${}()|[\]\\*?]/g, (c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : `\\${c}`))
    if (!last) body += '/'
  })
  return { source, root, absolute, literal, regex: new RegExp(`^${body}$`) }
}
