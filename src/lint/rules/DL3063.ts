import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

// Names BuildKit gives a meaning of its own: `scratch` is the empty image, `context` the build context.
const RESERVED = new Set(['scratch', 'context'])

export const DL3063: Rule = {
  meta: {
    code: 'DL3063',
    name: 'AvoidReservedStageName',
    severity: 'warning',
    title: 'Stage name is reserved',
    why: 'A stage named `scratch` or `context` collides with a name the builder already gives a meaning, so `FROM` or `COPY --from` may not get the stage you expect.',
    docsUrl: hadolintDocs('DL3063'),
    fixable: false,
    aliases: ['ReservedStageName']
  },
  check(model) {
    return model.stages
      .filter((s) => s.from.alias !== undefined && RESERVED.has(s.from.alias))
      .map((s) => ({ line: s.from.line, message: `'${s.from.alias}' is a reserved name and should not name a stage` }))
  }
}
