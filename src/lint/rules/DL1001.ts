import { parseIgnorePragma } from '../pragmas.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'

export const DL1001: Rule = {
  meta: {
    code: 'DL1001',
    name: 'AvoidInlineIgnorePragmas',
    // Off until an override switches it on: teams pair it with disable-ignore-pragma so CI cannot be bypassed.
    severity: 'ignore',
    title: 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.',
    why: 'An inline ignore silences a finding where only the author of the line sees it; policy belongs in the reviewed configuration, where every exception is visible.',
    docsUrl: hadolintDocs('DL1001'),
    fixable: false
  },
  check(model) {
    // Only the inline form, as in hadolint: global and stage ignores are not flagged.
    return model.comments.filter((c) => parseIgnorePragma(c.text)?.scope === 'inline').map((c) => ({ line: c.line }))
  }
}
