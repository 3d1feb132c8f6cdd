// Broken settings: the lint config file, the action's inputs, and a Docker that is not there. Each stops (or
// skips) with a message that names the setting, as a process exit code says.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { dockerClientOnPath, needs } from '../helpers/optional-tools.js'
import { ACTION, CLI, runNode } from './run.js'

const dockerClient = await dockerClientOnPath()

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-hostile-settings-'))
  writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.19\nUSER app\nHEALTHCHECK NONE\n')
  writeFileSync(join(dir, 'invalid.yaml'), 'ignored: [DL3008\nfailure-threshold: error\n')
  writeFileSync(join(dir, 'unknown-key.yaml'), 'ignore: [DL3008]\n')
  writeFileSync(join(dir, 'wrong-type.yaml'), 'no-fail: maybe\n')
  writeFileSync(join(dir, 'scalar.yaml'), 'just a string\n')
  mkdirSync(join(dir, 'work'))
})

const lintWith = (config: string) => runNode(CLI, ['lint', '--config', config, 'Dockerfile'], { cwd: dir })

describe('the lint config file', () => {
  it('invalid YAML: exit 2 with the file and line', async () => {
    const r = await lintWith('invalid.yaml')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(new RegExp(`^container-gate lint: ${dir}/invalid\\.yaml:\\d+: invalid YAML: `))
  })

  it('an unknown key: exit 2 listing the allowed keys', async () => {
    const r = await lintWith('unknown-key.yaml')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('unknown-key.yaml: unknown key "ignore"; allowed keys are ')
  })

  it('a value of the wrong type: exit 2 naming the key', async () => {
    const r = await lintWith('wrong-type.yaml')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('wrong-type.yaml: "no-fail"')
  })

  it('not a mapping: exit 2 saying what it found', async () => {
    expect((await lintWith('scalar.yaml')).stderr).toContain('scalar.yaml: expected a mapping of settings')
  })

  it('the same file through check: exit 2, nothing built', async () => {
    const r = await runNode(CLI, ['check', '--no-build', '--no-scan', '--config', 'unknown-key.yaml'], { cwd: dir })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('unknown key "ignore"')
    expect(r.stderr).not.toContain('▸ lint')
  })
})

/** The action as a runner starts it, with only the inputs given. */
function action(inputs: Record<string, string>, extra: Record<string, string> = {}) {
  return runNode(ACTION, [], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: join(dir, 'work'), RUNNER_TEMP: dir, ...inputs, ...extra } })
}

describe("the action's inputs", () => {
  it('fail-on-vuln: bogus stops the step with exit 1 and the allowed values', async () => {
    const r = await action({ 'INPUT_FAIL-ON-VULN': 'bogus' })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('::error::input fail-on-vuln: "bogus" is not allowed. Use one of: critical, high, medium, low, unknown, none.')
  })

  it.each([['dockerfile', '../Dockerfile'], ['context', '/etc'], ['sarif', '../../out.sarif'], ['config', '../invalid.yaml'], ['trivyignore', '/tmp/.trivyignore']])(
    'input %s outside the workspace (%s): exit 1 naming the input',
    async (name, value) => {
      const r = await action({ [`INPUT_${name.toUpperCase()}`]: value })
      expect(r.status).toBe(1)
      expect(r.stdout).toContain(`::error::input ${name}: "${value}" is outside the workspace (${join(dir, 'work')}). Use a path inside the repository.`)
    }
  )

  it('trivy-timeout that is not a duration: exit 1 showing valid ones', async () => {
    const r = await action({ 'INPUT_TRIVY-TIMEOUT': '600' })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(
      '::error::input trivy-timeout: "600" is not a duration. Write a number and a unit (h, m, s or ms), as for Trivy\'s --timeout: 90s, 5m or 1h30m.'
    )
  })

  it('a boolean that is not one: exit 1', async () => {
    const r = await action({ INPUT_SCAN: 'yes please' })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('::error::input scan: "yes please" is not a boolean. Use true or false.')
  })
})

describe('a Docker daemon that is not running', () => {
  it('check on a laptop: says the build was skipped and why, still lints, exit by the lint verdict', needs('Docker', dockerClient), async () => {
    const r = await runNode(CLI, ['check', '--no-scan'], { cwd: dir, env: { DOCKER_HOST: `unix://${join(dir, 'no-such.sock')}` } })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Build            skipped: the Docker daemon is not running or not reachable (Cannot connect to the Docker daemon at unix://')
    expect(r.stdout).toContain('start it, or pass --no-build')
  })

  it('the action: the build fails the gate, naming the engine', async () => {
    writeFileSync(join(dir, 'work', 'Dockerfile'), 'FROM alpine:3.19\nUSER app\nHEALTHCHECK NONE\n')
    const r = await action({ INPUT_SCAN: 'false', INPUT_COMMENT: 'false' }, { DOCKER_HOST: `unix://${join(dir, 'no-such.sock')}` })
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/::error::Container Gate failed: .*build/i)
  })
})
