// Dockerfiles that are not there or are not text: the CLI says what is wrong with the file and exits with its
// documented status (2: cannot read; 1: a DL1000 finding the gate fails on), never with a stack trace.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLI, runNode } from './run.js'

let dir: string
const lint = (...args: string[]) => runNode(CLI, ['lint', '--no-color', ...args], { cwd: dir })
// Root reads through any permission, and CI runs the tests as root: there the CLI runs as nobody to meet EACCES.
const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined
const check = (dockerfile: string) => runNode(CLI, ['check', '--no-build', '--no-scan', '--dockerfile', dockerfile], { cwd: dir })

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-hostile-files-'))
  // mkdtemp makes it owner-only; nobody must be able to enter it to find the locked folder.
  chmodSync(dir, 0o755)
  mkdirSync(join(dir, 'a-directory'))
  writeFileSync(join(dir, 'empty'), '')
  writeFileSync(join(dir, 'binary'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x0a, 0xff, 0xfe, 0x00]))
  const text = 'FROM alpine:3.19\nUSER app\n'
  writeFileSync(join(dir, 'utf16le'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
  writeFileSync(join(dir, 'utf16be'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))
  writeFileSync(join(dir, 'mac-line-ends'), 'FROM alpine:3.19\rUSER app\r')
  mkdirSync(join(dir, 'locked'))
  writeFileSync(join(dir, 'locked', 'Dockerfile'), text)
  chmodSync(join(dir, 'locked'), 0o000)
})

describe('a Dockerfile that cannot be read', () => {
  it('missing: lint exits 2 naming the file', async () => {
    const r = await lint('nope.Dockerfile')
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('container-gate lint: nope.Dockerfile: not found\n')
  })

  it('missing: check exits 2 naming the setting and the folder', async () => {
    const r = await check('nope.Dockerfile')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`container-gate: nope.Dockerfile: cannot read the Dockerfile (not found). Check the dockerfile setting, relative to ${dir}/.`)
  })

  it('a directory: lint and check exit 2 saying so', async () => {
    expect(await lint('a-directory')).toMatchObject({ status: 2, stderr: 'container-gate lint: a-directory: is a directory\n' })
    const r = await check('a-directory')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('a-directory: cannot read the Dockerfile (is a directory)')
  })

  it('unreadable (parent folder mode 000): lint exits 2 with permission denied', async () => {
    const r = await runNode(CLI, ['lint', '--no-color', 'locked/Dockerfile'], { cwd: dir, user: unprivileged })
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('container-gate lint: locked/Dockerfile: permission denied\n')
  })

  it('one unreadable file does not hide the findings of the others', async () => {
    const r = await lint('nope.Dockerfile', 'mac-line-ends')
    expect(r.status).toBe(2)
    expect(r.stdout).toContain('mac-line-ends:1 DL1000')
  })
})

describe('a Dockerfile that is not a Dockerfile', () => {
  it('empty: nothing to lint, exit 0 (as hadolint; the build says "no instructions" when it runs)', async () => {
    expect(await lint('empty')).toMatchObject({ status: 0, stdout: '', stderr: '' })
  })

  it('binary: one DL1000 that says so, exit 1', async () => {
    const r = await lint('binary')
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/^binary:1 DL1000 error: line 1 contains binary data \(a control character\); this does not look like a Dockerfile\n$/)
  })

  it.each(['utf16le', 'utf16be'])('%s with a BOM: rejected as UTF-16, not linted as garbage', async (file) => {
    const r = await lint(file)
    expect(r.status).toBe(1)
    expect(r.stdout).toBe(`${file}:1 DL1000 error: the Dockerfile is encoded as UTF-16, and Docker reads Dockerfiles as UTF-8: save it as UTF-8\n`)
    const gate = await check(file)
    expect(gate.status).toBe(1)
    expect(gate.stdout).toContain('1 error lint finding')
  })

  it('old Mac line ends (lone CR): one DL1000 naming the line, not an internal error', async () => {
    const r = await lint('mac-line-ends')
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('mac-line-ends:1 DL1000 error: line 1 contains a carriage return that does not end the line')
    expect(r.stdout).not.toContain('internal error')
  })
})
