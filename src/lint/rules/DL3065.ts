import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL3065: Rule = {
  meta: {
    code: 'DL3065',
    name: 'AvoidRedundantTargetPlatform',
    severity: 'warning',
    title: '`FROM --platform=$TARGETPLATFORM` is redundant',
    why: 'The target platform is already what FROM pulls; the flag adds noise and suggests a cross-platform intent that is not there.',
    docsUrl: hadolintDocs('DL3065'),
    fixable: false,
    aliases: ['RedundantTargetPlatform']
  },
  check(model) {
    return model.stages
      .filter((s) => s.from.platform === '$TARGETPLATFORM' || s.from.platform === '${TARGETPLATFORM}')
      .map((s) => ({ line: s.from.line }))
  }
}
