import type { Fix } from '../../types.js'
import { buildCheckDocs } from '../build-checks.js'
import { exposedPorts } from '../expose-ports.js'
import type { PortSpec } from '../expose-ports.js'
import type { DockerfileModel, Instruction } from '../model.js'
import type { Rule, RuleHit } from '../rule.js'
import { singleLine } from '../source-fix.js'

export const ExposeProtoCasing: Rule = {
  meta: {
    code: 'ExposeProtoCasing',
    name: 'LowercaseExposeProtocol',
    severity: 'warning',
    title: 'Protocol in EXPOSE instruction should be lowercase',
    why: 'Docker lowercases the protocol, but tools that read the image config or the Dockerfile compare `80/TCP` and `80/tcp` as text; lowercase matches what every runtime reports.',
    docsUrl: buildCheckDocs('ExposeProtoCasing'),
    fixable: true
  },
  check(model) {
    const hits: RuleHit[] = []
    for (const { instruction, specs } of exposedPorts(model)) {
      const wrong = specs.filter((s) => s.protocol !== s.protocol.toLowerCase())
      // One finding per port spec; they share the one rewrite of the line.
      const rewrite = wrong.length > 0 ? fix(model, instruction, wrong) : undefined
      for (const spec of wrong) hits.push({ line: instruction.line, message: `Defined protocol '${spec.text}' in EXPOSE instruction should be lowercase`, fix: rewrite })
    }
    return hits
  }
}

/** The line with each offending spec's protocol lowercased; none when a protocol comes from a variable. */
function fix(model: DockerfileModel, instruction: Instruction, wrong: PortSpec[]): Fix | undefined {
  const line = singleLine(model, instruction)
  if (line === undefined || wrong.some((s) => s.written !== s.text)) return undefined
  const [, keyword, rest] = /^(\s*\S+)(.*)$/.exec(line)!
  const text = keyword + rest.replace(/\S+/g, (word) => (wrong.some((s) => s.written === word) ? word.replace(/\/[A-Za-z]+$/, (p) => p.toLowerCase()) : word))
  return { line: instruction.line, endLine: instruction.line, text }
}
