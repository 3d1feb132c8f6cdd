import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultLintConfig, failsThreshold, LintConfigError, parseLintConfig } from '../../src/lint/config.js'
import { findLintConfig, loadLintConfig } from '../../src/lint/config-file.js'
import type { LintFinding } from '../../src/types.js'

describe('parseLintConfig', () => {
  it('reads every accepted key', () => {
    const text = 'ignored: [DL3008]\noverride:\n  error: [CG004]\n  style: [DL3007]\nfailure-threshold: warning\nno-fail: true\n'
    expect(parseLintConfig(text, '.hadolint.yaml')).toEqual({
      ignored: ['DL3008'],
      override: { error: ['CG004'], warning: [], info: [], style: ['DL3007'] },
      failureThreshold: 'warning',
      noFail: true,
      trustedRegistries: [],
      labelSchema: {},
      strictLabels: false
    })
  })

  it('gives the defaults for an empty file', () => {
    expect(parseLintConfig('', '.hadolint.yaml')).toEqual(defaultLintConfig)
  })

  it('names the file and line of invalid YAML', () => {
    expect(() => parseLintConfig('ignored: [DL3008\nno-fail: true\n', 'conf/.hadolint.yaml')).toThrow(/^conf\/\.hadolint\.yaml:2: invalid YAML: Flow sequence[^\n]*\]$/)
  })

  it('names an unknown key and lists the allowed ones', () => {
    expect(() => parseLintConfig('trustedRegistries: [docker.io]\n', '.hadolint.yml')).toThrow(
      new LintConfigError('.hadolint.yml: unknown key "trustedRegistries"; allowed keys are ignored, override, failure-threshold, no-fail')
    )
  })

  it('names the key and what is allowed for wrong types', () => {
    expect(() => parseLintConfig('ignored: DL3008\n', 'f')).toThrow('f: "ignored" must be a list of rule codes')
    expect(() => parseLintConfig('override:\n  fatal: [DL3008]\n', 'f')).toThrow('f: unknown level "fatal" under "override"; allowed levels are error, warning, info, style')
    expect(() => parseLintConfig('override: [DL3008]\n', 'f')).toThrow(/"override" must map levels/)
    expect(() => parseLintConfig('failure-threshold: high\n', 'f')).toThrow('f: "failure-threshold" must be one of error, warning, info, style, ignore, none')
    expect(() => parseLintConfig('no-fail: yes please\n', 'f')).toThrow('f: "no-fail" must be true or false')
    expect(() => parseLintConfig('- a\n', 'f')).toThrow(/expected a mapping/)
  })
})

describe('findLintConfig and loadLintConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-config-'))

  it('finds nothing in an empty directory and loads the defaults for no file', () => {
    expect(findLintConfig(dir)).toBeUndefined()
    expect(loadLintConfig(undefined)).toEqual(defaultLintConfig)
  })

  it('prefers .hadolint.yaml over .hadolint.yml and skips directories', () => {
    const both = mkdtempSync(join(tmpdir(), 'cg-config-'))
    writeFileSync(join(both, '.hadolint.yml'), 'no-fail: true\n')
    expect(findLintConfig(both)).toBe(join(both, '.hadolint.yml'))
    writeFileSync(join(both, '.hadolint.yaml'), 'ignored: [CG001]\n')
    expect(findLintConfig(both)).toBe(join(both, '.hadolint.yaml'))
    expect(loadLintConfig(findLintConfig(both)).ignored).toEqual(['CG001'])
    const withDir = mkdtempSync(join(tmpdir(), 'cg-config-'))
    mkdirSync(join(withDir, '.hadolint.yaml'))
    expect(findLintConfig(withDir)).toBeUndefined()
  })

  it('says when the file is missing', () => {
    expect(() => loadLintConfig(join(dir, 'nope.yaml'))).toThrow(`cannot read the lint config ${join(dir, 'nope.yaml')}: not found`)
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
