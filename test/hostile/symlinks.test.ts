// Symbolic links a pull request can commit, through the bundled action: each path the step would read or write is
// judged by where it really leads, and the step fails before reading, building or writing anything outside.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ACTION, CLI, runNode } from './run.js'

const SECRET = 'ghp_secretThatMustNotBePrinted0123456789'
let outside: string

function workspaceWith(links: Record<string, string>): string {
  const workspace = mkdtempSync(join(tmpdir(), 'cg-hostile-links-'))
  writeFileSync(join(workspace, 'Dockerfile'), 'FROM alpine:3.20\nUSER 65534\n')
  for (const [name, target] of Object.entries(links)) symlinkSync(target, join(workspace, name))
  return workspace
}

async function action(workspace: string, inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'cg-hostile-links-runner-'))
  writeFileSync(join(dir, 'output'), '')
  writeFileSync(join(dir, 'summary.md'), '')
  const env: Record<string, string> = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'octo/links', GITHUB_SHA: 'f'.repeat(40), GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), RUNNER_TEMP: dir, INPUT_COMMENT: 'false', INPUT_BUILD: 'false', INPUT_SCAN: 'false' }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return runNode(ACTION, [], { cwd: workspace, env })
}

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'cg-hostile-links-outside-'))
  writeFileSync(join(outside, 'credentials'), `token: ${SECRET}\n`)
})

describe('symbolic links out of the workspace, through the bundled action', () => {
  it.each([
    ['a Dockerfile linked to a credentials file', { 'Dockerfile.evil': '' }, { dockerfile: 'Dockerfile.evil' }, 'dockerfile'],
    ['a context linked to /etc', { ctx: '/etc' }, { context: 'ctx' }, 'context'],
    ['a .hadolint.yaml linked to a credentials file', { '.hadolint.yaml': '' }, {}, 'config'],
    ['a trivyignore linked to a credentials file', { '.trivyignore': '' }, { trivyignore: '.trivyignore' }, 'trivyignore']
  ])('%s: the step fails naming the input, and prints nothing of the target', async (_, links, inputs, input) => {
    const workspace = workspaceWith(Object.fromEntries(Object.entries(links).map(([name, target]) => [name, target || join(outside, 'credentials')])))
    const r = await action(workspace, inputs)
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(new RegExp(`^::error::input ${input}: .* leads outside the workspace through a symbolic link`, 'm'))
    expect(r.stdout + r.stderr).not.toContain(SECRET)
  })

  it('a container-gate.sarif linked outside: refused before anything, and nothing is written there', async () => {
    const target = join(outside, 'overwritten.sarif')
    const workspace = workspaceWith({ 'container-gate.sarif': target })
    const r = await action(workspace, { sarif: 'container-gate.sarif' })
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/^::error::input sarif: container-gate\.sarif leads outside the workspace/m)
    expect(existsSync(target)).toBe(false)
  })
})

describe('a Dockerfile that is a FIFO', () => {
  it('lint, check and the action say it is not a file instead of waiting forever for a writer', async () => {
    const workspace = workspaceWith({})
    execFileSync('mkfifo', [join(workspace, 'Dockerfile.fifo')])
    const lint = await runNode(CLI, ['lint', 'Dockerfile.fifo'], { cwd: workspace })
    expect(lint).toMatchObject({ status: 2, stderr: 'container-gate lint: Dockerfile.fifo: is a named pipe (FIFO), not a file\n' })
    const check = await runNode(CLI, ['check', '--no-build', '--no-scan', '--dockerfile', 'Dockerfile.fifo'], { cwd: workspace })
    expect(check.status).toBe(2)
    expect(check.stderr).toContain('Dockerfile.fifo: cannot read the Dockerfile (is a named pipe (FIFO), not a file)')
    const step = await action(workspace, { dockerfile: 'Dockerfile.fifo' })
    expect(step.status).toBe(1)
    expect(step.stdout).toContain('::error::Dockerfile.fifo: cannot read the Dockerfile (is a named pipe (FIFO), not a file)')
  })
})
