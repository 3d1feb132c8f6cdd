// Runs git to learn which Dockerfile lines the pull request changed.
import { Exec, lastNonBlankLine } from '../exec.js'
import { changedLines, diffArgs } from './diff.js'
import type { LineRange } from './diff.js'

export interface DiffRequest {
  /** The checkout: git runs there. */
  workspace: string
  dockerfile: string
  base: string
  against: 'merge-base' | 'working-tree'
}

/** The changed lines, or why git could not tell (most often a shallow clone without the base commit). */
export async function readChangedLines(req: DiffRequest): Promise<LineRange[] | { unknown: string }> {
  const args = diffArgs(req.base, req.dockerfile, req.against)
  const result = await Exec.run('git', args, { cwd: req.workspace })
  if (result.startError !== undefined) return { unknown: result.startError }
  if (result.exitCode !== 0) {
    const why = lastNonBlankLine(result.stderr) ?? `exit code ${result.exitCode}`
    return { unknown: `git ${args.slice(0, -2).join(' ')} failed: ${why}; a shallow clone lacks the base commit, so check out with fetch-depth: 0` }
  }
  return changedLines(result.stdout)
}

/** The checked-out commit, for a baseline file to name; undefined outside a git repository. */
export async function headCommit(workspace: string): Promise<string | undefined> {
  const result = await Exec.run('git', ['rev-parse', '--verify', 'HEAD'], { cwd: workspace })
  const sha = result.exitCode === 0 ? result.stdout.trim() : ''
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined
}
