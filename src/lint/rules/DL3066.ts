import type { Instruction } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL3066: Rule = {
  meta: {
    code: 'DL3066',
    name: 'UseNumericUser',
    severity: 'info',
    title: 'Non-numeric user id may not be resolvable by the host system',
    why: 'A user name is only known inside the image; the kubelet cannot prove a name is not root for runAsNonRoot, and host tools see a bare number anyway. A numeric UID means the same thing everywhere.',
    docsUrl: hadolintDocs('DL3066'),
    fixable: false
  },
  check(model) {
    const declared = new Set<string>()
    const hits: Array<{ line: number; message: string }> = []
    for (const instruction of model.instructions) {
      if (instruction.keyword === 'ARG') instruction.properties.forEach((p) => declared.add(p.key))
      if (instruction.keyword !== 'USER') continue
      const user = userPart(instruction)
      if (/^[0-9]*$/.test(user) || referencesArg(user, declared)) continue
      hits.push({ line: instruction.line, message: `USER ${user} is a name, not a numeric UID; use the UID (e.g. USER 10001)` })
    }
    return hits
  }
}

function userPart(instruction: Instruction): string {
  return instruction.args.trim().split(':')[0]
}

/** A `$NAME` or `${NAME…}` of a declared ARG: the value is supplied at build time, so it may well be numeric. */
function referencesArg(user: string, declared: ReadonlySet<string>): boolean {
  return [...user.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].some((m) => declared.has(m[1]))
}
