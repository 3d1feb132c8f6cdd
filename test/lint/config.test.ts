import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  defaultLintConfig, environmentLayer, failsThreshold, hadolintActionLayer, lintGateFromConfig, LintConfigError, mergeLayers, parseConfigFile, resolveCodes
} from '../../src/lint/config.js'
import type { HadolintActionInputs } from '../../src/lint/config.js'
import { configCandidates, findLintConfig, loadLintSettings } from '../../src/lint/config-file.js'
import type { RuleMeta } from '../../src/lint/rule.js'
import type { LintFinding } from '../../src/types.js'

const meta = (code: string, aliases?: string[]): RuleMeta => ({ code, name: `Rule${code}`, severity: 'warning', title: code, why: '', docsUrl: '', fixable: false, aliases })
const catalog = [meta('DL3025', ['JSONArgsRecommended']), meta('StageNameCasing'), meta('ConsistentInstructionCasing', ['FileConsistentCommandCasing']), meta('CG001')]
const parse = (text: string, file = '.hadolint.yaml') => parseConfigFile(text, file, catalog)

describe('parseConfigFile', () => {
  it('reads every hadolint key and ours', () => {
    const text = [
      'ignored: [DL3008, JSONArgsRecommended]',
      'override:',
      '  error: [CG001]',
      '  style: [SC2086]',
      'trustedRegistries: [docker.io, "*.example.com"]',
      'label-schema:',
      '  org.opencontainers.image.source: url',
      '  owner:',
      'strict-labels: true',
      'failure-threshold: warning',
      'no-fail: true',
      'disable-ignore-pragma: true',
      'formats: [json, checkstyle]',
      'no-color: true',
      'verbose: false',
      'profile: hadolint'
    ].join('\n')
    expect(parse(text)).toEqual({
      ignored: ['DL3008', 'DL3025'],
      override: { error: ['CG001'], style: ['SC2086'] },
      trustedRegistries: ['docker.io', '*.example.com'],
      labelSchema: { 'org.opencontainers.image.source': 'url', owner: 'text' },
      strictLabels: true,
      failureThreshold: 'warning',
      noFail: true,
      disableIgnorePragma: true,
      formats: ['json', 'checkstyle'],
      noColor: true,
      verbose: false,
      profile: 'hadolint'
    })
  })

  it('accepts a single trusted registry as a string and a single format', () => {
    expect(parse('trustedRegistries: ghcr.io\nformat: gnu\n')).toMatchObject({ trustedRegistries: ['ghcr.io'], formats: ['gnu'] })
  })

  it('accepts old BuildKit spellings, and a name several rules carry, as every such rule', () => {
    expect(parse('ignored: [FileConsistentCommandCasing]\n').ignored).toEqual(['ConsistentInstructionCasing'])
    const shared = [meta('DL3012', ['MultipleInstructionsDisallowed']), meta('DL4003', ['MultipleInstructionsDisallowed'])]
    expect(parseConfigFile('ignored: [MultipleInstructionsDisallowed]\n', 'f', shared).ignored).toEqual(['DL3012', 'DL4003'])
  })

  it('gives the defaults for an empty file', () => {
    expect(mergeLayers([parse('')]).config).toEqual(defaultLintConfig)
  })

  it('names the file and line of invalid YAML', () => {
    expect(() => parse('ignored: [DL3008\nno-fail: true\n', 'conf/.hadolint.yaml')).toThrow(/^conf\/\.hadolint\.yaml:2: invalid YAML: Flow sequence[^\n]*\]$/)
  })

  it('names an unknown key and lists the allowed ones', () => {
    expect(() => parse('trusted-registries: [docker.io]\n', '.hadolint.yml')).toThrow(
      new LintConfigError('.hadolint.yml: unknown key "trusted-registries"; allowed keys are ignored, override, trustedRegistries, label-schema, strict-labels, failure-threshold, no-fail, disable-ignore-pragma, format, formats, no-color, verbose, profile')
    )
  })

  it('names the key, what was found and what is allowed for wrong types', () => {
    const f = (text: string) => () => parseConfigFile(text, 'f', catalog)
    expect(f('ignored: DL3008\n')).toThrow('f: "ignored" must be a list of rule codes, e.g. [DL3008, CG001], found "DL3008"')
    expect(f('override:\n  fatal: [DL3008]\n')).toThrow('f: unknown level "fatal" under "override"; allowed levels are error, warning, info, style')
    expect(f('override: [DL3008]\n')).toThrow('f: "override" must map levels (error, warning, info, style) to lists of codes, found a list')
    expect(f('failure-threshold: high\n')).toThrow('f: "failure-threshold" must be one of error, warning, info, style, ignore, none, found "high"')
    expect(f('no-fail: yes please\n')).toThrow('f: "no-fail" must be true or false, found "yes please"')
    expect(f('label-schema:\n  version: number\n')).toThrow('f: "label-schema.version" must be one of text, url, semver, hash, rfc3339, spdx, email, found "number"')
    expect(f('profile: strict\n')).toThrow('f: "profile" must be one of production, hadolint, found "strict"')
    expect(f('format: xml\n')).toThrow('f: "format" must be one of tty, json, sarif, checkstyle, gnu, codeclimate, gitlab_codeclimate, found "xml"')
    expect(f('format: json\nformats: [tty]\n')).toThrow('f: give "format" or "formats", not both')
    expect(f('- a\n')).toThrow('f: expected a mapping of settings')
  })

  it('rejects a misspelt BuildKit name with close names, and a code that is no code', () => {
    expect(() => parse('ignored: [StageNameCaseing]\n', 'f')).toThrow('f: "ignored": unknown BuildKit check "StageNameCaseing"; did you mean StageNameCasing?')
    expect(() => parse('override:\n  info: [jsonargsrecommended]\n', 'f')).toThrow('f: "override.info": "jsonargsrecommended" is not a rule code')
    expect(resolveCodes(['SC9999', 'DL9999'], 'x', catalog)).toEqual(['SC9999', 'DL9999'])
  })
})

