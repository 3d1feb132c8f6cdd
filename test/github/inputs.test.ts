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

  it("reads build-push-action's build inputs, raw, with secret-envs from the step's environment", () => {
    const inputs = readInputs({ INPUT_SECRETS: '"token= padded "', 'INPUT_SECRET-ENVS': 'npm=NPM_TOKEN', NPM_TOKEN: 'npm_1', INPUT_TAGS: 'r/app:1, r/app:2', INPUT_PUSH: 'true' }, workspace)
    expect(inputs.buildInputs).toMatchObject({
      secrets: [{ id: 'token', value: ' padded ', from: 'secrets' }, { id: 'npm', value: 'npm_1', from: 'secret-envs' }],
      tags: ['r/app:1', 'r/app:2'],
      push: true
    })
  })

  it('refuses push with nothing to push as, or nothing built', () => {
    expect(() => readInputs({ INPUT_PUSH: 'true' }, workspace)).toThrow('input push: there is no tag to push the image as. Name the image in tags')
    expect(() => readInputs({ INPUT_PUSH: 'true', INPUT_TAGS: 'r/app:1', INPUT_BUILD: 'false', INPUT_IMAGE: 'r/app:1' }, workspace)).toThrow(
      'input push: with build: false nothing is built, so nothing is pushed.'
    )
  })

  it("reads hadolint-action's and trivy-action's inputs as they write them", () => {
    const inputs = readInputs(
      {
        INPUT_IGNORE: 'DL3008, DL3018', 'INPUT_OVERRIDE-INFO': 'DL3006', 'INPUT_TRUSTED-REGISTRIES': 'ghcr.io,docker.io', 'INPUT_FAILURE-THRESHOLD': 'warning', 'INPUT_NO-FAIL': 'false',
        INPUT_TRIVYIGNORES: 'sec/a.trivyignore, sec/b.trivyignore', INPUT_SCANNERS: 'vuln,misconfig,license', 'INPUT_SKIP-DIRS': '/usr/share/doc', 'INPUT_SKIP-FILES': 'a,b', 'INPUT_PKG-TYPES': 'os', INPUT_VEX: 'app.vex.json'
      },
      workspace
    )
    expect(inputs.hadolint).toEqual({
      ignore: ['DL3008', 'DL3018'],
      override: { error: [], warning: [], info: ['DL3006'], style: [] },
      trustedRegistries: ['ghcr.io', 'docker.io'],
      failureThreshold: 'warning',
      noFail: false
    })
    expect(inputs.failOnLintFromConfig).toBe(true)
    expect(inputs.trivyignores).toEqual(['sec/a.trivyignore', 'sec/b.trivyignore'])
    expect(inputs.trivyScan).toEqual({ scanners: ['vuln', 'misconfig', 'license'], skipDirs: ['/usr/share/doc'], skipFiles: ['a', 'b'], pkgTypes: ['os'], vex: ['app.vex.json'] })
  })

  it('takes fail-on-lint as given, and refuses it beside failure-threshold or no-fail: true', () => {
    expect(readInputs({ 'INPUT_FAIL-ON-LINT': 'warning', 'INPUT_NO-FAIL': 'false' }, workspace)).toMatchObject({ failOnLintFromConfig: false, policy: { failOnLint: 'warning' } })
    expect(() => readInputs({ 'INPUT_FAIL-ON-LINT': 'error', 'INPUT_FAILURE-THRESHOLD': 'info' }, workspace)).toThrow(
      `input fail-on-lint: "error" and hadolint-action's failure-threshold both set the lint gate. Keep one`
    )
    expect(() => readInputs({ 'INPUT_FAIL-ON-LINT': 'error', 'INPUT_NO-FAIL': 'true' }, workspace)).toThrow(/and hadolint-action's no-fail both set the lint gate/)
    expect(() => readInputs({ 'INPUT_FAILURE-THRESHOLD': 'fatal' }, workspace)).toThrow('input failure-threshold: "fatal" is not allowed.')
    expect(() => readInputs({ INPUT_TRIVYIGNORES: '../outside' }, workspace)).toThrow('input trivyignores: "../outside" is outside the workspace')
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
