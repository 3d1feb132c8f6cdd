import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'

export const DL3044: Rule = {
  meta: {
    code: 'DL3044',
    severity: 'error',
    title: 'Do not refer to an environment variable within the same `ENV` statement where it is defined',
    why: 'Variables in an ENV are expanded before any of its pairs are set, so a reference to a sibling pair gets the old (usually empty) value, not the one written beside it.',
    docsUrl: hadolintDocs('DL3044'),
    fixable: false
  },
  check(model) {
    const hits: RuleHit[] = []
    // Names defined by an earlier ARG or ENV anywhere in the file: a reference to one of them is intended.
    const defined = new Set<string>()
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue
      const pairs = instruction.properties
      if (instruction.keyword === 'ENV') {
        const sibling = pairs.find(({ key }, index) => !defined.has(key) && pairs.some((p, other) => other !== index && refersTo(p.value ?? '', key)))
        if (sibling) hits.push({ line: instruction.line, message: `${sibling.key} is used in the same ENV that defines it, where it still has its old value; define it in an earlier ENV` })
      }
      for (const { key } of pairs) defined.add(key)
    }
    return hits
  }
}

/** `${name}`, or `$name` not followed by another name character. */
function refersTo(text: string, name: string): boolean {
  if (text.includes(`\${${name}}`)) return true
  return text.split(`$${name}`).slice(1).some((rest) => !/^[A-Za-z0-9_]/.test(rest))
}
