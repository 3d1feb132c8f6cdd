import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SecretFile, SecretValue } from './build-inputs.js'

/**
 * Writes each secret value to its own file in `dir` (a folder of the build's, removed after it), readable by this
 * user only, as docker/build-push-action does: `--secret id=…,src=…` then carries a path, never the value.
 */
export async function writeSecretFiles(dir: string, secrets: readonly SecretValue[]): Promise<SecretFile[]> {
  return Promise.all(
    secrets.map(async ({ id, value }, index) => {
      // Numbered, not named after the id: an id may hold characters a file name cannot.
      const src = path.join(dir, `secret-${index}`)
      await writeFile(src, value, { mode: 0o600 })
      return { id, src }
    })
  )
}

/**
 * Replaces every secret value, and each line of a multi-line one, with `***` (the runner's own mask), so that a
 * build that prints a secret cannot carry it into the summary or the results file, which the runner does not mask.
 * Longest first, so that a value containing another is replaced whole.
 */
export function redactor(secrets: readonly SecretValue[]): (text: string) => string {
  const values = secretParts(secrets).sort((a, b) => b.length - a.length)
  if (values.length === 0) return (text) => text
  return (text) => values.reduce((out, value) => out.split(value).join('***'), text)
}

/**
 * What must never be shown of the secrets: each value and, as the runner masks line by line, each line of a
 * multi-line one; blanks around them trimmed, as a log line may carry the text without them.
 */
export function secretParts(secrets: readonly SecretValue[]): string[] {
  return [...new Set(secrets.flatMap(({ value }) => [value, ...value.split(/\r?\n/)]).map((v) => v.trim()))].filter((v) => v !== '')
}
