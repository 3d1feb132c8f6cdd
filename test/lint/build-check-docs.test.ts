// The examples in docs/rules/<Name>.md for BuildKit's build checks, run through their rule: the failing example
// must be reported, the passing one must not.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withConfig } from '../../src/lint/config.js'
import { lintWith } from '../../src/lint/engine.js'
import type { Rule } from '../../src/lint/rule.js'
import { ConsistentInstructionCasing } from '../../src/lint/rules/ConsistentInstructionCasing.js'
import { ExposeInvalidFormat } from '../../src/lint/rules/ExposeInvalidFormat.js'
import { ExposeProtoCasing } from '../../src/lint/rules/ExposeProtoCasing.js'
import { FromAsCasing } from '../../src/lint/rules/FromAsCasing.js'
import { FromPlatformFlagConstDisallowed } from '../../src/lint/rules/FromPlatformFlagConstDisallowed.js'
import { InvalidDefaultArgInFrom } from '../../src/lint/rules/InvalidDefaultArgInFrom.js'
import { LegacyKeyValueFormat } from '../../src/lint/rules/LegacyKeyValueFormat.js'
import { NoEmptyContinuation } from '../../src/lint/rules/NoEmptyContinuation.js'
import { StageNameCasing } from '../../src/lint/rules/StageNameCasing.js'
import { UndefinedArgInFrom } from '../../src/lint/rules/UndefinedArgInFrom.js'
import { UndefinedVar } from '../../src/lint/rules/UndefinedVar.js'

const RULES: Rule[] = [
  StageNameCasing, FromAsCasing, NoEmptyContinuation, ConsistentInstructionCasing, UndefinedArgInFrom, UndefinedVar,
  InvalidDefaultArgInFrom, LegacyKeyValueFormat, FromPlatformFlagConstDisallowed, ExposeProtoCasing, ExposeInvalidFormat
]

function example(doc: string, heading: string): string {
  const section = doc.split(`## ${heading}`)[1] ?? ''
  const match = /```dockerfile\n([\s\S]*?)\n```/.exec(section)
  if (!match) throw new Error(`no dockerfile block under ${heading}`)
  return match[1]
}

describe.each(RULES.map((rule) => [rule.meta.code, rule] as const))('docs/rules/%s.md', (code, rule) => {
  const doc = readFileSync(new URL(`../../docs/rules/${code}.md`, import.meta.url), 'utf8')
  const lint = (text: string) => lintWith([rule], text, 'Dockerfile', withConfig({})).map((f) => f.code)

  it('has the layout of the rule docs', () => {
    expect(doc.startsWith(`# ${code}: ${rule.meta.title}\n`)).toBe(true)
    expect(doc).toContain(rule.meta.docsUrl)
  })
  it('reports the failing example', () => {
    expect(lint(example(doc, 'Failing example'))).toContain(code)
  })
  it('passes the passing example', () => {
    expect(lint(example(doc, 'Passing example'))).toEqual([])
  })
})
