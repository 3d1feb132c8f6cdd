import { buildCheckDocs } from '../build-checks.js'
import type { Rule, RuleHit } from '../rule.js'
import { closestName, globalArgs, PLATFORM_ARGS, variableUses } from '../variables.js'

export const UndefinedArgInFrom: Rule = {
  meta: {
    code: 'UndefinedArgInFrom',
    name: 'DeclareArgsUsedInFrom',
    severity: 'warning',
    title: 'FROM command must use declared ARGs',
    why: 'A FROM that uses an ARG never declared before the first FROM expands it to nothing, so the build pulls a different image than intended (or fails) unless every caller passes the build argument.',
    docsUrl: buildCheckDocs('UndefinedArgInFrom'),
    fixable: false,
    aliases: ['UndeclaredArgInFrom']
  },
  check(model) {
    const declared = [...globalArgs(model).keys()]
    const known = [...declared, ...PLATFORM_ARGS]
    const hits: RuleHit[] = []
    for (const { from } of model.stages) {
      // Only global ARGs and BuildKit's platform ARGs reach a FROM; a fallback (`${X:-alpine}`) does not declare X.
      const used = variableUses(`${from.imageAsWritten.text} ${from.platform ?? ''}`, model.escape)
      for (const name of used.filter((n) => !known.includes(n))) {
        const suggestion = closestName(name, known)
        hits.push({ line: from.line, message: `FROM argument '${name}' is not declared${suggestion ? ` (did you mean ${suggestion}?)` : ''}` })
      }
    }
    return hits
  }
}
