import type { Instruction } from '../model.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { instructionsOf } from '../walk.js'

export const DL4000: Rule = {
  meta: {
    code: 'DL4000',
    name: 'AvoidMaintainer',
    severity: 'error',
    title: 'MAINTAINER is deprecated',
    why: 'MAINTAINER is deprecated and ignored by tools that read the OCI image labels; the `org.opencontainers.image.authors` label is what registries and scanners show.',
    docsUrl: hadolintDocs('DL4000'),
    fixable: true,
    aliases: ['MaintainerDeprecated']
  },
  check(model) {
    return instructionsOf(model, ['MAINTAINER']).map((i) => ({
        line: i.line,
        message: 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors="name <email>"',
        fix: { line: i.line, endLine: i.endLine, text: authorsLabel(i, model.escape) }
      }))
  }
}

/** The same author as a LABEL, quoted so that quotes, the escape character and `$` stay literal. */
function authorsLabel(maintainer: Instruction, escape: string): string {
  const special = new Set(['"', '$', escape])
  const value = [...maintainer.args.trim()].map((c) => (special.has(c) ? escape + c : c)).join('')
  return `LABEL org.opencontainers.image.authors="${value}"`
}
