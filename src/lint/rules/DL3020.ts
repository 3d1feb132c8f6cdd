import { copyPaths, dropQuotes, isArchive } from '../copy-args.js'
import type { DockerfileModel, Instruction } from '../model.js'
import { hadolintDocs, suggestedFix } from '../rule.js'
import type { Rule } from '../rule.js'
import { replaceKeyword } from '../source-fix.js'
import { instructionsOf } from '../walk.js'

// ADD flags that COPY accepts with the same meaning; anything else (`--checksum`, `--keep-git-dir`, `--unpack`) has no COPY form.
const COPY_FLAGS = new Set(['chown', 'chmod', 'link', 'exclude', 'parents'])

export const DL3020: Rule = {
  meta: {
    code: 'DL3020',
    name: 'UseCopyNotAdd',
    severity: 'error',
    title: 'Use COPY instead of ADD for files and folders',
    why: 'ADD also fetches URLs and unpacks archives, so a plain file copy with ADD hides what the step really does; COPY does only the copy.',
    docsUrl: hadolintDocs('DL3020'),
    fixable: true
  },
  check(model, context) {
    return instructionsOf(model, ['ADD'])
      .filter((add) => copyPaths(add).sources.some((s) => !addsSpecially(s)))
      .map((add) => {
        const fix = suggestedFix(context, () => copyFix(model, add))
        return { line: add.line, message: 'Use COPY instead of ADD for local files and folders; keep ADD for URLs and archives to extract', ...(fix && { fix }) }
      })
  }
}

function addsSpecially(source: string): boolean {
  const path = dropQuotes(source)
  return isArchive(path) || path.startsWith('http://') || path.startsWith('https://')
}

/** ADD → COPY, only when every source is a local file (an archive would stop being unpacked) and COPY takes every flag. */
function copyFix(model: DockerfileModel, add: Instruction): ReturnType<typeof replaceKeyword> {
  if (copyPaths(add).sources.some(addsSpecially) || add.flags.some((f) => !COPY_FLAGS.has(f.name))) return undefined
  return replaceKeyword(model, add, add.keywordAsWritten === add.keywordAsWritten.toLowerCase() ? 'copy' : 'COPY')
}
