// Applying rules' fixes to the Dockerfile text: pure, so the CLI, the review suggestions and the tests share it.
import type { Fix } from '../types.js'

/**
 * The text with every fix applied. Fixes that overlap an earlier one are skipped (like ESLint, a second pass
 * picks them up), so the result never mixes two rewrites of the same lines. Line endings are kept.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[] } {
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text.split(/\r?\n/)
  const applied: Fix[] = []
  let end = 0
  for (const fix of [...fixes].sort((a, b) => a.line - b.line)) {
    if (fix.line <= end || fix.line < 1 || fix.endLine > lines.length || fix.endLine < fix.line) continue
    applied.push(fix)
    end = fix.endLine
  }
  for (const fix of [...applied].reverse()) lines.splice(fix.line - 1, fix.endLine - fix.line + 1, ...fix.text.split('\n'))
  return { text: lines.join(newline), applied }
}
