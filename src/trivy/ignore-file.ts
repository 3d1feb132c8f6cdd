// Which ignore file Trivy reads. Trivy silently skips a missing --ignorefile, so a typo would quietly un-ignore
// nothing and ignore nothing; a named file that is not there is an error here instead.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../options.js'

/** Looked for in the workspace when no file is named, in this order. */
export const IGNORE_FILE_NAMES: readonly string[] = ['.trivyignore', '.trivyignore.yaml']

/**
 * The ignore file for the scan, absolute, or undefined when there is none. `named` (input trivyignore) is relative
 * to the workspace and must exist. Without it, .trivyignore or .trivyignore.yaml is used when present; Trivy reads
 * only one, so both present is an error rather than a silent choice.
 */
export async function resolveIgnoreFile(workspace: string, named: string = ''): Promise<string | undefined> {
  if (named.trim() !== '') {
    const file = path.resolve(workspace, named.trim())
    if (!(await isFile(file))) {
      throw new UsageError(`trivyignore: ${named.trim()} does not exist (looked for ${file}). Fix the path, or remove the setting.`)
    }
    return file
  }
  const present: string[] = []
  for (const name of IGNORE_FILE_NAMES) {
    if (await isFile(path.join(workspace, name))) present.push(name)
  }
  if (present.length > 1) {
    throw new UsageError(
      `the workspace has both ${present.join(' and ')}, and Trivy reads only one ignore file. ` +
        'Merge them, or name the one to use in the trivyignore setting.'
    )
  }
  return present.length === 1 ? path.join(workspace, present[0]) : undefined
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}
