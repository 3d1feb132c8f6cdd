import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withConfig } from '../../src/lint/config.js'
import { finalFromLine, lintText, lintWith } from '../../src/lint/engine.js'
import type { Rule } from '../../src/lint/rule.js'
import { rules } from '../../src/lint/rules/index.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/dockerfiles/${name}`, import.meta.url), 'utf8')
const codes = (text: string, config = withConfig({})) => lintText(text, 'Dockerfile', config).map((f) => `${f.line}:${f.code}`)

describe('lintText', () => {
  it('fills every field of a finding', () => {
    expect(lintText('FROM alpine:latest\nUSER app\nHEALTHCHECK NONE\n', 'app/Dockerfile', withConfig({}))[1]).toEqual({
      file: 'app/Dockerfile',
      line: 1,
      column: 1,
      level: 'warning',
      code: 'DL3007',
      message: 'Using latest is prone to errors if the image ever updates; pin a specific version tag',
      title: 'Using latest is prone to errors if the image ever updates; pin a specific version tag',
      docsUrl: 'https://github.com/hadolint/hadolint/wiki/DL3007'
    })
  })

  it('sorts by line, then code', () => {
    expect(codes('FROM alpine:latest\nCMD sh\nUSER root\n')).toEqual(['1:CG002', '1:CG007', '1:DL3007', '2:DL3025', '3:CG001', '3:DL3002'])
  })

  it('drops ignored codes and applies overrides, worst list first', () => {
    const config = withConfig({ ignored: ['CG007', 'CG002'], override: { error: ['DL3007'], warning: [], info: ['DL3007', 'DL3025'], style: [] } })
    expect(lintText('FROM alpine:latest\nUSER app\nCMD sh\n', 'D', config).map((f) => `${f.code}:${f.level}`)).toEqual(['DL3007:error', 'DL3025:info'])
  })

  it('applies inline and global pragmas', () => {
    const text = '# hadolint global ignore=CG007,CG002\n# hadolint ignore=DL3007 # tracked in JIRA-1\nFROM alpine:latest\nUSER app\n# hadolint ignore=DL3025\n\nCMD sh\n'
    expect(codes(text)).toEqual(['7:DL3025'])
  })

  it('reports only DL1000 for a file that does not parse, and never throws on junk', () => {
    expect(lintText('FROM alpine:latest\nFROMM x\n', 'D', withConfig({ ignored: ['DL1000'] }))).toEqual([
      { file: 'D', line: 2, column: 1, level: 'error', code: 'DL1000', message: expect.stringMatching(/unknown instruction FROMM/) }
    ])
    for (const junk of ['\u0000\u00ff\u0001', '\\', 'FROM', '<<EOF', 'RUN <<', '"', '[', '# escape=`\n`', 'FROM a\nRUN ["sh", "-c"]\nCMD ["sh","-c"]']) {
      expect(() => lintText(junk, 'D', withConfig({}))).not.toThrow()
    }
  })

  it('turns a crashing rule into a finding that names it, and keeps the other rules', () => {
    const broken: Rule = { meta: { ...rules[0].meta, code: 'CG999' }, check: () => { throw new TypeError('boom') } }
    const findings = lintWith([broken, rules.find((r) => r.meta.code === 'DL3007')!], 'FROM a:latest\n', 'D', withConfig({}))
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      ['CG999', 'internal error in rule CG999, which was skipped (TypeError: boom); please report it with the Dockerfile'],
      ['DL3007', expect.any(String)]
    ])
  })
})

describe('fixtures', () => {
  it('passes the good multi-stage Go Dockerfile', () => {
    expect(codes(fixture('go-multistage.Dockerfile'))).toEqual([])
  })

  it('flags most rules on the bad single-stage Node Dockerfile', () => {
    expect(codes(fixture('node-single-stage.Dockerfile'))).toEqual([
      '1:CG002', '1:CG004', '1:CG007', '1:DL3007', '7:CG003', '9:CG006', '11:CG001', '11:DL3002', '13:CG005'
    ])
  })

  it('lints the Windows Dockerfile with escape=`', () => {
    expect(codes(fixture('windows.Dockerfile'))).toEqual(['4:CG007', '16:CG004', '16:CG007', '22:DL3025'])
  })
})

describe('finalFromLine', () => {
  it('gives the last FROM line, or undefined', () => {
    expect(finalFromLine('FROM a:1 AS b\nRUN x\n\nFROM b\n')).toBe(4)
    expect(finalFromLine('# nothing\n')).toBeUndefined()
  })
})

describe('the registry', () => {
  it('is sorted by code with unique codes and well-formed metadata', () => {
    const list = rules.map((r) => r.meta.code)
    expect(list).toEqual([...new Set(list)].sort())
    for (const { meta } of rules) {
      expect(meta.code).toMatch(/^(CG|DL)\d+$/)
      expect(meta.docsUrl).toBe(meta.code.startsWith('DL') ? `https://github.com/hadolint/hadolint/wiki/${meta.code}` : `https://github.com/container-gate/container-gate/blob/main/docs/rules/${meta.code}.md`)
      expect(meta.why.length).toBeGreaterThan(20)
    }
  })
})
