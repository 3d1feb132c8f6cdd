// `container-gate lint --docker`: the base images' user and ENV come from the local engine, nothing is pulled.
// Needs a Docker engine (see test/helpers/docker-engine.ts).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Exec } from '../../src/exec.js'
import { CLI, runNode } from '../hostile/run.js'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'

const engine = await dockerEngine()
// A base that, like .NET's images, defines the UID of its app user in ENV and leaves the user root.
const base = `container-gate-test/prod-rules-dotnet-like:${process.pid}`

beforeAll(async () => {
  if (!engine.ok) return
  const built = await Exec.run('docker', ['build', '-q', '-t', base, '-'], { input: `FROM ${engine.baseImage}\nENV APP_UID=1654\n` })
  if (built.exitCode !== 0) throw new Error(`could not build the test base image: ${built.stderr}`)
}, 120_000)

afterAll(async () => {
  if (engine.ok) await Exec.run('docker', ['image', 'rm', '--force', base])
})

describe('container-gate lint --docker', needs('Docker', engine), () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-lint-docker-'))
  const codes = async (text: string, ...args: string[]) => {
    writeFileSync(join(dir, 'Dockerfile'), text)
    const r = await runNode(CLI, ['lint', '-f', 'json', '--no-fail', ...args, 'Dockerfile'], { cwd: dir })
    return { found: (JSON.parse(r.stdout) as Array<{ code: string; level: string }>).map((f) => `${f.code} ${f.level}`), stderr: r.stderr }
  }

  it("defines the base image's ENV, so USER $APP_UID is a numeric UID and not root", async () => {
    const text = `FROM ${base}\nUSER $APP_UID\nCMD ["true"]\n`
    const without = await codes(text)
    expect(without.found).toEqual(expect.arrayContaining(['DL3066 info', 'UndefinedVar info']))
    const withDocker = await codes(text, '--docker')
    expect(withDocker.found.filter((f) => /^(?:CG001|DL3066|UndefinedVar) /.test(f))).toEqual([])
  })

  it("lets the base image's user decide CG001 when the Dockerfile has no USER", async () => {
    expect((await codes(`FROM ${base}\nCMD ["true"]\n`, '--docker')).found).toContain('CG001 error')
  })

  it('says which base images the engine lacks, and pulls nothing', async () => {
    const r = await codes('FROM container-gate-test/never-pulled:0.0.1\nUSER $APP_UID\n', '--docker')
    expect(r.stderr).toContain('--docker: the Docker engine has no image container-gate-test/never-pulled:0.0.1; pull it to have its user and ENV read')
    expect(r.found).toContain('UndefinedVar info')
  })
})
