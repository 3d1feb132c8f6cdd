// The Dockerfiles a step gates, from the `dockerfile` input's lines (paths and globs, `!` to leave some out).
import { dirname } from 'node:path/posix'
import { UsageError } from '../options.js'
import { compileGlob } from './glob.js'
import { matchFiles } from './patterns.js'

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
  const literals = unmatched.filter((p) => compileGlob(p).literal)
  return [...new Set([...files, ...literals])].sort()
}

/** The build context a Dockerfile gets when the `context` input is empty: its own folder. */
export function ownContext(dockerfile: string): string {
  return dirname(dockerfile)
}
