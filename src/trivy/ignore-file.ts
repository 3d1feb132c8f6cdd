// Which ignore file Trivy reads. Trivy silently skips a missing --ignorefile, so a typo would quietly un-ignore
// nothing and ignore nothing; a named file that is not there is an error here instead.
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
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
  if (named.trim() !== '') return existing(workspace, named, 'trivyignore')
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

/**
 * trivy-action's `trivyignores`: several ignore files, with `trivyignore` first when both are set. Trivy reads one,
 * so plain files are joined into one under `tempDir`, as trivy-action does; a YAML file cannot be joined, so it must
 * come alone. One file or none is resolveIgnoreFile's case.
 */
export async function resolveIgnoreFiles(workspace: string, named: readonly string[], tempDir: string): Promise<string | undefined> {
  const given = named.map((n) => n.trim()).filter((n) => n !== '')
  if (given.length <= 1) return resolveIgnoreFile(workspace, given[0])
  const files = await Promise.all(given.map((name) => existing(workspace, name, 'trivyignores')))
  const yaml = given.filter((name) => /\.ya?ml$/i.test(name))
  if (yaml.length > 0) {
    throw new UsageError(
      `trivyignores: ${yaml.join(', ')} ${yaml.length === 1 ? 'is' : 'are'} YAML, and Trivy reads a single YAML ignore file, which cannot be joined with others. ` +
        'Name only that file, or write its entries in the plain .trivyignore format.'
    )
  }
  // Each file ends its last line, so that one file's last ID and the next one's first never run together.
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')))
  const merged = path.join(await mkdtemp(path.join(tempDir, 'container-gate-trivyignore-')), '.trivyignore')
  await writeFile(merged, texts.map((t) => (t === '' || t.endsWith('\n') ? t : `${t}\n`)).join(''))
  return merged
}

async function existing(workspace: string, name: string, setting: string): Promise<string> {
  const file = path.resolve(workspace, name.trim())
  if (!(await isFile(file))) {
    throw new UsageError(`${setting}: ${name.trim()} does not exist (looked for ${file}). Fix the path, or remove the setting.`)
  }
  return file
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}
