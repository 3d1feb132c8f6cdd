import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isExcluded, matchFiles } from '../../src/files/patterns.js'

let base: string

/** Creates each file (with its folders) under the base. */
async function tree(...files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(base, file)), { recursive: true })
    await writeFile(path.join(base, file), 'FROM scratch\n')
  }
}

beforeEach(async () => {
  // realpath: the absolute paths matchFiles returns are compared with the base's own.
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'patterns-test-')))
  await tree(
    'Dockerfile',
    'Dockerfile.dev',
    'services/api/Dockerfile',
    'services/web/Dockerfile',
    'services/legacy/Dockerfile',
    'services/legacy/old/Dockerfile',
    'services/legacy-two/Dockerfile',
    'docs/readme.md'
  )
})
afterEach(() => rm(base, { recursive: true, force: true }))

describe('matchFiles', () => {
  it('joins the matches of several include lines, sorted, each once', async () => {
    const { files, unmatched } = await matchFiles(base, ['services/*/Dockerfile', 'Dockerfile', '*', 'services/api/Dockerfile'])
    expect(files).toEqual([
      'Dockerfile',
      'Dockerfile.dev',
      'services/api/Dockerfile',
      'services/legacy-two/Dockerfile',
      'services/legacy/Dockerfile',
      'services/web/Dockerfile'
    ])
    expect(unmatched).toEqual([])
  })

  it('finds a Dockerfile at the base and at any depth with **/', async () => {
    expect((await matchFiles(base, ['**/Dockerfile'])).files).toEqual([
      'Dockerfile',
      'services/api/Dockerfile',
      'services/legacy-two/Dockerfile',
      'services/legacy/Dockerfile',
      'services/legacy/old/Dockerfile',
      'services/web/Dockerfile'
    ])
  })

  describe('exclusions', () => {
    it('leave out what they match, wherever they stand in the list', async () => {
      const after = await matchFiles(base, ['services/*/Dockerfile', '!services/web/Dockerfile', '!services/api/*'])
      const before = await matchFiles(base, ['!services/web/Dockerfile', '!services/api/*', 'services/*/Dockerfile'])
      expect(after.files).toEqual(['services/legacy-two/Dockerfile', 'services/legacy/Dockerfile'])
      expect(before).toEqual(after)
    })

    it('leave out everything below a folder named literally, and nothing beside it', async () => {
      const { files } = await matchFiles(base, ['!services/legacy', '**/Dockerfile'])
      expect(files).toEqual(['Dockerfile', 'services/api/Dockerfile', 'services/legacy-two/Dockerfile', 'services/web/Dockerfile'])
    })

    it('leave out a folder written with ./, a trailing slash or a doubled slash', async () => {
      for (const exclusion of ['!./services/legacy/', '!services//legacy', '!services/./legacy']) {
        const { files } = await matchFiles(base, ['services/**/Dockerfile', exclusion])
        expect(files, exclusion).toEqual(['services/api/Dockerfile', 'services/legacy-two/Dockerfile', 'services/web/Dockerfile'])
      }
    })

    it('leave out matches of a glob, at any depth with **', async () => {
      expect((await matchFiles(base, ['**/Dockerfile', '!**/old/**'])).files).not.toContain('services/legacy/old/Dockerfile')
      expect((await matchFiles(base, ['**/Dockerfile', '!services/legacy*/**'])).files).toEqual(['Dockerfile', 'services/api/Dockerfile', 'services/web/Dockerfile'])
    })

    it('count an include line whose every match they leave out as unmatched', async () => {
      expect(await matchFiles(base, ['Dockerfile', 'services/legacy/**', '!services/legacy'])).toEqual({ files: ['Dockerfile'], unmatched: ['services/legacy/**'] })
    })

    it('match nothing on their own', async () => {
      expect(await matchFiles(base, ['!Dockerfile'])).toEqual({ files: [], unmatched: [] })
    })
  })

  it('lists the include lines that matched nothing, in order', async () => {
    const { files, unmatched } = await matchFiles(base, ['Dockerfile', 'missing/Dockerfile', 'nothing/*/Dockerfile', '**/*.yaml', 'docs'])
    expect(files).toEqual(['Dockerfile', 'docs'])
    expect(unmatched).toEqual(['missing/Dockerfile', 'nothing/*/Dockerfile', '**/*.yaml'])
  })

  it('never walks .git or node_modules, at any depth', async () => {
    await tree('.git/Dockerfile', 'node_modules/pkg/Dockerfile', 'services/api/node_modules/dep/Dockerfile', 'services/api/.git/Dockerfile')
    expect((await matchFiles(base, ['**/Dockerfile'])).files).toEqual([
      'Dockerfile',
      'services/api/Dockerfile',
      'services/legacy-two/Dockerfile',
      'services/legacy/Dockerfile',
      'services/legacy/old/Dockerfile',
      'services/web/Dockerfile'
    ])
    expect((await matchFiles(base, ['*/pkg/Dockerfile', 'services/api/*/*/Dockerfile'])).unmatched).toEqual(['*/pkg/Dockerfile', 'services/api/*/*/Dockerfile'])
    expect((await matchFiles(base, ['services'], { inFolder: () => true })).files).not.toContain('services/api/node_modules/dep/Dockerfile')
  })

  it('still returns a file inside node_modules named literally', async () => {
    await tree('node_modules/pkg/Dockerfile')
    expect((await matchFiles(base, ['node_modules/pkg/Dockerfile'])).files).toEqual(['node_modules/pkg/Dockerfile'])
  })

  describe('a folder named literally', () => {
    it('stands for the files below it that pass inFolder, at any depth, relative to the base', async () => {
      const seen: string[] = []
      const inFolder = (f: string): boolean => {
        seen.push(f)
        return f.endsWith('/Dockerfile')
      }
      await tree('services/legacy/old/notes.txt')
      const { files, unmatched } = await matchFiles(base, ['./services/legacy/'], { inFolder })
      expect(files).toEqual(['services/legacy/Dockerfile', 'services/legacy/old/Dockerfile'])
      expect(unmatched).toEqual([])
      expect(seen.sort()).toEqual(['services/legacy/Dockerfile', 'services/legacy/old/Dockerfile', 'services/legacy/old/notes.txt'])
    })

    it('is unmatched when no file below it passes inFolder', async () => {
      expect(await matchFiles(base, ['docs'], { inFolder: (f) => f.endsWith('.json') })).toEqual({ files: [], unmatched: ['docs'] })
    })

    it('is the whole base when it is .', async () => {
      const { files } = await matchFiles(base, ['.'], { inFolder: (f) => f.endsWith('.md') })
      expect(files).toEqual(['docs/readme.md'])
    })

    it('is returned as it is without inFolder', async () => {
      expect(await matchFiles(base, ['services/api', './docs/'])).toEqual({ files: ['docs', 'services/api'], unmatched: [] })
    })

    it('leaves a file named literally alone even when it fails inFolder', async () => {
      expect((await matchFiles(base, ['docs/readme.md'], { inFolder: () => false })).files).toEqual(['docs/readme.md'])
    })
  })

  describe('symbolic links', () => {
    it('follows a link to a file, found by a glob or named literally', async () => {
      await mkdir(path.join(base, 'linked'))
      await symlink(path.join(base, 'services/api/Dockerfile'), path.join(base, 'linked/Dockerfile'))
      expect((await matchFiles(base, ['linked/*'])).files).toEqual(['linked/Dockerfile'])
      expect((await matchFiles(base, ['linked/Dockerfile'])).files).toEqual(['linked/Dockerfile'])
    })

    it('skips a broken link', async () => {
      await mkdir(path.join(base, 'linked'))
      await symlink(path.join(base, 'nowhere'), path.join(base, 'linked/Dockerfile'))
      expect(await matchFiles(base, ['linked/*'])).toEqual({ files: [], unmatched: ['linked/*'] })
    })

    it('does not walk into a linked folder, so a link back up cannot loop', async () => {
      await symlink(base, path.join(base, 'services/loop'))
      const { files } = await matchFiles(base, ['**/Dockerfile'])
      expect(files.filter((f) => f.includes('loop'))).toEqual([])
      expect(files).toHaveLength(6)
    })
  })

  describe('absolute patterns', () => {
    it('return absolute paths, sorted', async () => {
      const { files, unmatched } = await matchFiles(base, [`${base}/services/*/Dockerfile`, `${base}/Dockerfile`])
      expect(files).toEqual([
        `${base}/Dockerfile`,
        `${base}/services/api/Dockerfile`,
        `${base}/services/legacy-two/Dockerfile`,
        `${base}/services/legacy/Dockerfile`,
        `${base}/services/web/Dockerfile`
      ])
      expect(unmatched).toEqual([])
    })

    it('are left out by absolute exclusions', async () => {
      const { files } = await matchFiles(base, [`${base}/services/**/Dockerfile`, `!${base}/services/legacy`, `!${base}/services/web/*`])
      expect(files).toEqual([`${base}/services/api/Dockerfile`, `${base}/services/legacy-two/Dockerfile`])
    })

    it('reach outside the base', async () => {
      const outside = await realpath(await mkdtemp(path.join(tmpdir(), 'patterns-outside-')))
      try {
        await writeFile(path.join(outside, 'a.json'), '{}')
        await writeFile(path.join(outside, 'b.txt'), '')
        expect(await matchFiles(base, [`${outside}/*.json`])).toEqual({ files: [`${outside}/a.json`], unmatched: [] })
      } finally {
        await rm(outside, { recursive: true, force: true })
      }
    })
  })
})

describe('isExcluded', () => {
  it('tells whether a ! line leaves a path out, the way matchFiles does, without touching the disk', () => {
    const lines = ['**/Dockerfile', '!services/legacy', '!**/*.dev', 'Dockerfile.dev']
    expect(['services/legacy/Dockerfile', 'services/legacy/a/b', 'x/Dockerfile.dev', 'Dockerfile.dev'].map((f) => isExcluded(lines, f))).toEqual([true, true, true, true])
    expect(['services/legacy-two/Dockerfile', 'services/legacy', 'Dockerfile', 'services/api/Dockerfile'].map((f) => isExcluded(lines, f))).toEqual([false, true, false, false])
    expect(isExcluded(['Dockerfile'], 'Dockerfile')).toBe(false)
  })
})
