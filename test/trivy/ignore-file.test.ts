import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { UsageError } from '../../src/options.js'
import { readFile } from 'node:fs/promises'
import { resolveIgnoreFile, resolveIgnoreFiles } from '../../src/trivy/ignore-file.js'

let workspace: string

beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'ignore-file-test-'))
})
afterEach(() => rm(workspace, { recursive: true, force: true }))

describe('resolveIgnoreFile', () => {
  it('finds none in an empty workspace', async () => {
    expect(await resolveIgnoreFile(workspace)).toBeUndefined()
  })

  it.each(['.trivyignore', '.trivyignore.yaml'])('picks up %s from the workspace', async (name) => {
    await writeFile(path.join(workspace, name), 'CVE-2024-0001\n')
    expect(await resolveIgnoreFile(workspace)).toBe(path.join(workspace, name))
  })

  it('refuses to choose between .trivyignore and .trivyignore.yaml', async () => {
    await writeFile(path.join(workspace, '.trivyignore'), '')
    await writeFile(path.join(workspace, '.trivyignore.yaml'), '')
    const both = resolveIgnoreFile(workspace)
    await expect(both).rejects.toThrow(UsageError)
    await expect(both).rejects.toThrow(
      'the workspace has both .trivyignore and .trivyignore.yaml, and Trivy reads only one ignore file. Merge them, or name the one to use in the trivyignore setting.'
    )
  })

  it('uses the named file, relative to the workspace, over the defaults', async () => {
    await mkdir(path.join(workspace, 'security'))
    await writeFile(path.join(workspace, 'security', 'ignores.yaml'), 'vulnerabilities: []\n')
    await writeFile(path.join(workspace, '.trivyignore'), '')
    expect(await resolveIgnoreFile(workspace, ' security/ignores.yaml ')).toBe(path.join(workspace, 'security', 'ignores.yaml'))
  })

  it('names a named file that does not exist', async () => {
    await writeFile(path.join(workspace, '.trivyignore'), '')
    const missing = resolveIgnoreFile(workspace, 'security/.trivyignore')
    await expect(missing).rejects.toThrow(UsageError)
    await expect(missing).rejects.toThrow(
      `trivyignore: security/.trivyignore does not exist (looked for ${path.join(workspace, 'security', '.trivyignore')}). Fix the path, or remove the setting.`
    )
  })

  it('does not take a directory for the file', async () => {
    await mkdir(path.join(workspace, '.trivyignore'))
    expect(await resolveIgnoreFile(workspace)).toBeUndefined()
    await expect(resolveIgnoreFile(workspace, '.trivyignore')).rejects.toThrow(/^trivyignore: \.trivyignore does not exist/)
  })
})

describe('resolveIgnoreFiles (trivyignores)', () => {
  it('joins plain files into one, trivyignore first, each ending its last line', async () => {
    await writeFile(path.join(workspace, '.trivyignore'), 'CVE-2024-0001')
    await mkdir(path.join(workspace, 'sec'))
    await writeFile(path.join(workspace, 'sec', 'base.trivyignore'), '# base image\nCVE-2024-0002\n')
    const merged = await resolveIgnoreFiles(workspace, ['.trivyignore', ' sec/base.trivyignore '], workspace)
    expect(merged).toMatch(new RegExp(`^${workspace}/container-gate-trivyignore-[^/]+/\\.trivyignore$`))
    expect(await readFile(merged!, 'utf8')).toBe('CVE-2024-0001\n# base image\nCVE-2024-0002\n')
  })

  it('is resolveIgnoreFile for one file or none', async () => {
    await writeFile(path.join(workspace, 'only.yaml'), 'vulnerabilities: []\n')
    expect(await resolveIgnoreFiles(workspace, ['', 'only.yaml'], workspace)).toBe(path.join(workspace, 'only.yaml'))
    expect(await resolveIgnoreFiles(workspace, ['', ' '], workspace)).toBeUndefined()
  })

  it('refuses a YAML file among several, and names a missing one', async () => {
    await writeFile(path.join(workspace, 'a'), '')
    await writeFile(path.join(workspace, 'b.yaml'), '')
    await expect(resolveIgnoreFiles(workspace, ['a', 'b.yaml'], workspace)).rejects.toThrow(
      'trivyignores: b.yaml is YAML, and Trivy reads a single YAML ignore file, which cannot be joined with others.'
    )
    await expect(resolveIgnoreFiles(workspace, ['a', 'missing'], workspace)).rejects.toThrow(/^trivyignores: missing does not exist/)
  })
})
