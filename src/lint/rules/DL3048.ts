import { labelInstructions, labelPairs } from '../labels.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL3048: Rule = {
  meta: {
    code: 'DL3048',
    name: 'ValidLabelKey',
    severity: 'style',
    title: 'Invalid label key.',
    why: 'Tools that read image metadata (registries, scanners, orchestrators) expect lower-case, namespaced keys, and Docker reserves its own namespaces. A malformed key is silently ignored by them.',
    docsUrl: hadolintDocs('DL3048'),
    fixable: false
  },
  check(model) {
    return labelInstructions(model)
      .filter((instruction) => labelPairs(instruction).some((pair) => !isValidLabelKey(pair.key)))
      .map((instruction) => ({ line: instruction.line }))
  }
}

const RESERVED_NAMESPACES = ['com.docker.', 'io.docker.', 'org.dockerproject.']

// Docker's key recommendations: start with a lower-case letter, end with a letter or digit, only lower-case
// alphanumerics, `.`, `-`, `_` and `/`, no doubled separators, and none of Docker's own namespaces.
function isValidLabelKey(key: string): boolean {
  return /^[a-z](?:[a-z0-9._/-]*[a-z0-9])?$/.test(key) &&
    !key.includes('..') &&
    !key.includes('--') &&
    !RESERVED_NAMESPACES.some((ns) => key.startsWith(ns))
}
