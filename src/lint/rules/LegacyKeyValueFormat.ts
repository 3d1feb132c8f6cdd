import type { Fix } from '../../types.js'
import { buildCheckDocs } from '../build-checks.js'
import type { DockerfileModel, Instruction } from '../model.js'
import type { Rule } from '../rule.js'
import { singleLine } from '../source-fix.js'

export const LegacyKeyValueFormat: Rule = {
  meta: {
    code: 'LegacyKeyValueFormat',
    name: 'UseEqualsKeyValueFormat',
    severity: 'warning',
    title: 'Legacy key/value format with whitespace separator should not be used',
    why: '`ENV key value` sets one variable to the whole rest of the line, so `ENV A 1 B 2` silently makes A "1 B 2"; the `key=value` form says exactly what is set and allows several pairs.',
    docsUrl: buildCheckDocs('LegacyKeyValueFormat'),
    fixable: true
  },
  check(model) {
    // ARG is not checked (`ARG A B` declares two ARGs), nor ONBUILD's wrapped ENV, which runs in another build.
    return model.instructions
      .filter((i) => (i.keyword === 'ENV' || i.keyword === 'LABEL') && !/^\S*=/.test(i.args))
      .map((i) => ({ line: i.line, message: `"${i.keyword} key=value" should be used instead of legacy "${i.keyword} key value" format`, fix: fix(model, i) }))
  }
}

/**
 * `ENV key value` → `ENV key=value`, quoting a value with spaces. Offered for one-line instructions whose value
 * keeps its meaning inside double quotes: no escapes, and either no quotes or one quoted string.
 */
function fix(model: DockerfileModel, instruction: Instruction): Fix | undefined {
  const match = /^(\s*\S+\s+)(\S+)\s+(.*?)\s*$/.exec(singleLine(model, instruction) ?? '')
  if (!match) return undefined
  const [, head, key, value] = match
  if (value.includes(model.escape)) return undefined
  const quotedOnce = /^"[^"]*"$|^'[^']*'$/.test(value)
  if (!quotedOnce && /["']/.test(value)) return undefined
  const text = quotedOnce || !/\s/.test(value) ? value : `"${value}"`
  return { line: instruction.line, endLine: instruction.line, text: `${head}${key}=${text}` }
}
