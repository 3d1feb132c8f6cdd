// The notes of the GitHub release for tag vX.Y.Z: CHANGELOG.md's "## X.Y.Z" section, once the tag is checked to be
// package.json's version. .github/workflows/release.yml runs it; on any mismatch it says what to fix and exits 1.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The section's text, trimmed, with a final newline. Throws an Error that says what to fix. */
export function releaseNotes(tag, version, changelog) {
  const tagged = /^v(\d+\.\d+\.\d+)$/.exec(tag)?.[1]
  if (tagged === undefined) throw new Error(`${tag}: a release tag is v followed by MAJOR.MINOR.PATCH, as in v1.2.3`)
  if (tagged !== version) throw new Error(`tag ${tag} is not package.json's version ${version}: set "version" to ${tagged} (and rebuild dist/), or tag v${version}`)
  const lines = changelog.split('\n')
  const heading = new RegExp(`^## \\[?${tagged.replaceAll('.', '\\.')}\\]?(?:\\s|$)`)
  const start = lines.findIndex((line) => heading.test(line))
  if (start === -1) throw new Error(`CHANGELOG.md has no "## ${tagged}" section: rename "## Unreleased" to "## ${tagged}" before tagging`)
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '))
  const notes = lines.slice(start + 1, next === -1 ? undefined : next).join('\n').trim()
  if (notes === '') throw new Error(`CHANGELOG.md's "## ${tagged}" section is empty: say what changed`)
  return `${notes}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('..', import.meta.url)
  try {
    const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
    process.stdout.write(releaseNotes(process.argv[2] ?? '', version, readFileSync(new URL('CHANGELOG.md', root), 'utf8')))
  } catch (error) {
    process.stderr.write(`release-notes: ${error.message}\n`)
    process.exitCode = 1
  }
}
