// What fuzzing found in src/, one test each, so that the fixes stay. Sizes are the ones that hung or crashed.
import { describe, expect, it } from 'vitest'
import { withConfig } from '../../src/lint/config.js'
import { lintText, lintWith } from '../../src/lint/engine.js'
import { parseDockerfile } from '../../src/lint/parse.js'
import { runCommands } from '../../src/lint/run-commands.js'
import { DL3014 } from '../../src/lint/rules/DL3014.js'
import { DL3044 } from '../../src/lint/rules/DL3044.js'
import { parseShell } from '../../src/lint/shell.js'
import { lintProblems } from './check.js'

const config = withConfig({})

describe('parseShell on deep nesting (threw RangeError: Maximum call stack size exceeded)', () => {
  it.each([['${', 50_000], ['$"', 50_000], ['"${', 30_000], ['$($"${', 20_000]])('%j × %i reads without throwing', (unit, times) => {
    expect(() => parseShell(`echo ${unit.repeat(times)}`)).not.toThrow()
  })

  it('still reads the commands inside ordinary nesting', () => {
    expect(parseShell('echo "${A:-$(curl -s "${B:-x}")}"').map((c) => c.name)).toEqual(['echo', 'curl'])
  })

  it('a RUN that nests that deep lints without an internal error', () => {
    expect(lintProblems(`FROM alpine:3.19\nRUN echo ${'${'.repeat(50_000)}\n`)).toBeUndefined()
  })
})

describe('fixes that insert a word (DL3014, DL3015, DL3019, DL3042): cubic in the number of installs, took minutes', () => {
  it('a RUN of 800 installs lints without a runaway, findings kept', () => {
    const text = `FROM debian:12\nRUN ${'apt-get install a && '.repeat(800)}true\n`
    expect(lintProblems(text)).toBeUndefined()
    expect(lintText(text, 'Dockerfile', config).map((f) => f.code)).toEqual(expect.arrayContaining(['DL3014', 'DL3015']))
  })

  it('an ordinary RUN still gets its fix', () => {
    const [hit] = lintWith([DL3014], 'FROM debian:12\nRUN apt-get update && apt-get install curl && apt-get install git\n', 'Dockerfile', config)
    expect(hit?.fix?.text).toBe('RUN apt-get update && apt-get install -y curl && apt-get install -y git')
  })
})

describe('DL3044 on an ENV of thousands of pairs: quadratic, then a regex that backtracked; hung on 100 kB', () => {
  it.each([['x ', 50_000], ['a=$a ', 20_000], ['${', 50_000], ['k=${v ', 20_000]])('ENV X=%j × %i lints without a runaway', (unit, times) => {
    expect(lintProblems(`FROM alpine:3.19\nENV X=${unit.repeat(times)}\n`)).toBeUndefined()
  })

  it.each([
    ['ENV A=1 B=$A', 1],
    ['ENV A=1 B=${A}', 1],
    ['ENV A=1 B=${A:-x}', 0],
    ['ENV A=1 B=$AB', 0],
    ['ENV A=$A', 0],
    ['ENV A=1\nENV B=2 C=$A', 0]
  ])('%j: %i finding(s), as before', (env, hits) => {
    expect(lintWith([DL3044], `FROM alpine:3.19\n${env}\n`, 'Dockerfile', config)).toHaveLength(hits)
  })
})

// The lookup was quadratic (the whole stage scanned per RUN, in every shell rule); now linear, but not within a
// second at 8,000 RUNs, so only its meaning is pinned here.
describe('the SHELL in force for each RUN', () => {
  // A PowerShell script is not read as sh: no commands, which tells which SHELL a RUN got.
  it('a RUN still runs under the last SHELL before it, and the one after it does not count', () => {
    const model = parseDockerfile('FROM alpine:3.19\nRUN a\nSHELL ["/bin/bash", "-c"]\nRUN [[ -n x ]] && b\nSHELL ["pwsh", "-c"]\nRUN Get-Item\n')
    const runs = model.instructions.filter((i) => i.keyword === 'RUN')
    expect(runs.map((r) => runCommands(r, model).map((c) => c.name))).toEqual([['a'], ['b'], []])
  })
})

describe('parseDockerfile on text that is not UTF-8 lines', () => {
  it('lone CR line ends: one DL1000 on the line, not an internal parser error', () => {
    const findings = lintText('FROM alpine\rRUN echo hi\r', 'Dockerfile', config)
    expect(findings.map((f) => [f.code, f.line])).toEqual([['DL1000', 1]])
    expect(findings[0]!.message).toMatch(/carriage return that does not end the line/)
  })

  it('CRLF line ends are still fine', () => {
    expect(lintText('FROM alpine:3.19\r\nUSER app\r\n', 'Dockerfile', config).filter((f) => f.code === 'DL1000')).toEqual([])
  })

  it.each([
    ['UTF-16LE with BOM', '\ufffd\ufffdF\u0000R\u0000O\u0000M\u0000'],
    ['UTF-16BE with BOM', '\ufffd\ufffd\u0000F\u0000R\u0000O\u0000M'],
    ['UTF-16LE without BOM', 'F\u0000R\u0000O\u0000M\u0000']
  ])('%s (as read as UTF-8): says UTF-16, not "binary data"', (_name, text) => {
    expect(lintText(text, 'Dockerfile', config).map((f) => f.message)).toEqual(['the Dockerfile is encoded as UTF-16, and Docker reads Dockerfiles as UTF-8: save it as UTF-8'])
  })
})