describe('environmentLayer', () => {
  it('reads hadolint variables with its truthy words and comma lists', () => {
    expect(environmentLayer({
      HADOLINT_NOFAIL: 'Yes',
      HADOLINT_STRICT_LABELS: 'nope',
      HADOLINT_DISABLE_IGNORE_PRAGMA: 'ON',
      HADOLINT_VERBOSE: '1',
      NO_COLOR: '',
      HADOLINT_FORMAT: 'json,sonarqube',
      HADOLINT_FAILURE_THRESHOLD: 'Warning',
      HADOLINT_IGNORE: 'DL3008, JSONArgsRecommended',
      HADOLINT_OVERRIDE_ERROR: 'CG001',
      HADOLINT_TRUSTED_REGISTRIES: 'docker.io,ghcr.io',
      HADOLINT_REQUIRE_LABELS: 'maintainer:text,org.opencontainers.image.source:url'
    }, catalog)).toEqual({
      ignored: ['DL3008', 'DL3025'],
      override: { error: ['CG001'], warning: undefined, info: undefined, style: undefined },
      trustedRegistries: ['docker.io', 'ghcr.io'],
      labelSchema: { maintainer: 'text', 'org.opencontainers.image.source': 'url' },
      strictLabels: false,
      failureThreshold: 'warning',
      noFail: true,
      disableIgnorePragma: true,
      formats: ['json'],
      noColor: true,
      verbose: true
    })
  })

  it('names the variable of a bad value', () => {
    expect(() => environmentLayer({ HADOLINT_FAILURE_THRESHOLD: 'high' }, catalog)).toThrow('HADOLINT_FAILURE_THRESHOLD must be one of error, warning, info, style, ignore, none, found "high"')
    expect(() => environmentLayer({ HADOLINT_REQUIRE_LABELS: 'version' }, catalog)).toThrow('HADOLINT_REQUIRE_LABELS: "version" must be NAME:TYPE')
  })
})

