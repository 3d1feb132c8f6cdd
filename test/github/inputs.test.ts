import { describe, expect, it } from 'vitest'
import { createsComment, readInputs } from '../../src/github/inputs.js'

const workspace = '/home/runner/work/app/app'

describe('action inputs', () => {
  it('has the documented defaults when no input is given', () => {
    const inputs = readInputs({}, workspace)
    expect(inputs).toMatchObject({
      mode: 'gate',
      dockerfiles: ['Dockerfile'],
      context: '',
      results: [],
      image: '',
      build: true,
      scan: true,
      comment: 'always',
      annotations: true,
      sarif: '',
      config: '',
      baseline: 'cache',
      trivyTimeoutMs: 600_000,
      policy: { failOnVuln: 'CRITICAL', failOnLint: 'error', severities: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'], failScope: 'all' }
    })
  })

  it('reads baseline and fail-scope, and refuses fail-scope new with nothing to compare against', () => {
    const inputs = readInputs({ INPUT_BASELINE: 'rebuild', 'INPUT_FAIL-SCOPE': 'new' }, workspace)
    expect([inputs.baseline, inputs.policy.failScope]).toEqual(['rebuild', 'new'])
    expect(() => readInputs({ INPUT_BASELINE: 'git' }, workspace)).toThrow('input baseline: "git" is not allowed. Use one of: cache, rebuild, none.')
    expect(() => readInputs({ 'INPUT_FAIL-SCOPE': 'added' }, workspace)).toThrow('input fail-scope: "added" is not allowed. Use one of: all, new.')
    expect(() => readInputs({ INPUT_BASELINE: 'none', 'INPUT_FAIL-SCOPE': 'new' }, workspace)).toThrow(/input fail-scope: "new" needs a baseline.*Set baseline to cache or rebuild/)
  })

  it('reads INPUT_ variables the way the runner names them', () => {
    const inputs = readInputs({ 'INPUT_FAIL-ON-VULN': 'high', INPUT_DOCKERFILE: './docker/app.Dockerfile', 'INPUT_BUILD-ARGS': 'A=1\nB=2\n' }, workspace)
    expect(inputs.policy.failOnVuln).toBe('HIGH')
    expect(inputs.dockerfiles).toEqual(['docker/app.Dockerfile'])
    expect(inputs.buildArgs).toBe('A=1\nB=2\n')
  })

  it('rejects a bogus value, naming the input and what is allowed', () => {
    expect(() => readInputs({ 'INPUT_FAIL-ON-VULN': 'bogus' }, workspace)).toThrow(
      'input fail-on-vuln: "bogus" is not allowed. Use one of: critical, high, medium, low, unknown, none.'
    )
    expect(() => readInputs({ INPUT_COMMENT: 'sometimes' }, workspace)).toThrow('input comment: "sometimes" is not allowed. Use one of: always, on-failure, update-only, never.')
    expect(() => readInputs({ INPUT_MODE: 'scan' }, workspace)).toThrow('input mode: "scan" is not allowed. Use one of: gate, report.')
  })

  it('reads several Dockerfiles, one path or glob per line, and leaves the context to each one', () => {
    const inputs = readInputs({ INPUT_DOCKERFILE: 'services/*/Dockerfile\n\n  ./tools/Dockerfile.ci  \n!services/legacy/Dockerfile\n# a comment\n' }, workspace)
    expect(inputs.dockerfiles).toEqual(['services/*/Dockerfile', 'tools/Dockerfile.ci', '!services/legacy/Dockerfile'])
    expect(inputs.context).toBe('')
    expect(readInputs({}, workspace).dockerfiles).toEqual(['Dockerfile'])
    expect(readInputs({ INPUT_CONTEXT: './app/' }, workspace).context).toBe('app')
  })

  it('keeps globs inside the workspace too', () => {
    expect(() => readInputs({ INPUT_DOCKERFILE: '../*/Dockerfile' }, workspace)).toThrow(/input dockerfile: "\.\." is outside the workspace/)
    expect(() => readInputs({ INPUT_DOCKERFILE: '/srv/**/Dockerfile' }, workspace)).toThrow(/input dockerfile: "\/srv" is outside the workspace/)
    expect(() => readInputs({ INPUT_DOCKERFILE: '../svc/Dockerfile.[ab]' }, workspace)).toThrow(/input dockerfile: "\.\.\/svc" is outside the workspace/)
  })

  it('reads the comment modes, true and false keeping their first meaning', () => {
    const mode = (value: string) => readInputs({ INPUT_COMMENT: value }, workspace).comment
    expect(['', 'true', 'TRUE', 'always', 'on-failure', 'update-only', 'never', 'false'].map(mode)).toEqual([
      'always', 'always', 'always', 'always', 'on-failure', 'update-only', 'never', 'never'
    ])
  })

  it('writes a new comment only when the mode allows it for this verdict', () => {
    const table = (['always', 'on-failure', 'update-only', 'never'] as const).map((mode) => [mode, createsComment(mode, false), createsComment(mode, true)])
    expect(table).toEqual([
      ['always', true, true],
      ['on-failure', true, false],
      ['update-only', false, false],
      ['never', false, false]
    ])
  })

  it('needs results files in report mode', () => {
    expect(() => readInputs({ INPUT_MODE: 'report' }, workspace)).toThrow(/input results: mode report reads the results files/)
    const inputs = readInputs({ INPUT_MODE: 'report', INPUT_RESULTS: 'results/\nmore/*.json\n' }, workspace)
    expect([inputs.mode, inputs.results]).toEqual(['report', ['results/', 'more/*.json']])
  })

  it('refuses paths outside the workspace', () => {
    expect(() => readInputs({ INPUT_DOCKERFILE: '../other/Dockerfile' }, workspace)).toThrow(/input dockerfile: "..\/other\/Dockerfile" is outside the workspace/)
    expect(() => readInputs({ INPUT_SARIF: '/etc/passwd' }, workspace)).toThrow(/input sarif/)
  })

  it('needs an image to scan when the build is off', () => {
    expect(() => readInputs({ INPUT_BUILD: 'false' }, workspace)).toThrow(/input image: with build: false there is no image to scan/)
    expect(readInputs({ INPUT_BUILD: 'false', INPUT_SCAN: 'false' }, workspace).build).toBe(false)
  })

  it('reads trivy-timeout as a Go duration and refuses anything else, showing valid ones', () => {
    expect(readInputs({ 'INPUT_TRIVY-TIMEOUT': '1h30m' }, workspace).trivyTimeoutMs).toBe(5_400_000)
    expect(readInputs({ 'INPUT_TRIVY-TIMEOUT': ' 90s ' }, workspace).trivyTimeoutMs).toBe(90_000)
    expect(() => readInputs({ 'INPUT_TRIVY-TIMEOUT': '600' }, workspace)).toThrow(
      'input trivy-timeout: "600" is not a duration. Write a number and a unit (h, m, s or ms), as for Trivy\'s --timeout: 90s, 5m or 1h30m.'
    )
    expect(() => readInputs({ 'INPUT_TRIVY-TIMEOUT': '0m' }, workspace)).toThrow(
      'input trivy-timeout: "0m" is out of range. Give a duration above zero and at most 24h, such as 10m.'
    )
  })

  it('reads the lint profile, leaving it unset by default', () => {
    expect(readInputs({}, workspace).profile).toBeUndefined()
    expect(readInputs({ INPUT_PROFILE: 'hadolint' }, workspace).profile).toBe('hadolint')
    expect(() => readInputs({ INPUT_PROFILE: 'strict' }, workspace)).toThrow('input profile: "strict" is not allowed. Use one of: production, hadolint.')
  })
})
