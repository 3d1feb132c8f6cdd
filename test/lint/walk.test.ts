import { describe, expect, it } from 'vitest'
import { forgetFileAnswers } from '../../src/lint/memo.js'
import { parseDockerfile } from '../../src/lint/parse.js'
import { runsOf, runsRunning } from '../../src/lint/walk.js'

const lines = (runs: ReadonlyArray<{ instruction: { line: number } }>) => runs.map((r) => r.instruction.line)

describe('runsOf and runsRunning with ONBUILD', () => {
  it('shares the top-level walk in a file without ONBUILD', () => {
    const model = parseDockerfile('FROM a\nRUN apt-get update\nRUN make\n')
    expect(runsOf(model, { onbuild: true })).toBe(runsOf(model))
    expect(runsRunning(model, ['make'], { onbuild: true })).toBe(runsRunning(model, ['make']))
    expect(lines(runsRunning(model, ['apt-get', 'make'], { onbuild: true }))).toEqual([2, 3])
    forgetFileAnswers()
  })

  it('visits the RUNs that ONBUILD wraps only when asked to', () => {
    const model = parseDockerfile('FROM a\nRUN make\nONBUILD RUN apt-get update\nONBUILD COPY . /src\n')
    expect(lines(runsOf(model))).toEqual([2])
    expect(lines(runsOf(model, { onbuild: true }))).toEqual([2, 3])
    expect(lines(runsRunning(model, ['apt-get']))).toEqual([])
    expect(lines(runsRunning(model, ['apt-get'], { onbuild: true }))).toEqual([3])
    expect(lines(runsRunning(model, ['apt-get', 'make'], { onbuild: true }))).toEqual([2, 3])
    forgetFileAnswers()
  })
})
