// The one lint module that reads the disk: it finds and loads .hadolint.yaml for the CLI and the action.

import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { LintConfigError, parseLintConfig, withConfig } from './config.js'
import type { LintConfig } from './config.js'

const CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml']

/** `.hadolint.yaml` or `.hadolint.yml` in `dir`, in hadolint's order of preference, when one exists. */
export function findLintConfig(dir: string): string | undefined {
  return CONFIG_NAMES.map((name) => join(dir, name)).find((path) => existsSync(path) && statSync(path).isFile())
}

/** The configuration in `path`, or the defaults when there is no file. Throws LintConfigError. */
export function loadLintConfig(path: string | undefined): LintConfig {
  if (path === undefined) return withConfig({})
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new LintConfigError(`cannot read the lint config ${path}: ${describeFsError(error)}`)
  }
  return parseLintConfig(text, path)
}

/** A file-system error in words: "not found", "is a directory", "permission denied". */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code
  if (code === 'ENOENT') return 'not found'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}
