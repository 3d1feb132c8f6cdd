// The Dockerfiles a step gates, from the `dockerfile` input's lines (paths and globs, `!` to leave some out).
import { dirname } from 'node:path/posix'
import { UsageError } from '../options.js'
import { compileGlob } from './glob.js'
import { isExcluded, matchFiles } from './patterns.js'

/**
 * Relative to the workspace, sorted. A path that names no file is kept, so that reading it says what is wrong with
 * it (missing, a folder…); a glob that matches nothing is an error now, before anything is built.
 */
export async function findDockerfiles(workspace: string, lines: readonly string[]): Promise<string[]> {
  const { files, unmatched } = await matchFiles(workspace, lines)
  const globs = unmatched.filter((p) => !compileGlob(p).literal)
  if (globs.length > 0) {
    throw new UsageError(
      `input dockerfile: ${globs.map((g) => `"${g}"`).join(', ')} matched no file in ${workspace}. ` +
        'Check the pattern (relative to the workspace; `*` stays within a folder, `**` spans folders) and that the repository is checked out.'
    )
  }
  // A path the `!` lines leave out stays out, whether or not it exists.
  const literals = unmatched.filter((p) => {
    const glob = compileGlob(p)
    return glob.literal && !isExcluded(lines, glob.root)
  })
  const dockerfiles = [...new Set([...files, ...literals])].sort()
  if (dockerfiles.length === 0) {
    // Else the gate would pass having gated nothing.
    throw new UsageError(
      'input dockerfile: no Dockerfile is left to gate once the lines starting with ! leave theirs out. Name at least one path or glob that no ! line covers.'
    )
  }
  return dockerfiles
}

/** The build context a Dockerfile gets when the `context` input is empty: its own folder. */
export function ownContext(dockerfile: string): string {
  return dirname(dockerfile)
}
