import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL3007: Rule = {
  meta: {
    code: 'DL3007',
    name: 'AvoidLatestTag',
    severity: 'warning',
    title: 'Using latest is prone to errors if the image ever updates; pin a specific version tag',
    why: 'The latest tag moves with every release, so the same Dockerfile builds a different image from one day to the next.',
    docsUrl: hadolintDocs('DL3007'),
    fixable: false
  },
  check(model) {
    return model.stages
      .map((s) => s.from)
      .filter((from) => from.imageAsWritten.tag === 'latest' && from.imageAsWritten.digest === undefined)
      .map((from) => ({ line: from.line }))
  }
}
