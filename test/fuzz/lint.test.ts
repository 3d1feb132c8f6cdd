// lintText over generated Dockerfiles, valid and broken: it never throws, never reports an internal error (a
// parser or rule crash it caught), places every finding and fix inside the file, and finishes within a second.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withConfig } from '../../src/lint/config.js'
import { lintText } from '../../src/lint/engine.js'
import { lintProblems } from './check.js'
import { anyDockerfile, fuzzParams, HUGE_LINE_HEADS, HUGE_LINE_UNITS, hugeLine, validDockerfile } from './dockerfiles.js'

describe('lintText on generated Dockerfiles', () => {
  it('lints every grammar-built Dockerfile without a parse error', () => {
    fc.assert(
      fc.property(validDockerfile, (text) => {
        const findings = lintText(text, 'Dockerfile', withConfig({}))
        expect(findings.filter((f) => f.code === 'DL1000').map((f) => f.message)).toEqual([])
        expect(lintProblems(text)).toBeUndefined()
      }),
      fuzzParams()
    )
  })

  it('never throws, places findings inside the file and stays under a second, broken files included', () => {
    fc.assert(
      fc.property(anyDockerfile, (text) => {
        expect(lintProblems(text)).toBeUndefined()
      }),
      fuzzParams()
    )
  })

  // Every 100 kB line the generator can make, once each, so the 1 s bound is checked on all of them in CI.
  it.each(HUGE_LINE_HEADS.flatMap((head) => HUGE_LINE_UNITS.map((unit) => [head, unit] as const)))('lints FROM + a 100 kB line %j × %j without a runaway', (head, unit) => {
    expect(lintProblems(`FROM alpine:3.19\n${hugeLine(head, unit)}\nUSER app\n`)).toBeUndefined()
  })
})
