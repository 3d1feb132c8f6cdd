import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL3029: Rule = {
  meta: {
    code: 'DL3029',
    name: 'AvoidFromPlatform',
    severity: 'warning',
    title: 'Do not use --platform flag with FROM',
    why: 'A fixed platform in FROM builds for that platform everywhere, so multi-platform builds silently produce the wrong architecture; use $BUILDPLATFORM or $TARGETPLATFORM.',
    docsUrl: hadolintDocs('DL3029'),
    fixable: false
  },
  check(model) {
    return model.stages
      .map((s) => s.from)
      .filter((from) => from.platform !== undefined && !from.platform.includes('BUILDPLATFORM') && !from.platform.includes('TARGETPLATFORM'))
      .map((from) => ({ line: from.line, message: `FROM --platform=${from.platform} fixes the platform; use $BUILDPLATFORM or $TARGETPLATFORM, or drop the flag` }))
  }
}
