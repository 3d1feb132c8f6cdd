// The Dockerfiles a step gates, from the `dockerfile` input's lines (paths and globs, `!` to leave some out).
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { dirname } from 'node:path/posix'
import { UsageError } from '../options.js'
import { compileGlob } from './glob.js'
import { isExcluded, matchFiles } from './patterns.js'

/** How an error names the setting the lines came from, and what else to check when a glob matches nothing. */
export interface DockerfileSetting {
  name: string
  /** What one path or glob is to the user: a line of the input, a pattern given to the flag. */
  entry: string
  /** The folder the patterns are relative to, as the user knows it. */
  folder: string
  /** Said after "Check the pattern": what else could explain no match, or nothing. */
  alsoCheck: string
}

/** The action's `dockerfile` input: the patterns are the checkout's, and a missing checkout matches nothing. */
export const DOCKERFILE_INPUT: DockerfileSetting = { name: 'input dockerfile', entry: 'line', folder: 'the workspace', alsoCheck: ' and that the repository is checked out' }
/** The CLI's --dockerfile: the patterns are the working folder's. */
export const DOCKERFILE_FLAG: DockerfileSetting = { name: '--dockerfile', entry: 'pattern', folder: 'the current folder', alsoCheck: '' }

/**
 * Relative to the workspace, sorted. A path that names no file is kept, so that reading it says what is wrong with
 * it (missing, a folder…); a glob that matches nothing is an error now, before anything is built.
 */
export async function findDockerfiles(workspace: string, lines: readonly string[], setting: DockerfileSetting = DOCKERFILE_INPUT): Promise<string[]> {
  const { files, unmatched } = await matchFiles(workspace, lines)
  // A path that exists as written names that file, glob characters and all (a folder such as `[id]`).
  const asWritten = (p: string): boolean => statSync(resolve(workspace, p), { throwIfNoEntry: false })?.isFile() === true
  const globs = unmatched.filter((p) => !compileGlob(p).literal && !asWritten(p))
  if (globs.length > 0) {
    throw new UsageError(
      `${setting.name}: ${globs.map((g) => `"${g}"`).join(', ')} matched no file in ${workspace}. ` +
        `Check the pattern (relative to ${setting.folder}; \`*\` stays within a folder, \`**\` spans folders)${setting.alsoCheck}.`
    )
  }
  // A path the `!` lines leave out stays out, whether or not it exists.
  const literals = unmatched.filter((p) => {
    const glob = compileGlob(p)
    return (glob.literal || asWritten(p)) && !isExcluded(lines, glob.literal ? glob.root : glob.source)
  })
  const dockerfiles = [...new Set([...files, ...literals])].sort()
  if (dockerfiles.length === 0) {
    // Else the gate would pass having gated nothing.
    throw new UsageError(
      `${setting.name}: no Dockerfile is left to gate once the ${setting.entry}s starting with ! leave theirs out. Name at least one path or glob that no ! ${setting.entry} covers.`
    )
  }
  return dockerfiles
}

/** The build context a Dockerfile gets when the `context` input is empty: its own folder. */
export function ownContext(dockerfile: string): string {
  return dirname(dockerfile)
}
