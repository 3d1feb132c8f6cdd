// hadolint's ignore pragmas, read from the model's comments:
//   # hadolint ignore=DL3008,CG001 # optional reason   → the instruction that starts on the next line
//   # hadolint global ignore=DL3008                    → the whole file

import type { Comment } from './model.js'

export interface Pragmas {
  /** Codes ignored everywhere in the file. */
  global: Set<string>
  /** Line → codes ignored for findings on that line. */
  byLine: Map<number, Set<string>>
}

const PRAGMA = /^hadolint\s+(global\s+)?ignore\s*=\s*([^#]*?)\s*(?:#.*)?$/
const CODE = /^[A-Z]+[0-9]+$/

export function readPragmas(comments: readonly Comment[]): Pragmas {
  const pragmas: Pragmas = { global: new Set(), byLine: new Map() }
  for (const comment of comments) {
    const match = PRAGMA.exec(comment.text)
    if (!match) continue
    const codes = match[2].split(',').map((c) => c.trim())
    // As in hadolint, one malformed code voids the whole pragma rather than half-applying it.
    if (!codes.every((c) => CODE.test(c))) continue
    const target = match[1] ? pragmas.global : setAt(pragmas.byLine, comment.line + 1)
    for (const code of codes) target.add(code)
  }
  return pragmas
}

export function isIgnored(pragmas: Pragmas, code: string, line: number): boolean {
  return pragmas.global.has(code) || (pragmas.byLine.get(line)?.has(code) ?? false)
}

function setAt(map: Map<number, Set<string>>, line: number): Set<string> {
  const existing = map.get(line)
  if (existing) return existing
  const created = new Set<string>()
  map.set(line, created)
  return created
}
