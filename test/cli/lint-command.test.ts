import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runLintCommand } from '../../src/cli/lint-command.js'
import { needs, shellcheckOnPath } from '../helpers/optional-tools.js'

const shellcheck = await shellcheckOnPath()

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-lint-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

async function run(args: string[], cwd: string, options: { stdin?: string; color?: boolean; env?: Record<string, string> } = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runLintCommand(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: async () => options.stdin ?? '',
    cwd,
    color: options.color ?? false
  }, { env: options.env ?? {}, home: mkdtempSync(join(tmpdir(), 'cg-home-')) })
  return { code, stdout, stderr }
}

const GOOD = 'FROM alpine:3.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nUSER 10001\nHEALTHCHECK NONE\nCMD ["/app"]\n'
const LATEST = 'FROM alpine:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nUSER 10001\nHEALTHCHECK NONE\nCMD /app\n'
const STYLE_ONLY = '.hadolint.yaml'
// Pinned tags, multi-stage, non-root, HEALTHCHECK, exec form: the production advice.
const PRODUCTION = `FROM golang:1.22.5-alpine3.20 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app ./cmd/app

FROM alpine:3.20
COPY --from=build /out/app /usr/local/bin/app
USER 10001
HEALTHCHECK CMD ["/usr/local/bin/app", "health"]
ENTRYPOINT ["/usr/local/bin/app"]
`

