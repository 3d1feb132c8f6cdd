import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL3006: Rule = {
  meta: {
    code: 'DL3006',
    name: 'TagImageVersion',
    severity: 'warning',
    title: 'Always tag the version of an image explicitly',
    why: 'An untagged image means latest, which changes under you and can break or alter the build without any change to the Dockerfile.',
    docsUrl: hadolintDocs('DL3006'),
    fixable: false
  },
  check(model) {
    // hadolint reads FROM as written: `$IMAGE` is exempt even when an ARG default would fill it in.
    return model.stages
      .filter((s) => s.parent === undefined)
      .map((s) => s.from)
      .filter((from) => {
        const image = from.imageAsWritten
        return image.tag === undefined && image.digest === undefined && image.text !== 'scratch' && !image.text.startsWith('$')
      })
      .map((from) => ({ line: from.line, message: `Always tag the version of an image explicitly: ${from.imageAsWritten.text} has no tag` }))
  }
}
