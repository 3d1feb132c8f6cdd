// The sources and destination of COPY and ADD as hadolint sees them: the words as written, quotes included
// (rules drop them where hadolint does), and heredoc markers (`<<EOF`) counted as sources.
import { memoize } from './memo.js'
import { flagValue } from './model.js'
import type { Instruction } from './model.js'

/** Read once per instruction for every rule that asks (shared: read them, never change them). */
export const copyPaths = memoize((instruction: Instruction): { readonly sources: readonly string[]; readonly destination?: string } => {
  // The arguments are trimmed: only an empty text splits into an empty word.
  const words = instruction.execForm ?? (instruction.args === '' ? [] : instruction.args.split(/\s+/))
  if (words.length === 0) return { sources: [] }
  return { sources: words.slice(0, -1), destination: words[words.length - 1] }
}, 'file')

/** hadolint's dropQuotes: every `"` and `'` at either end goes, not just one matching pair (`"/"` and `'/'` are `/`). */
export function dropQuotes(text: string): string {
  return text.replace(/^["']+|["']+$/g, '')
}

// The names ADD unpacks, as hadolint lists them for DL3010 and DL3020. `.zip` is not one: ADD copies a zip as it is.
const ARCHIVE_ENDINGS = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz']

/** True for a path (quotes dropped) named like an archive that ADD unpacks. */
export function isArchive(path: string): boolean {
  const name = dropQuotes(path)
  return ARCHIVE_ENDINGS.some((e) => name.endsWith(e))
}

/** The value of a `--from` flag, if the instruction has one. */
export function fromFlag(instruction: Instruction): string | undefined {
  return flagValue(instruction.flags, 'from')
}
