import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'

export const DL3044: Rule = {
  meta: {
    code: 'DL3044',
    name: 'AvoidSelfReferenceInEnv',
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
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i]
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue
      const pairs = instruction.properties
      if (instruction.keyword === 'ENV') {
        // Each value's references read once: comparing every pair with every other is quadratic, and an ENV can hold thousands.
        const refs = pairs.map((p) => referencedNames(p.value ?? ''))
        const users = new Map<string, number>()
        for (const names of refs) for (const name of names) users.set(name, (users.get(name) ?? 0) + 1)
        const sibling = pairs.find(({ key }, index) => !defined.has(key) && (users.get(key) ?? 0) - (refs[index]!.has(key) ? 1 : 0) > 0)
        if (sibling) hits.push({ line: instruction.line, message: `${sibling.key} is used in the same ENV that defines it, where it still has its old value; define it in an earlier ENV` })
      }
      for (const { key } of pairs) defined.add(key)
    }
    return hits
  }
}

/** The names `text` refers to: `${name}` (whatever is in the braces, short of another `$`), and `$name` with every name character after the `$`. */
function referencedNames(text: string): Set<string> {
  const names = new Set<string>()
  if (!text.includes('$')) return names
  for (const match of text.matchAll(/\$\{([^}$]*)\}|\$([A-Za-z0-9_]+)/g)) names.add(match[1] ?? match[2]!)
  return names
}
