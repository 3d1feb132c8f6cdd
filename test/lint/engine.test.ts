import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { withConfig } from '../../src/lint/config.js'
import { finalFromLine, lintRules, lintText, lintWith } from '../../src/lint/engine.js'
import { parseDockerfile } from '../../src/lint/parse.js'
import type { Rule } from '../../src/lint/rule.js'
import { ruleFamily } from '../../src/lint/profiles.js'
import { DL1001 } from '../../src/lint/rules/DL1001.js'
import { rules } from '../../src/lint/rules/index.js'

const fixturesDir = fileURLToPath(new URL('../fixtures/dockerfiles', import.meta.url))
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
    expect(codes('FROM alpine:latest\nEXPOSE 80\nCMD sh\nUSER root\n')).toEqual(['1:CG002', '1:CG007', '1:DL3007', '3:DL3025', '4:CG001', '4:DL3002', '4:DL3066'])
  })

  it('drops ignored codes and applies overrides, worst list first', () => {
    const config = withConfig({ ignored: ['CG007', 'CG002'], override: { error: ['DL3007'], warning: [], info: ['DL3007', 'DL3025'], style: [] } })
    expect(lintText('FROM alpine:latest\nUSER 10001\nCMD sh\n', 'D', config).map((f) => `${f.code}:${f.level}`)).toEqual(['DL3007:error', 'DL3025:info'])
  })

  it('applies inline and global pragmas', () => {
    const text = '# hadolint global ignore=CG007,CG002\n# hadolint ignore=DL3007 # tracked in JIRA-1\nFROM alpine:latest\nUSER 10001\n# hadolint ignore=DL3025\n\nCMD sh\n'
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

describe('config and pragmas in the engine', () => {
  const rule = (code: string, severity: Rule['meta']['severity'] = 'warning'): Rule => ({
    meta: { code, name: `Rule${code}`, severity, title: `${code} hit`, why: 'w', docsUrl: 'u', fixable: false },
    check: (model) => model.instructions.map((i) => ({ line: i.line }))
  })
  const run = (selected: Rule[], text: string, changes: Parameters<typeof withConfig>[0] = {}) =>
    lintWith(selected, text, 'D', withConfig(changes)).map((f) => `${f.line}:${f.code}:${f.level}`)

  it('runs only hadolint rules under the hadolint profile, ShellCheck findings included', () => {
    const selected = [rule('CG900'), rule('DL3900'), rule('StageNameCasing')]
    expect(run(selected, 'FROM a:1\n')).toEqual(['1:CG900:warning', '1:DL3900:warning', '1:StageNameCasing:warning'])
    expect(run(selected, 'FROM a:1\n', { profile: 'hadolint' })).toEqual(['1:DL3900:warning'])
    const external = [{ code: 'SC2086', level: 'info' as const, line: 2, message: 'quote it' }]
    expect(lintText('FROM alpine:3.20\nRUN echo $x\n', 'D', withConfig({ profile: 'hadolint' }), external).map((f) => f.code)).toEqual(['SC2086'])
  })

  it('switches an ignore-level rule on only through an override', () => {
    expect(run([rule('DL3957', 'ignore')], 'FROM a:1\n')).toEqual([])
    expect(run([rule('DL3957', 'ignore')], 'FROM a:1\n', { override: { error: [], warning: [], info: [], style: ['DL3957'] } })).toEqual(['1:DL3957:style'])
  })

  it('silences BuildKit names and our codes with check=skip, file-wide and per instruction', () => {
    const selected = [rule('CG900'), rules.find((r) => r.meta.code === 'DL3025')!]
    expect(run(selected, '# check=skip=CG900\nFROM a:1\nCMD run\n')).toEqual(['3:DL3025:warning'])
    expect(run(selected, 'FROM a:1\n# check=skip=JSONArgsRecommended,CG900\nCMD run\nCMD again\n')).toEqual(['1:CG900:warning', '4:CG900:warning', '4:DL3025:warning'])
  })

  it('turns on experimental BuildKit checks and raises BuildKit findings to errors as the directive says', () => {
    const selected = [rule('InvalidDefinitionDescription', 'ignore'), rule('StageNameCasing'), rule('DL3900')]
    expect(run(selected, 'FROM a:1\n')).toEqual(['1:DL3900:warning', '1:StageNameCasing:warning'])
    expect(run(selected, '# check=experimental=InvalidDefinitionDescription\nFROM a:1\n')).toEqual(['2:DL3900:warning', '2:InvalidDefinitionDescription:warning', '2:StageNameCasing:warning'])
    expect(run(selected, '# check=error=true\nFROM a:1\n')).toEqual(['2:DL3900:warning', '2:StageNameCasing:error'])
    expect(run(selected, '# check=error=true\nFROM a:1\n', { override: { error: [], warning: [], info: ['StageNameCasing'], style: [] } })).toEqual(['2:DL3900:warning', '2:StageNameCasing:info'])
  })

  it('makes every ignore comment ineffective with disable-ignore-pragma', () => {
    const text = '# hadolint global ignore=CG900\nFROM a:1\n# hadolint ignore=CG900\nRUN x\n'
    expect(run([rule('CG900')], text)).toEqual([])
    expect(run([rule('CG900')], text, { disableIgnorePragma: true })).toEqual(['2:CG900:warning', '4:CG900:warning'])
  })

  it('reports inline pragmas with DL1001 once an override switches it on', () => {
    const text = 'FROM a:1\n# hadolint ignore=CG900\nRUN x\n'
    expect(run([DL1001, rule('CG900')], text)).toEqual(['1:CG900:warning'])
    expect(run([DL1001, rule('CG900')], text, { override: { error: ['DL1001'], warning: [], info: [], style: [] } })).toEqual(['1:CG900:warning', '2:DL1001:error'])
  })
})

describe('fixtures', () => {
  it('passes the good multi-stage Go Dockerfile', () => {
    expect(codes(fixture('go-multistage.Dockerfile'))).toEqual([])
  })

  it('flags most rules on the bad single-stage Node Dockerfile', () => {
    expect(codes(fixture('node-single-stage.Dockerfile'))).toEqual([
      '1:CG002', '1:CG004', '1:CG007', '1:DL3007', '7:CG003', '9:CG006', '11:CG001', '11:DL3002', '11:DL3066', '13:CG005'
    ])
  })

  it('lints the Windows Dockerfile with escape=`', () => {
    expect(codes(fixture('windows.Dockerfile'))).toEqual(['4:CG007', '16:CG004', '16:CG007', '19:DL3066', '22:DL3025'])
  })

  // One character outside ASCII in a message makes V8 hold the whole report it is joined into at two bytes a character.
  it('words every message in ASCII (all rules on, every fixture Dockerfile, the case that quotes CMD into ENTRYPOINT)', () => {
    const config = withConfig({ override: { error: rules.map((r) => r.meta.code), warning: [], info: [], style: [] } })
    const texts = readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('Dockerfile'))
      .map((name) => readFileSync(join(fixturesDir, name), 'utf8'))
    texts.push('FROM debian:12\nENTRYPOINT ["/entry"]\nCMD run --fast\n')
    expect(texts.length).toBeGreaterThan(100)
    const messages = texts.flatMap((text) => lintText(text, 'Dockerfile', config).map((f) => `${f.code}: ${f.message}`))
    expect(messages.some((m) => m.startsWith('CG007: ') && m.includes('@sha256:...'))).toBe(true)
    expect(messages.some((m) => m.startsWith('DL3025: ') && m.includes('"-c", "..."'))).toBe(true)
    expect(messages.filter((m) => /[^\x00-\x7f]/.test(m))).toEqual([])
  })
})

describe('fixes', () => {
  // One finding of each kind of fix: a word put into a RUN's script (DL3015), the keyword swapped (DL3020), the exec
  // form (DL3025), the casing of a keyword (ConsistentInstructionCasing).
  const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nADD app.tar /app/\nadd ./x /x\nUSER app\nCMD run --fast\n'
  const lint = (known = {}) => lintRules(rules, parseDockerfile(text), 'Dockerfile', withConfig({}), known).findings

  it('come with the findings by default', () => {
    expect(lint().filter((f) => f.fix).map((f) => f.code)).toEqual(expect.arrayContaining(['DL3015', 'DL3020', 'DL3025', 'ConsistentInstructionCasing']))
  })

  it('are left out when nothing shows them, and the findings are otherwise the same', () => {
    const withFixes = lint()
    const without = lint({ fixes: false })
    expect(without.some((f) => f.fix)).toBe(false)
    expect(without).toEqual(withFixes.map(({ fix: _fix, ...finding }) => finding))
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
      expect(meta.code).toMatch(/^(CG\d{3}|DL\d{4}|[A-Z][A-Za-z]+)$/)
      const family = ruleFamily(meta.code)
      if (family === 'hadolint') expect(meta.docsUrl).toBe(`https://github.com/hadolint/hadolint/wiki/${meta.code}`)
      else if (family === 'container-gate') expect(meta.docsUrl).toBe(`https://github.com/container-gate/container-gate/blob/main/docs/rules/${meta.code}.md`)
      else {
        // Docker's page for a check is its name in kebab case: StageNameCasing → stage-name-casing.
        const page = /^https:\/\/docs\.docker\.com\/reference\/build-checks\/([a-z]+(?:-[a-z]+)*)\/$/.exec(meta.docsUrl)?.[1]
        expect(page?.replaceAll('-', ''), meta.docsUrl).toBe(meta.code.toLowerCase())
      }
      expect(meta.why.length).toBeGreaterThan(20)
    }
    expect(rules.find((r) => r.meta.code === 'StageNameCasing')?.meta.docsUrl).toBe('https://docs.docker.com/reference/build-checks/stage-name-casing/')
  })
})
