// What `npx container-gate` installs: the packed package, installed into an empty folder with no network. The CLI
// bundles are self-contained, so the package has no dependencies to fetch and ships only them.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; files: string[]; dependencies?: object }

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8' })
  expect(r.status, `${command} ${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0)
  return r.stdout
}

let installed: string
let packed: Array<{ path: string }>

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-pack-'))
  const [tarball] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root)) as Array<{ filename: string; files: Array<{ path: string }> }>
  packed = tarball!.files
  installed = join(dir, 'user')
  mkdirSync(installed)
  // --offline: the cache may hold nothing this install needs, so anything it tried to fetch would fail it.
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', join(dir, tarball!.filename)], installed)
}, 120_000)

describe('the published package', () => {
  it('holds the CLI bundles and the files npm always adds, nothing else, and depends on nothing', () => {
    expect(packed.map((f) => f.path).sort()).toEqual([...pkg.files, 'LICENSE', 'README.md', 'package.json'].sort())
    expect(pkg.dependencies).toBeUndefined()
  })

  it('runs container-gate --version from the installed package', () => {
    expect(run(join(installed, 'node_modules/.bin/container-gate'), ['--version'], installed)).toBe(`container-gate ${pkg.version}\n`)
  })

  it('lints a Dockerfile with the installed package, findings and exit code included', () => {
    // No RUN: without shellcheck on PATH, lint would add a note on stderr. The heredoc is read through dockerfile-ast,
    // which the lint bundle loads from a bundle of its own: a package without it would report a parse error (DL1000).
    writeFileSync(join(installed, 'Dockerfile'), 'FROM alpine:latest\nCOPY <<EOF /etc/motd\nhello\nEOF\n')
    const r = spawnSync(join(installed, 'node_modules/.bin/container-gate'), ['lint', '--no-color', 'Dockerfile'], { cwd: installed, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('Dockerfile:1 DL3007')
    expect(r.stdout).not.toContain('DL1000')
    expect(r.status).toBe(1)
  })
})
