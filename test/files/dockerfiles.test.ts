import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findDockerfiles, ownContext } from '../../src/files/dockerfiles.js'
import { UsageError } from '../../src/options.js'

let workspace: string

beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'dockerfiles-test-'))
  for (const file of ['Dockerfile', 'Dockerfile.dev', 'services/api/Dockerfile', 'services/web/Dockerfile', 'services/legacy/Dockerfile']) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true })
    await writeFile(path.join(workspace, file), 'FROM scratch\n')
  }
})
afterEach(() => rm(workspace, { recursive: true, force: true }))

const HINT = 'Check the pattern (relative to the workspace; `*` stays within a folder, `**` spans folders) and that the repository is checked out.'

describe('findDockerfiles', () => {
  it('finds the Dockerfiles a glob names, sorted', async () => {
    expect(await findDockerfiles(workspace, ['services/*/Dockerfile'])).toEqual(['services/api/Dockerfile', 'services/legacy/Dockerfile', 'services/web/Dockerfile'])
  })

  it('mixes globs, paths and exclusions, each Dockerfile once', async () => {
    const found = await findDockerfiles(workspace, ['services/*/Dockerfile', 'Dockerfile.dev', '!services/legacy', 'services/api/Dockerfile', 'Dockerfile'])
    expect(found).toEqual(['Dockerfile', 'Dockerfile.dev', 'services/api/Dockerfile', 'services/web/Dockerfile'])
  })

  it('takes the character sets of @actions/glob: Dockerfile.[ab]', async () => {
    for (const file of ['Dockerfile.a', 'Dockerfile.b', 'Dockerfile.c']) await writeFile(path.join(workspace, file), 'FROM scratch\n')
    expect(await findDockerfiles(workspace, ['Dockerfile.[ab]'])).toEqual(['Dockerfile.a', 'Dockerfile.b'])
    expect(await findDockerfiles(workspace, ['Dockerfile.[a-c]', '!Dockerfile.[b]'])).toEqual(['Dockerfile.a', 'Dockerfile.c'])
  })

  it('takes a path that exists as written as that file, glob characters and all', async () => {
    await mkdir(path.join(workspace, 'app/[id]'), { recursive: true })
    await writeFile(path.join(workspace, 'app/[id]/Dockerfile'), 'FROM scratch\n')
    expect(await findDockerfiles(workspace, ['app/[id]/Dockerfile'])).toEqual(['app/[id]/Dockerfile'])
  })

  it('says which glob matched no file, in which workspace, and how globs read', async () => {
    const missing = findDockerfiles(workspace, ['Dockerfile', 'services/*/Dockerfile', 'apps/*/Dockerfile'])
    await expect(missing).rejects.toThrow(UsageError)
    await expect(missing).rejects.toThrow(`input dockerfile: "apps/*/Dockerfile" matched no file in ${workspace}. ${HINT}`)
  })

  it('names every glob that matched no file', async () => {
    await rm(path.join(workspace, 'services'), { recursive: true })
    await expect(findDockerfiles(workspace, ['services/*/Dockerfile', '**/Containerfile'])).rejects.toThrow(
      `input dockerfile: "services/*/Dockerfile", "**/Containerfile" matched no file in ${workspace}. ${HINT}`
    )
  })

  it('takes a glob whose every match is left out for one that matched nothing', async () => {
    await expect(findDockerfiles(workspace, ['Dockerfile', 'services/*/Dockerfile', '!services'])).rejects.toThrow(
      /^input dockerfile: "services\/\*\/Dockerfile" matched no file in /
    )
  })

  it('keeps a path that names no file, so that reading it says what is wrong', async () => {
    expect(await findDockerfiles(workspace, ['Dockerfile', 'missing/Dockerfile', 'services/*/Dockerfile'])).toEqual([
      'Dockerfile',
      'missing/Dockerfile',
      'services/api/Dockerfile',
      'services/legacy/Dockerfile',
      'services/web/Dockerfile'
    ])
  })

  it('keeps a path that names a folder, for the same reason', async () => {
    expect(await findDockerfiles(workspace, ['services/api'])).toEqual(['services/api'])
  })

  it('leaves out a path that an exclusion covers, whether or not it exists', async () => {
    expect(await findDockerfiles(workspace, ['Dockerfile', 'services/legacy/Dockerfile', '!services/legacy'])).toEqual(['Dockerfile'])
    expect(await findDockerfiles(workspace, ['Dockerfile', 'services/gone/Dockerfile', '!services/gone'])).toEqual(['Dockerfile'])
    expect(await findDockerfiles(workspace, ['Dockerfile', 'Dockerfile.dev', '!Dockerfile.*'])).toEqual(['Dockerfile'])
  })

  it('refuses lines that leave no Dockerfile to gate, rather than pass with nothing gated', async () => {
    for (const lines of [['!Dockerfile'], ['Dockerfile', '!Dockerfile'], ['services/api/Dockerfile', '!services']]) {
      const none = findDockerfiles(workspace, lines)
      await expect(none, lines.join(' ')).rejects.toThrow(UsageError)
      await expect(none, lines.join(' ')).rejects.toThrow(
        'input dockerfile: no Dockerfile is left to gate once the lines starting with ! leave theirs out. Name at least one path or glob that no ! line covers.'
      )
    }
  })
})

describe('ownContext', () => {
  it.each([
    ['services/api/Dockerfile', 'services/api'],
    ['services/api/Dockerfile.dev', 'services/api'],
    ['Dockerfile', '.'],
    ['Dockerfile.dev', '.'],
    ['a/Dockerfile', 'a']
  ])('is the folder of %s: %s', (dockerfile, context) => {
    expect(ownContext(dockerfile)).toBe(context)
  })
})
