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
    let known: string[] | undefined
    const hits: RuleHit[] = []
    for (let s = 0; s < model.stages.length; s++) {
      const { from } = model.stages[s]
      // Most FROMs use no variable: the names are gathered for the first that does, and their text joined for it alone.
      if (!from.imageAsWritten.text.includes('$') && from.platform?.includes('$') !== true) continue
      const text = `${from.imageAsWritten.text} ${from.platform ?? ''}`
      // Only global ARGs and BuildKit's platform ARGs reach a FROM; a fallback (`${X:-alpine}`) does not declare X.
      const names = (known ??= [...globalArgs(model).keys(), ...PLATFORM_ARGS])
      const used = variableUses(text, model.escape)
      for (const name of used.filter((n) => !names.includes(n))) {
        const suggestion = closestName(name, names)
        hits.push({ line: from.line, message: `FROM argument '${name}' is not declared${suggestion ? ` (did you mean ${suggestion}?)` : ''}` })
      }
    }
    return hits
  }
}
