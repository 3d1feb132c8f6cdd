// The bundled CLI with real worker threads: `lint --jobs N` must print exactly what `--jobs 1` prints.
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const CLI = join(root, 'dist/cli.cjs')

function dockerfiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return dockerfiles(path)
    return /^Dockerfile$|\.Dockerfile$/.test(entry.name) ? [relative(root, path)] : []
  })
}

function lint(jobs: number, files: string[]) {
  const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--jobs', String(jobs), ...files], { cwd: root, encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('container-gate lint --jobs', () => {
  it('prints the findings of a single thread, in the same order, for every fixture Dockerfile', () => {
    const fixtures = dockerfiles(join(root, 'test/fixtures')).sort()
    expect(fixtures.length).toBeGreaterThan(15)
    // Each fixture three times and a missing file among them: several groups per thread, and a file that fails alone.
    const files = [...fixtures, ...fixtures, 'test/fixtures/missing.Dockerfile', ...fixtures]
    const single = lint(1, files)
    expect(single.status).toBe(2)
    expect(single.stderr).toContain('container-gate lint: test/fixtures/missing.Dockerfile: not found\n')
    const findings = JSON.parse(single.stdout) as Array<{ file: string; code: string }>
    expect(new Set(findings.map((f) => f.file)).size).toBeGreaterThan(fixtures.length / 2)
    for (const jobs of [2, 3]) expect(lint(jobs, files)).toEqual(single)
  }, 180_000)

  it('ends quietly when the reader of its output goes away (| head), on one thread or several', async () => {
    const fixtures = dockerfiles(join(root, 'test/fixtures')).sort()
    const files = Array.from({ length: 8 }, () => fixtures).flat()
    // Far more than a pipe holds (64 kB), so that the writes after the reader has gone fail with EPIPE.
    expect(lint(1, files).stdout.length).toBeGreaterThan(400_000)
    for (const jobs of [1, 2]) {
      const child = spawn(process.execPath, [CLI, 'lint', '--no-fail', '--format', 'json', '--jobs', String(jobs), ...files], { cwd: root })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.stdout.once('data', () => child.stdout.destroy())
      const code = await new Promise((resolve) => child.on('close', resolve))
      expect({ jobs, code, stderr }).toEqual({ jobs, code: 0, stderr: '' })
    }
  }, 180_000)
})
