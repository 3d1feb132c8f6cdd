import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintText } from '../../src/lint/engine.js'
import { parseDockerfile } from '../../src/lint/parse.js'
import { expandDefaults, globalArgs, MAX_EXPANSION, scopedInstructions, variableUses } from '../../src/lint/variables.js'
import { withConfig } from '../../src/lint/config.js'

/** ARGs that each repeat the previous one three times: 1 KB of text that BuildKit would expand to 3^40 characters. */
const tripling = ['ARG A0=xxxxxxxxxx', ...Array.from({ length: 40 }, (_, i) => `ARG A${i + 1}=\${A${i}}\${A${i}}\${A${i}}`), 'FROM alpine:3.20', 'ARG A40', 'USER $A40', ''].join('\n')

describe('variable scopes', () => {
  it('cuts an expansion at MAX_EXPANSION characters and reports the first line that overflows, alone, as DL1000', () => {
    const findings = lintText(tripling, 'Dockerfile', withConfig({}))
    // 10 × 3^8 = 65,610 > 65,536 ≥ 10 × 3^7: A8, on line 9, is the first value too long.
    expect(findings).toEqual([{ file: 'Dockerfile', line: 9, column: 1, level: 'error', code: 'DL1000', message: expect.stringMatching(/expands to more than 65536 characters.*shorten the chain/) }])
    const model = parseDockerfile(tripling)
    expect(globalArgs(model).get('A40')).toHaveLength(MAX_EXPANSION)
    expect(expandDefaults('$A40$A40', globalArgs(model))).toHaveLength(MAX_EXPANSION)
  })

  it('gives each instruction the scope just before it, through FROM <stage>, with ENV winning over a later ARG', () => {
    const model = parseDockerfile('ARG G=g\nFROM alpine:3.20 AS base\nARG G\nENV E=$G-1\nARG E=ignored\nFROM base\nENV F=$E\nUSER $F\n')
    const scopes = scopedInstructions(model, model.stages[1]).map(({ instruction, scope }) => [instruction.line, Object.fromEntries(scope)])
    expect(scopes).toEqual([
      [7, { G: 'g', E: 'g-1' }],
      [8, { G: 'g', E: 'g-1', F: 'g-1' }]
    ])
  })

  it('does not change an earlier instruction\'s scope when a later ENV sets the same name', () => {
    const model = parseDockerfile('FROM alpine:3.20\nENV A=1\nENV A=2\nUSER x\n')
    const values = scopedInstructions(model, model.stages[0]).map(({ scope }) => scope.get('A'))
    expect(values).toEqual([undefined, '1', '2'])
  })
})

describe('variableUses', () => {
  it('names what BuildKit expands, once each, in order: not in single quotes, not after the escape character', () => {
    expect(variableUses('$A ${B:-$C} "$D" \'$E\' \\$F $A ${G}x $1 $', '\\')).toEqual(['A', 'B', 'C', 'D', 'G'])
    expect(variableUses('"it\'s $A" \'$B', '\\')).toEqual(['A'])
    expect(variableUses('C:\\$A `$B $C', '`')).toEqual(['A', 'C'])
  })

  // The character-by-character reading it replaced, as the reference.
  const reference = (text: string, escape: string): string[] => {
    const names: string[] = []
    let quote: string | undefined
    for (let i = 0; i < text.length; i++) {
      const c = text[i]
      if (quote === "'") {
        if (c === "'") quote = undefined
      } else if (c === escape) {
        i++
      } else if (c === "'" && quote === undefined) {
        quote = c
      } else if (c === '"') {
        quote = quote === '"' ? undefined : '"'
      } else if (c === '$') {
        const name = /^\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i + 1))
        if (name) {
          if (!names.includes(name[1]!)) names.push(name[1]!)
          i += name[0].length
        }
      }
    }
    return names
  }

  it('reads any text as the character-by-character reading does, under either escape character', () => {
    const part = fc.constantFrom('$', '${', '}', 'A', 'b_1', '9', '"', "'", '\\', '`', ' ', 'x', ':-', '\n')
    fc.assert(fc.property(fc.array(part, { maxLength: 30 }).map((p) => p.join('')), fc.constantFrom('\\', '`'), (text, escape) => {
      expect(variableUses(text, escape)).toEqual(reference(text, escape))
    }), { numRuns: 3000, seed: 11 })
  })
})
