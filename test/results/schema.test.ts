import { describe, expect, it } from 'vitest'
import { ShapeError } from '../../src/results/check.js'
import { gateRun, parseResultsFile, RESULTS_SCHEMA, RESULTS_VERSION, VersionError } from '../../src/results/schema.js'
import { TOOL_VERSION } from '../../src/version.js'
import { META, richResults, richRuns } from './results.js'

const TEXT = JSON.stringify(richResults())

/** The rich results file as JSON, after `edit` changed its parsed data (`any`: the tests break it on purpose). */
function edited(edit: (data: any) => void): string {
  const data = JSON.parse(TEXT)
  edit(data)
  return JSON.stringify(data)
}

function errorOf(text: string): ShapeError {
  try {
    parseResultsFile(text, 'results/r.json')
  } catch (e) {
    expect(e).toBeInstanceOf(ShapeError)
    return e as ShapeError
  }
  throw new Error('the file parsed')
}

const NOT_RESULTS = 'results/r.json: not a Container Gate results file: '

describe('parseResultsFile', () => {
  it('reads back, unchanged, a results file a gate step wrote', () => {
    const file = richResults()
    expect(file).toMatchObject({ schema: RESULTS_SCHEMA, version: RESULTS_VERSION, tool: TOOL_VERSION, key: META.key, pullRequest: META.pullRequest })
    expect(file.runs[0]!.scan.report!.vulnerabilities.length).toBeGreaterThan(3)
    expect(file.runs[0]!.scan.report!.secrets.length).toBeGreaterThan(0)
    expect(file.verdict.pass).toBe(false)
    expect(parseResultsFile(TEXT, 'r.json')).toStrictEqual(JSON.parse(TEXT))
  })

  it('reads a file written outside a pull request, with no pull request', () => {
    const { pullRequest: _, ...push } = META
    const text = JSON.stringify(richResults(push))
    expect(parseResultsFile(text, 'r.json')).not.toHaveProperty('pullRequest')
    expect(parseResultsFile(text, 'r.json')).toStrictEqual(JSON.parse(text))
  })

  it('checks a run on its own the same way', () => {
    for (const run of richRuns()) expect(gateRun(JSON.parse(JSON.stringify(run)), '')).toStrictEqual(JSON.parse(JSON.stringify(run)))
  })

  it.each(['{"schema":', '', 'results-file', '\uFEFF{}'])('says %j is not JSON, and names the file', (text) => {
    const error = errorOf(text)
    expect(error.message).toMatch(/^results\/r\.json: not JSON \(.+\)$/)
  })

  it.each([
    ['an array', '[]', 'the top level: expected an object, got an array'],
    ['null', 'null', 'the top level: expected an object, got null'],
    ['a number', '3', 'the top level: expected an object, got number'],
    ['a SARIF file', '{"version":"2.1.0","runs":[]}', 'schema: expected a value, got undefined'],
    ['another schema', edited((d) => (d.schema = 'container-gate/result')), 'schema: expected "container-gate/results", got string']
  ])('says %s is not a results file', (_, text, message) => {
    expect(errorOf(text).message).toBe(NOT_RESULTS + message)
  })

  it.each([
    [2, 'version 2'],
    ['1', 'version "1"'],
    [0.9, 'version 0.9']
  ])('says which version it reads when the file has version %j', (version, said) => {
    const error = errorOf(edited((d) => (d.version = version)))
    expect(error).toBeInstanceOf(VersionError)
    expect(error.message).toBe(
      `results/r.json: results format ${said}; this Container Gate reads version 1. Use the same Container Gate version in the gate and report steps.`
    )
  })

  it.each<[string, (d: any) => void, string]>([
    ['a missing tool', (d) => delete d.tool, 'tool: expected a value, got undefined'],
    ['a missing policy setting', (d) => delete d.runs[1].policy.failOnLint, 'runs[1].policy.failOnLint: expected a value, got undefined'],
    ['a null required list', (d) => (d.runs[0].lint = null), 'runs[0].lint: expected a value, got null'],
    ['a severity that is none', (d) => (d.runs[0].scan.report.vulnerabilities[3].severity = 'SEVERE'), 'runs[0].scan.report.vulnerabilities[3].severity: expected one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN, got string'],
    ['a lint level that is none', (d) => (d.runs[0].lint[1].level = 'fatal'), 'runs[0].lint[1].level: expected one of error, warning, info, style, got string'],
    ['a verdict that is a string', (d) => (d.verdict.pass = 'false'), 'verdict.pass: expected true or false, got string'],
    ['a run verdict reason that is not text', (d) => (d.runs[1].verdict.reasons = ['a', { b: 1 }]), 'runs[1].verdict.reasons[1]: expected a string, got object'],
    ['runs that are not a list', (d) => (d.runs = { 0: d.runs[0] }), 'runs: expected a list, got object'],
    ['a step status that is none', (d) => (d.runs[0].build.status = 'passed'), 'runs[0].build.status: expected one of ok, skipped, failed, got string'],
    ['a layer origin that is none', (d) => (d.runs[0].build.facts.layers[1].origin = 'docker'), 'runs[0].build.facts.layers[1].origin: expected one of base, instruction, unknown, got string'],
    ['a fix without its text', (d) => delete d.runs[0].lint[1].fix.text, 'runs[0].lint[1].fix.text: expected a value, got undefined'],
    ['a secret without its rule', (d) => delete d.runs[0].scan.report.secrets[0].ruleId, 'runs[0].scan.report.secrets[0].ruleId: expected a value, got undefined'],
    ['a failing policy that is none', (d) => (d.runs[0].policy.failOnVuln = 'critical'), 'runs[0].policy.failOnVuln: expected one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN, none, got string'],
    ['a pull request without its head', (d) => delete d.pullRequest.headSha, 'pullRequest.headSha: expected a value, got undefined'],
    ['a history flag that is not true or false', (d) => (d.runs[0].scan.report.image.history[0].emptyLayer = 0), 'runs[0].scan.report.image.history[0].emptyLayer: expected true or false, got number']
  ])('names the exact path of %s', (_, edit, message) => {
    expect(errorOf(edited(edit)).message).toBe(NOT_RESULTS + message)
  })

  it.each<[string, (d: any) => void, string]>([
    ['a negative image size', (d) => (d.runs[0].build.imageSize = -1), 'runs[0].build.imageSize: expected a number ≥ 0'],
    ['a duration written as text', (d) => (d.runs[0].build.durationMs = '12'), 'runs[0].build.durationMs: expected a number ≥ 0'],
    ['a duration that is NaN as text', (d) => (d.runs[0].scan.durationMs = 'NaN'), 'runs[0].scan.durationMs: expected a number ≥ 0'],
    ['negative layer bytes', (d) => (d.runs[0].build.facts.heaviest[0].bytes = -5), 'runs[0].build.facts.heaviest[0].bytes: expected a number ≥ 0'],
    ['a negative baseline count', (d) => (d.runs[0].comparison.baseline.lintFindings = -3), 'runs[0].comparison.baseline.lintFindings: expected a number ≥ 0'],
    ['a negative baseline vulnerability count', (d) => (d.runs[0].comparison.baseline.vulnerabilities = -1), 'runs[0].comparison.baseline.vulnerabilities: expected a number ≥ 0'],
    ['line 0', (d) => (d.runs[0].lint[0].line = 0), 'runs[0].lint[0].line: expected a line number ≥ 1'],
    ['a line between lines', (d) => (d.runs[0].lint[0].line = 2.5), 'runs[0].lint[0].line: expected a line number ≥ 1'],
    ['a negative FROM line', (d) => (d.runs[0].fromLine = -1), 'runs[0].fromLine: expected a line number ≥ 1'],
    ['a vulnerability on line 0', (d) => (d.runs[0].scan.report.vulnerabilities[0].line = 0), 'runs[0].scan.report.vulnerabilities[0].line: expected a line number ≥ 1'],
    ['a failed line written as text', (d) => (d.runs[1].build.failedLine = '4'), 'runs[1].build.failedLine: expected a line number ≥ 1'],
    ['pull request 0', (d) => (d.pullRequest.number = 0), 'pullRequest.number: expected a line number ≥ 1']
  ])('refuses %s', (_, edit, message) => {
    expect(errorOf(edited(edit)).message).toMatch(new RegExp(`^${escape(NOT_RESULTS + message)}, got (number|string)$`))
  })

  it('refuses a number too large to be one (1e999 reads as Infinity)', () => {
    const text = edited((d) => (d.runs[0].build.imageSize = 424242424242)).replace('424242424242', '1e999')
    expect(errorOf(text).message).toBe(`${NOT_RESULTS}runs[0].build.imageSize: expected a number ≥ 0, got number`)
  })

  it('drops the properties it does not know, __proto__ included, at every level', () => {
    const text = edited((d) => {
      d.extra = 'x'
      d.runs[0].build.extra = { nested: true }
      d.runs[0].scan.report.vulnerabilities[0].exploit = '<script>'
      Object.defineProperty(d.runs[0], '__proto__', { value: { polluted: true }, enumerable: true })
    }).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')
    expect(text).toContain('"__proto__":{"polluted":true},"constructor"')
    const parsed = parseResultsFile(text, 'r.json')
    expect(parsed).toStrictEqual(JSON.parse(TEXT))
    expect(Object.hasOwn(parsed, '__proto__')).toBe(false)
    expect(Object.hasOwn(parsed.runs[0]!, '__proto__')).toBe(false)
    expect(Object.getPrototypeOf(parsed.runs[0])).toBe(Object.prototype)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('takes null for an optional field as absent', () => {
    const parsed = parseResultsFile(
      edited((d) => {
        d.pullRequest = null
        d.runs[0].fromLine = null
        d.runs[0].comparison.baseline = null
        d.runs[0].scan.report.vulnerabilities[0].fixedVersion = null
        d.runs[0].build.facts = null
        d.runs[1].build.reason = null
      }),
      'r.json'
    )
    expect(parsed).not.toHaveProperty('pullRequest')
    expect(parsed.runs[0]).not.toHaveProperty('fromLine')
    expect(parsed.runs[0]!.comparison).toStrictEqual({ notes: ['The baseline is 3 commits behind.'] })
    expect(parsed.runs[0]!.scan.report!.vulnerabilities[0]).not.toHaveProperty('fixedVersion')
    expect(parsed.runs[0]!.build).not.toHaveProperty('facts')
    expect(parsed.runs[1]!.build).not.toHaveProperty('reason')
  })

  it('reads a file full of hostile text: making it inert is the renderers’ job', () => {
    const hostile = '<img src=x onerror=alert(1)> @octocat #1 ::error file=x::pwned\n::add-mask::x\r\n<!-- container-gate:x --> `code` | a | \u202e\u0000'
    const text = edited((d) => {
      d.key = hostile
      d.runs[0].dockerfile = hostile
      d.runs[0].verdict.reasons.push(hostile)
      d.runs[0].scan.report.vulnerabilities[0].title = hostile
      d.runs[0].lint[0].message = hostile
      d.runs[1].build.logTail = hostile
    })
    expect(() => parseResultsFile(text, 'r.json')).not.toThrow()
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
