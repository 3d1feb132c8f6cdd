import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { looksSecret } from '../secret-names.js'
import { instructionsOf } from '../walk.js'

export const DL3064: Rule = {
  meta: {
    code: 'DL3064',
    name: 'AvoidSecretsInArgOrEnv',
    severity: 'warning',
    title: 'Possibly sensitive data in ARG or ENV',
    why: 'ARG and ENV values are stored in the image config and build history, where anyone who can pull the image can read them. Pass credentials as build secrets instead.',
    docsUrl: hadolintDocs('DL3064'),
    fixable: false,
    aliases: ['SecretsUsedInArgOrEnv']
  },
  check(model) {
    return instructionsOf(model, ['ARG', 'ENV'], { onbuild: true }).flatMap((instruction) => {
      const names = instruction.properties.map((p) => p.key).filter(looksSecret)
      if (names.length === 0) return []
      return [{ line: instruction.line, message: `${instruction.keyword} ${names.join(', ')} may hold a secret; use a build secret (RUN --mount=type=secret) instead` }]
    })
  }
}