describe('mergeLayers', () => {
  it('lets the later layer win single values and concatenates lists, environment < file < command line', () => {
    const env = { ignored: ['DL3008'], override: { info: ['DL3007'] }, trustedRegistries: ['docker.io'], failureThreshold: 'error' as const, noFail: true, labelSchema: { a: 'url' as const } }
    const file = { ignored: ['CG001'], override: { info: ['CG002'] }, failureThreshold: 'style' as const, noFail: false, labelSchema: { a: 'email' as const, b: 'text' as const }, formats: ['json' as const] }
    const cli = { ignored: ['DL3008', 'SC2086'], trustedRegistries: ['ghcr.io'], formats: ['gnu' as const], profile: 'hadolint' as const }
    const { config, formats } = mergeLayers([env, file, cli])
    expect(config).toEqual({
      ...defaultLintConfig,
      ignored: ['DL3008', 'CG001', 'SC2086'],
      override: { error: [], warning: [], info: ['DL3007', 'CG002'], style: [] },
      trustedRegistries: ['docker.io', 'ghcr.io'],
      failureThreshold: 'style',
      noFail: false,
      labelSchema: { a: 'email', b: 'text' },
      profile: 'hadolint'
    })
    expect(formats).toEqual(['gnu'])
    expect(mergeLayers([]).formats).toEqual(['tty'])
  })
})

describe('finding and loading the config file', () => {
  const places = () => {
    const root = mkdtempSync(join(tmpdir(), 'cg-config-'))
    const cwd = join(root, 'repo')
    const home = join(root, 'home')
    mkdirSync(cwd)
    mkdirSync(join(home, '.hadolint'), { recursive: true })
    mkdirSync(join(home, '.config'))
    return { cwd, home, env: {} as Record<string, string> }
  }

  it('lists hadolint candidates in its order, with XDG_CONFIG_HOME when set', () => {
    expect(configCandidates({ cwd: '/r', home: '/h', env: { XDG_CONFIG_HOME: '/x' } })).toEqual([
      '/r/.hadolint.yaml', '/r/.hadolint.yml', '/x/hadolint.yaml', '/x/hadolint.yml',
      '/h/.hadolint/hadolint.yaml', '/h/.hadolint/hadolint.yml', '/h/.hadolint/config.yaml', '/h/.hadolint/config.yml',
      '/h/.hadolint.yaml', '/h/.hadolint.yml'
    ])
    expect(configCandidates({ cwd: '/r', home: '/h', env: {} })[2]).toBe('/h/.config/hadolint.yaml')
  })

  it('takes the first file that exists, skipping directories', () => {
    const p = places()
    expect(findLintConfig(p)).toBeUndefined()
    writeFileSync(join(p.home, '.hadolint.yml'), '')
    expect(findLintConfig(p)).toBe(join(p.home, '.hadolint.yml'))
    writeFileSync(join(p.home, '.hadolint', 'config.yaml'), '')
    expect(findLintConfig(p)).toBe(join(p.home, '.hadolint', 'config.yaml'))
    writeFileSync(join(p.home, '.config', 'hadolint.yml'), '')
    expect(findLintConfig(p)).toBe(join(p.home, '.config', 'hadolint.yml'))
    writeFileSync(join(p.cwd, '.hadolint.yml'), '')
    expect(findLintConfig(p)).toBe(join(p.cwd, '.hadolint.yml'))
    mkdirSync(join(p.cwd, '.hadolint.yaml'))
    expect(findLintConfig(p)).toBe(join(p.cwd, '.hadolint.yml'))
  })

  it('layers the environment, the file and the command line', () => {
    const p = places()
    writeFileSync(join(p.cwd, '.hadolint.yaml'), 'ignored: [CG001]\nfailure-threshold: warning\n')
    const settings = loadLintSettings({ ...p, env: { HADOLINT_IGNORE: 'DL3008', HADOLINT_FAILURE_THRESHOLD: 'error' }, cli: { ignored: ['DL3025'] }, catalog })
    expect(settings.config.ignored).toEqual(['DL3008', 'CG001', 'DL3025'])
    expect(settings.config.failureThreshold).toBe('warning')
    expect(settings.configFile).toBe(join(p.cwd, '.hadolint.yaml'))
  })

  it('reads --config relative to the working directory, and says when it is missing', () => {
    const p = places()
    writeFileSync(join(p.cwd, 'lint.yml'), 'no-fail: true\n')
    expect(loadLintSettings({ ...p, configPath: 'lint.yml', cli: {}, catalog }).config.noFail).toBe(true)
    expect(() => loadLintSettings({ ...p, configPath: 'nope.yaml', cli: {}, catalog })).toThrow(`cannot read the lint config ${join(p.cwd, 'nope.yaml')}: not found`)
  })
})