describe('container-gate lint', () => {
  it('prints hadolint tty lines and exits 1 at the default threshold', async () => {
    const cwd = workspace({ Dockerfile: LATEST })
    expect(await run(['Dockerfile'], cwd)).toEqual({
      code: 1,
      stdout: 'Dockerfile:4 DL3025 warning: Use JSON notation (exec form) for CMD, e.g. ["executable", "arg"]\n',
      stderr: ''
    })
  })

  it('colours the level only when asked', async () => {
    const cwd = workspace({ Dockerfile: LATEST })
    expect((await run(['Dockerfile'], cwd, { color: true })).stdout).toContain('DL3025 \u001b[33mwarning\u001b[0m: ')
  })

  it('exits 0 with no findings', async () => {
    expect(await run(['Dockerfile'], workspace({ Dockerfile: GOOD }))).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('prints one flat JSON array with exactly hadolint keys, in order, across files', async () => {
    const cwd = workspace({ a: LATEST, b: 'FROM alpine:3.20\nFROMM\n' })
    const { code, stdout } = await run(['--format', 'json', 'a', 'b'], cwd)
    expect(code).toBe(1)
    const parsed = JSON.parse(stdout) as Array<Record<string, unknown>>
    expect(parsed.map((f) => Object.keys(f).join(','))).toEqual(Array(2).fill('code,column,file,level,line,message'))
    expect(parsed.map((f) => [f.file, f.line, f.code, f.level])).toEqual([['a', 4, 'DL3025', 'warning'], ['b', 2, 'DL1000', 'error']])
  })

  it('reads stdin for -', async () => {
    const { code, stdout } = await run(['-f', 'json', '-'], workspace({}), { stdin: LATEST })
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ file: '-', code: 'DL3025' })])
  })

  it('honours --failure-threshold and --no-fail', async () => {
    const cwd = workspace({ Dockerfile: LATEST })
    expect((await run(['--failure-threshold', 'error', 'Dockerfile'], cwd)).code).toBe(0)
    expect((await run(['-t', 'warning', 'Dockerfile'], cwd)).code).toBe(1)
    const noFail = await run(['--no-fail', 'Dockerfile'], cwd)
    expect(noFail.code).toBe(0)
    expect(noFail.stdout).toContain('DL3025')
  })

  it('uses .hadolint.yaml from the working directory, and --config over it', async () => {
    const cwd = workspace({ Dockerfile: LATEST, [STYLE_ONLY]: 'override:\n  style: [DL3025]\n', 'strict.yml': 'failure-threshold: style\noverride:\n  style: [DL3025]\n' })
    const found = await run(['Dockerfile'], cwd)
    expect([found.code, found.stdout]).toEqual([0, expect.stringContaining('DL3025 style:')])
    expect((await run(['--config', 'strict.yml', 'Dockerfile'], cwd)).code).toBe(1)
  })

  it('exits 2 with a message for a bad config file', async () => {
    const cwd = workspace({ Dockerfile: GOOD, '.hadolint.yaml': 'colour: true\n' })
    const result = await run(['Dockerfile'], cwd)
    expect(result).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^container-gate lint: .*\.hadolint\.yaml: unknown key "colour"/) })
    expect((await run(['-c', 'missing.yaml', 'Dockerfile'], cwd)).stderr).toMatch(/missing\.yaml: not found\n$/)
  })

  it('exits 2 for a --jobs that is not a number of threads', async () => {
    const cwd = workspace({ Dockerfile: GOOD })
    for (const jobs of ['0', '10000', 'two', '1.5']) {
      expect(await run(['--jobs', jobs, 'Dockerfile'], cwd)).toEqual({
        code: 2,
        stdout: '',
        stderr: `container-gate lint: --jobs: "${jobs}" is not a number of threads; give a whole number from 1 to 9999, like --jobs 4\n`
      })
    }
    expect((await run(['--jobs', '4', 'Dockerfile'], cwd)).code).toBe(0)
  })

  it('exits 2 on usage errors', async () => {
    const cwd = workspace({ Dockerfile: GOOD })
    for (const args of [[], ['--frobnicate', 'Dockerfile'], ['--failure-threshold', 'high', 'Dockerfile'], ['--format', 'xml', 'Dockerfile']]) {
      const result = await run(args, cwd)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^container-gate lint: /)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
    // The command's name once, and its help named for the unknown option.
    expect((await run(['--frobnicate', 'Dockerfile'], cwd)).stderr).toMatch(/^container-gate lint: Unknown option '--frobnicate'\..* Run container-gate lint --help\.\n$/)
  })

  it('lints the readable files, names the unreadable ones and exits 2', async () => {
    const cwd = workspace({ Dockerfile: LATEST })
    mkdirSync(join(cwd, 'dir'))
    const result = await run(['missing', 'Dockerfile', 'dir'], cwd)
    expect(result).toEqual({
      code: 2,
      stdout: expect.stringContaining('Dockerfile:4 DL3025'),
      stderr: 'container-gate lint: missing: not found\ncontainer-gate lint: dir: is a directory\n'
    })
  })

  it('prints one SARIF document with a run per file, compact on one line as hadolint prints it', async () => {
    const cwd = workspace({ a: LATEST, b: GOOD })
    const { code, stdout } = await run(['--format=sarif', 'a', 'b'], cwd)
    expect(code).toBe(1)
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout))}\n`)
    const sarif = JSON.parse(stdout) as { version: string; runs: Array<{ automationDetails: { id: string }; results: Array<{ ruleId: string }> }> }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs.map((r) => [r.automationDetails.id, r.results.map((x) => x.ruleId)])).toEqual([['container-gate/a/', ['DL3025']], ['container-gate/b/', []]])
  })

  it('locates SARIF results relative to the working folder, or by a file:// URI outside it', async () => {
    const cwd = workspace({ a: LATEST })
    const elsewhere = workspace({ 'my Dockerfile': LATEST })
    const { stdout } = await run(['--format=sarif', join(cwd, 'a'), join(elsewhere, 'my Dockerfile')], cwd)
    const sarif = JSON.parse(stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }> }> }
    expect(sarif.runs.map((r) => r.results[0]!.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: 'a', uriBaseId: '%SRCROOT%' },
      { uri: `file://${elsewhere}/my%20Dockerfile` }
    ])
  })

  it('concatenates ignores from the environment, the file and repeated flags, BuildKit names included', async () => {
    const cwd = workspace({ Dockerfile: 'FROM alpine:latest\nCMD run\n', '.hadolint.yaml': 'ignored: [CG002]\n' })
    const { stdout } = await run(['--profile', 'production', '--ignore', 'JSONArgsRecommended', '--ignore', 'CG004', '-f', 'json', 'Dockerfile'], cwd, { env: { HADOLINT_IGNORE: 'CG007' } })
    expect((JSON.parse(stdout) as Array<{ code: string }>).map((f) => f.code)).toEqual(['CG001', 'DL3007'])
  })

  it('lets the command line win single values over the file and the environment', async () => {
    const cwd = workspace({ Dockerfile: LATEST, '.hadolint.yaml': 'failure-threshold: error\n' })
    expect((await run(['Dockerfile'], cwd, { env: { HADOLINT_FAILURE_THRESHOLD: 'warning' } })).code).toBe(0)
    expect((await run(['-t', 'warning', 'Dockerfile'], cwd)).code).toBe(1)
    expect((await run(['Dockerfile'], workspace({ Dockerfile: LATEST }), { env: { HADOLINT_NOFAIL: 'true' } })).code).toBe(0)
  })

  it('applies --error/--warning/--info/--style overrides, one code per use', async () => {
    const cwd = workspace({ Dockerfile: LATEST })
    const { code, stdout } = await run(['--style', 'DL3025', '--info', 'CG001', 'Dockerfile'], cwd)
    expect([code, stdout]).toEqual([0, expect.stringContaining('Dockerfile:4 DL3025 style:')])
  })

  it('exits per threshold as hadolint: none and ignore fail on a style finding', async () => {
    const cwd = workspace({ Dockerfile: LATEST })
    const exit = async (threshold: string) => (await run(['--style', 'DL3025', '-t', threshold, 'Dockerfile'], cwd)).code
    expect([await exit('error'), await exit('warning'), await exit('info'), await exit('style'), await exit('ignore'), await exit('none')]).toEqual([0, 0, 0, 1, 1, 1])
  })

  it('passes a Dockerfile that follows the production advice with default options; its info findings do not fail it', async () => {
    const cwd = workspace({ Dockerfile: PRODUCTION })
    const found = await run(['-f', 'json', 'Dockerfile'], cwd)
    expect([found.code, (JSON.parse(found.stdout) as Array<{ code: string; level: string }>).map((f) => `${f.code} ${f.level}`)]).toEqual([0, ['CG007 info', 'CG007 info']])
    expect((await run(['-t', 'info', 'Dockerfile'], cwd)).code).toBe(1)
  })

  it('is a drop-in for hadolint beside a .hadolint.yaml: its rules, its info threshold, unless told otherwise', async () => {
    const cwd = workspace({ Dockerfile: 'FROM alpine:3.20\nUSER app\n', '.hadolint.yaml': 'ignored: [DL3007]\n' })
    const found = await run(['-f', 'json', 'Dockerfile'], cwd)
    expect([found.code, (JSON.parse(found.stdout) as Array<{ code: string }>).map((f) => f.code)]).toEqual([1, ['DL3066']])
    expect((await run(['Dockerfile'], workspace({ Dockerfile: PRODUCTION, '.hadolint.yaml': '' }))).code).toBe(0)
    const production = await run(['--profile', 'production', '-f', 'json', 'Dockerfile'], cwd)
    expect((JSON.parse(production.stdout) as Array<{ code: string }>).map((f) => f.code)).toContain('CG007')
    expect((await run(['Dockerfile'], workspace({ Dockerfile: 'FROM alpine:3.20\nUSER app\nEXPOSE 80\n', '.hadolint.yaml': 'profile: production\n' }))).code).toBe(1)
  })

  it('judges the --target stage with the final-image rules, and exits 2 naming the stages for one the file lacks', async () => {
    const cwd = workspace({ Dockerfile: 'FROM alpine:3.20 AS builder\nUSER 65534\nHEALTHCHECK NONE\nFROM builder AS dev-envs\nUSER root\n' })
    const codes = async (args: string[]) => (JSON.parse((await run([...args, '-f', 'json', 'Dockerfile'], cwd)).stdout) as Array<{ code: string; line: number }>).map((f) => `${f.line} ${f.code}`)
    expect(await codes([])).toContain('5 CG001')
    expect((await codes(['--target', 'builder'])).filter((c) => c.includes('CG00'))).toEqual(['1 CG007'])
    const wrong = await run(['--target', 'prod', 'Dockerfile'], cwd)
    expect([wrong.code, wrong.stderr]).toEqual([2, 'container-gate lint: Dockerfile: no stage is named "prod" (the target to build); the named stages are builder, dev-envs; fix --target\n'])
  })

  it('runs only hadolint rules with --profile hadolint', async () => {
    const cwd = workspace({ Dockerfile: 'FROM alpine:latest\nUSER root\n' })
    const codes = async (args: string[]) => (JSON.parse((await run([...args, '-f', 'json', 'Dockerfile'], cwd)).stdout) as Array<{ code: string }>).map((f) => f.code)
    expect(await codes([])).toEqual(expect.arrayContaining(['CG001', 'DL3007', 'DL3002']))
    expect(await codes(['--profile', 'hadolint'])).toEqual(['DL3007', 'DL3002', 'DL3066'])
  })

  it('makes pragmas ineffective with --disable-ignore-pragma', async () => {
    const cwd = workspace({ Dockerfile: GOOD.replace('CMD ["/app"]', '# hadolint ignore=DL3025\nCMD /app') })
    expect((await run(['Dockerfile'], cwd)).code).toBe(0)
    expect(await run(['--disable-ignore-pragma', 'Dockerfile'], cwd)).toMatchObject({ code: 1, stdout: expect.stringContaining('Dockerfile:5 DL3025') })
  })

  it('writes gnu and checkstyle, and codeclimate with the reported path, exiting 0', async () => {
    const cwd = workspace({ Dockerfile: LATEST })
    expect((await run(['-f', 'gnu', 'Dockerfile'], cwd)).stdout).toBe('hadolint:Dockerfile:4: DL3025 warning: Use JSON notation (exec form) for CMD, e.g. ["executable", "arg"]\n')
    expect((await run(['-f', 'checkstyle', '--file-path-in-report', 'x/Dockerfile', 'Dockerfile'], cwd)).stdout).toContain("<file name='x/Dockerfile' ><error line='4' column='1' severity='warning'")
    const climate = await run(['--format', 'codeclimate', '--file-path-in-report', 'x/Dockerfile', 'Dockerfile'], cwd)
    expect(climate.code).toBe(0)
    expect(JSON.parse(climate.stdout.split('\u0000')[0])).toMatchObject({ check_name: 'DL3025', location: { path: 'x/Dockerfile' }, severity: 'major' })
    expect((await run(['-f', 'gitlab_codeclimate', 'Dockerfile'], cwd)).code).toBe(1)
  })

  it('prints each repeated format in turn, and no colour with --no-color', async () => {
    const cwd = workspace({ Dockerfile: LATEST })
    const { stdout } = await run(['-f', 'gnu', '-f', 'tty', '--no-color', 'Dockerfile'], cwd, { color: true })
    expect(stdout).toBe('hadolint:Dockerfile:4: DL3025 warning: Use JSON notation (exec form) for CMD, e.g. ["executable", "arg"]\nDockerfile:4 DL3025 warning: Use JSON notation (exec form) for CMD, e.g. ["executable", "arg"]\n')
  })

  it('says which config file is used with --verbose', async () => {
    const cwd = workspace({ Dockerfile: GOOD, '.hadolint.yml': 'no-color: true\n' })
    expect((await run(['-V', 'Dockerfile'], cwd)).stderr).toBe(`Configuration file used: ${join(cwd, '.hadolint.yml')}\n`)
  })

  it('exits 2 naming a misspelt rule name, a bad label or a bad profile', async () => {
    const cwd = workspace({ Dockerfile: GOOD })
    expect((await run(['--ignore', 'JSONArgsRecomended', 'Dockerfile'], cwd)).stderr).toBe(
      'container-gate lint: --ignore: unknown BuildKit check "JSONArgsRecomended"; did you mean JSONArgsRecommended? (run container-gate rules to list them)\n'
    )
    expect((await run(['--require-label', 'version', 'Dockerfile'], cwd)).stderr).toMatch(/^container-gate lint: --require-label: "version" must be NAME:TYPE/)
    expect((await run(['--profile', 'strict', 'Dockerfile'], cwd)).code).toBe(2)
  })

  it('lints a file with too much shell for ShellCheck without it, naming the file, and the other files with it', needs('ShellCheck', shellcheck), async () => {
    const huge = `FROM alpine:3.20\n${Array.from({ length: 3000 }, (_, i) => `RUN echo ${'x'.repeat(100)} ${i}\n`).join('')}`
    const { stdout, stderr } = await run(['--no-fail', 'huge', 'Dockerfile'], workspace({ huge, Dockerfile: LATEST }))
    expect(stderr).toMatch(/^container-gate lint: huge: ShellCheck \(SC\) checks were skipped for this Dockerfile: its RUN scripts hold [\d.]+ MB of shell/)
    expect(stderr.split('\n').filter((l) => l.includes('skipped'))).toHaveLength(1)
    expect(stdout).toContain('huge:3 DL3059')
  })

  it('prints its usage with --help', async () => {
    const { code, stdout } = await run(['--help'], workspace({}))
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: container-gate lint \[options\] DOCKERFILE\.\.\./)
  })
})
