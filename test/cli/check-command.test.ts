// `container-gate check` over several Dockerfiles, as the action's monorepo step: no Docker needed with --no-build.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCheckCommand } from '../../src/cli/check-command.js'
import { CLI, runNode } from '../hostile/run.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-check-several-'))
  for (const [path, text] of [
    ['services/api/Dockerfile', 'FROM alpine:3.19\nUSER app\nHEALTHCHECK NONE\nCMD ["app"]\n'],
    ['services/web/Dockerfile', 'FROM alpine:3.19\nCMD app\n'],
    ['services/old/Dockerfile', 'FROM alpine\n']
  ]) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
})

const check = (...args: string[]) => runNode(CLI, ['check', '--no-build', '--no-scan', ...args], { cwd: dir })

describe('container-gate check with several Dockerfiles', () => {
  it('checks each one the globs name and prints one comment with an overview', async () => {
    const r = await check('--format', 'markdown', '--dockerfile', 'services/*/Dockerfile', '--dockerfile', '!services/old/Dockerfile')
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('### ❌ Container Gate failed for 1 of 2 Dockerfiles')
    expect(r.stdout).toContain('#### ✅ Container Gate passed for <code>services/api/Dockerfile</code>')
    expect(r.stdout).toContain('#### ❌ Container Gate failed for <code>services/web/Dockerfile</code>')
    // Only the hidden marker, which carries the dockerfile patterns as given, names it.
    expect(r.stdout.split('\n').slice(1).join('\n')).not.toContain('services/old')
    expect(r.stderr).toContain('lint: services/web/Dockerfile')
  })

  it('prints each one\'s terminal report in turn', async () => {
    const r = await check('--dockerfile', 'services/api/Dockerfile', '--dockerfile', 'services/web/Dockerfile')
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/✔ Container Gate passed \(scan skipped: there is no image to scan: the build is off and no image was named\) for services\/api\/Dockerfile[\s\S]*✖ Container Gate failed for services\/web\/Dockerfile/)
  })

  it('stops with exit 2 when a glob matches nothing', async () => {
    const r = await check('--dockerfile', 'apps/*/Dockerfile')
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(
      `container-gate: --dockerfile: "apps/*/Dockerfile" matched no file in ${dir}. Check the pattern (relative to the current folder; \`*\` stays within a folder, \`**\` spans folders).\n`
    )
  })

  it('names an unknown option or a stray argument once, pointing to its help', async () => {
    const unknown = await check('--bogus')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/^container-gate: Unknown option '--bogus'\..* Run container-gate check --help\.\n$/)
    expect(await check('Dockerfile')).toMatchObject({ status: 2, stderr: 'container-gate: unexpected argument "Dockerfile". Name the Dockerfile with --dockerfile.\n' })
  })

  it('refuses patterns that leave nothing to check, in the words of the flag', async () => {
    const r = await check('--dockerfile', 'services/api/Dockerfile', '--dockerfile', '!services')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('--dockerfile: no Dockerfile is left to gate once the patterns starting with ! leave theirs out.')
  })

  it('colours its report on a terminal, and not with --no-color, as lint does', async () => {
    const report = async (...args: string[]) => {
      let stdout = ''
      const io = { stdout: (t: string) => (stdout += t), stderr: () => undefined, stderrStream: { write: () => true }, readStdin: async () => '', cwd: dir, color: true }
      expect(await runCheckCommand(['--no-build', '--no-scan', '--dockerfile', 'services/api/Dockerfile', ...args], io)).toBe(0)
      return stdout
    }
    expect(await report()).toContain('\u001b[32m✔ Container Gate passed')
    expect(await report('--no-color')).toMatch(/^✔ Container Gate passed/)
  })

  it('refuses a baseline file for several Dockerfiles', async () => {
    const r = await check('--dockerfile', 'services/*/Dockerfile', '--write-baseline', 'b.json')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('--baseline-file and --write-baseline compare one Dockerfile, and --dockerfile names 3.')
  })
})

describe("container-gate check and the lint config's failure-threshold", () => {
  const project = (config: string): string => {
    const root = mkdtempSync(join(tmpdir(), 'cg-check-threshold-'))
    // Shell-form CMD: DL3025, a warning; nothing at level error.
    writeFileSync(join(root, 'Dockerfile'), 'FROM alpine:3.19\nUSER app\nHEALTHCHECK NONE\nCMD app\n')
    writeFileSync(join(root, '.hadolint.yaml'), config)
    return root
  }
  const run = (root: string, ...args: string[]) => runNode(CLI, ['check', '--no-build', '--no-scan', ...args], { cwd: root })

  it('gates on the config file\'s failure-threshold when --fail-on-lint is not given', async () => {
    const root = project('failure-threshold: warning\n')
    const r = await run(root)
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('1 warning lint finding (fail-on-lint: warning)')
    expect((await run(root, '--fail-on-lint', 'error')).status).toBe(0)
  })

  it("passes with the config's no-fail, and gates on error when the config sets neither", async () => {
    expect((await run(project('failure-threshold: warning\nno-fail: true\n'))).status).toBe(0)
    expect((await run(project('ignored: [DL3008]\n'))).status).toBe(0)
  })
})
