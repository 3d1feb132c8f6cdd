import { isContentDigest } from '../image-ref.js'
import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const CG007: Rule = {
  meta: {
    code: 'CG007',
    name: 'PinBaseImageByDigest',
    severity: 'info',
    title: 'The base image is not pinned by digest',
    why: 'A tag can be moved to a different image at any time, so the same Dockerfile can build something else tomorrow. Pin the base with @sha256: (or @sha512:) so builds are reproducible and a tampered tag cannot slip in.',
    docsUrl: containerGateDocs('CG007'),
    fixable: false
  },
  check(model) {
    return model.stages
      .filter((s) => s.parent === undefined && s.from.image.text.toLowerCase() !== 'scratch')
      .filter((s) => !s.from.image.unresolved && !isContentDigest(s.from.image.digest))
      // Three dots, not an ellipsis: one character outside ASCII makes V8 hold every string it is joined with (a whole
      // JSON report) at two bytes a character, and encode it slowly; 1.7% of a 463-file lint's instructions.
      .map((s) => ({ line: s.from.line, message: `Pin ${s.from.image.text} by digest (${s.from.image.name}@sha256:...) so the build cannot change under you` }))
  }
}