describe("hadolint-action's inputs", () => {
  const none: HadolintActionInputs = { ignore: [], override: { error: [], warning: [], info: [], style: [] }, trustedRegistries: [] }
  const places = () => {
    const root = mkdtempSync(join(tmpdir(), 'cg-action-config-'))
    return { cwd: root, home: root, env: {} as Record<string, string> }
  }

  it('are a layer over the environment and under the config file, as HADOLINT_* variables are', () => {
    const p = places()
    writeFileSync(join(p.cwd, '.hadolint.yaml'), 'ignored: [CG001]\nfailure-threshold: warning\n')
    const actionInputs = hadolintActionLayer(
      { ignore: ['JSONArgsRecommended'], override: { ...none.override, error: ['StageNameCasing'] }, trustedRegistries: ['ghcr.io'], failureThreshold: 'style', noFail: false },
      catalog
    )
    const settings = loadLintSettings({ ...p, env: { HADOLINT_FAILURE_THRESHOLD: 'error' }, actionInputs, cli: {}, catalog })
    expect(settings.config.ignored).toEqual(['DL3025', 'CG001'])
    expect(settings.config.override.error).toEqual(['StageNameCasing'])
    expect(settings.config.trustedRegistries).toEqual(['ghcr.io'])
    expect(settings.config.failureThreshold).toBe('warning')
    expect(loadLintSettings({ ...places(), actionInputs, cli: {}, catalog }).config.failureThreshold).toBe('style')
  })

  it('name the input of an unknown rule', () => {
    expect(() => hadolintActionLayer({ ...none, override: { ...none.override, warning: ['3008'] } }, catalog)).toThrow(/^input override-warning: "3008" is not a rule code/)
    expect(() => hadolintActionLayer({ ...none, ignore: ['StageNameCasin'] }, catalog)).toThrow(/^input ignore: unknown BuildKit check "StageNameCasin"; did you mean StageNameCasing/)
  })
})

describe('lintGateFromConfig', () => {
  const gate = (...layers: Parameters<typeof mergeLayers>[0]) => lintGateFromConfig(mergeLayers(layers))

  it("is hadolint's failure-threshold when a source sets it, none with no-fail, and nothing otherwise", () => {
    expect(gate({}, {})).toBeUndefined()
    expect(gate({ noFail: false })).toBeUndefined()
    expect(gate({ failureThreshold: 'warning' })).toBe('warning')
    expect(gate({ failureThreshold: 'warning' }, { noFail: true })).toBe('none')
    expect(gate({ failureThreshold: 'style' }, { failureThreshold: 'info' })).toBe('info')
  })

  it('reads ignore and none as failing on any finding, as hadolint does', () => {
    expect(gate({ failureThreshold: 'ignore' })).toBe('style')
    expect(gate({ failureThreshold: 'none' })).toBe('style')
  })
})

describe('failsThreshold', () => {
  const finding = (level: LintFinding['level']): LintFinding => ({ file: 'D', line: 1, column: 1, level, code: 'X1', message: 'm' })

  it('fails at or above the threshold only', () => {
    expect(failsThreshold([finding('info')], 'info')).toBe(true)
    expect(failsThreshold([finding('style')], 'info')).toBe(false)
    expect(failsThreshold([finding('warning')], 'error')).toBe(false)
    expect(failsThreshold([finding('error')], 'error')).toBe(true)
  })

  it('fails on any finding with ignore or none, as hadolint does', () => {
    expect(failsThreshold([finding('style')], 'none')).toBe(true)
    expect(failsThreshold([finding('style')], 'ignore')).toBe(true)
    expect(failsThreshold([], 'none')).toBe(false)
  })
})

describe('parseConfigFile on a YAML alias bomb', () => {
  it('names the file and says what to do, in a LintConfigError rather than a raw ReferenceError', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`), 'ignored: *j', ''].join('\n')
    expect(() => parse(bomb)).toThrow(LintConfigError)
    expect(() => parse(bomb)).toThrow(/^\.hadolint\.yaml: cannot read the YAML: .*alias.*write the values out$/i)
  })
})
