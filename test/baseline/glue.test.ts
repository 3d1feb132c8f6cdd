// The parts that run git and talk to the cache, on a real repository in a temp dir and an in-process cache.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { baselinePath, restoreBaseline, saveBaseline } from '../../src/baseline/cache.js'
import { headCommit, readChangedLines } from '../../src/baseline/changed-lines.js'
import { baselineImageTag, rebuildBaseline } from '../../src/baseline/rebuild.js'
import type { CacheService } from '../../src/cache/index.js'
import type { StepLog } from '../../src/log.js'
import { makeRun } from '../report/runs.js'
import { git } from '../helpers/git.js'

const log = (): StepLog & { lines: string[] } => {
  const lines: string[] = []
  return { lines, step: (_n, fn) => fn(), tool: (_l, fn) => fn(() => undefined), info: (m) => lines.push(m), warn: (m) => lines.push(`warn: ${m}`) }
}

/** A repository with the base commit, then a pull request's commit that rewrites line 2 and adds line 4. */
function repository(): { dir: string; base: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cg-repo-'))
  git(dir, 'init', '-q', '-b', 'main')
  writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine\nRUN a\nCMD x\n')
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'base')
  const base = git(dir, 'rev-parse', 'HEAD')
  writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine\nRUN b\nCMD x\nUSER 1\n')
  git(dir, 'commit', '-q', '-am', 'pr')
  return { dir, base }
}

/** Writes a restored file as the cache's tar does, folders included. */
function place(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}

/** The Actions cache as a map of key to file contents; restore matches the key, then the prefix, newest first. */
function memoryCache(reason?: string): CacheService & { entries: Map<string, string> } {
  const entries = new Map<string, string>()
  return {
    entries,
    unavailableReason: () => reason,
    restore: async (paths, primaryKey, restoreKeys) => {
      const keys = [...entries.keys()].reverse()
      // As the service does: the exact key, else each restore key in turn, the newest entry it prefixes.
      const hit = entries.has(primaryKey) ? primaryKey : restoreKeys.map((p) => keys.find((k) => k.startsWith(p))).find((k) => k !== undefined)
      if (hit !== undefined) place(paths[0]!, entries.get(hit)!)
      return hit
    },
    save: async (paths, key) => {
      if (entries.has(key)) return false
      entries.set(key, readFileSync(paths[0]!, 'utf8'))
      return true
    }
  }
}

describe('the changed lines, from git', () => {
  it('reads what the pull request changed since the fork point', async () => {
    const { dir, base } = repository()
    expect(await readChangedLines({ workspace: dir, dockerfile: 'Dockerfile', base, against: 'merge-base' })).toEqual([{ start: 2, end: 2 }, { start: 4, end: 4 }])
  })

  it('counts uncommitted edits against the working tree', async () => {
    const { dir, base } = repository()
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3\nRUN b\nCMD x\nUSER 1\n')
    expect(await readChangedLines({ workspace: dir, dockerfile: 'Dockerfile', base, against: 'working-tree' })).toEqual([{ start: 1, end: 2 }, { start: 4, end: 4 }])
  })

  it('says why, and how to fix it, when the base commit is not in the clone', async () => {
    const { dir } = repository()
    const result = await readChangedLines({ workspace: dir, dockerfile: 'Dockerfile', base: 'f'.repeat(40), against: 'merge-base' })
    expect(result).toEqual({ unknown: expect.stringMatching(/^git diff --unified=0 --no-color --no-ext-diff f{40}\.\.\.HEAD failed: .+fetch-depth: 0$/) })
  })

  it('names the checked-out commit, and none outside a repository', async () => {
    const { dir } = repository()
    expect(await headCommit(dir)).toBe(git(dir, 'rev-parse', 'HEAD'))
    expect(await headCommit(mkdtempSync(join(tmpdir(), 'cg-norepo-')))).toBeUndefined()
  })
})

describe('the baseline in the Actions cache', () => {
  const run = makeRun({ report: { artifactName: 'app:1', vulnerabilities: [], secrets: [] } })

  it('saves a run under its commit, restores the base commit\'s, else the newest, for the same Dockerfile only', async () => {
    const service = memoryCache()
    const tempDir = mkdtempSync(join(tmpdir(), 'cg-temp-'))
    await saveBaseline(run, { dockerfile: 'Dockerfile', tempDir, service, runId: '1', commit: 'a'.repeat(40) }, log())
    await saveBaseline({ ...run, build: { ...run.build, imageSize: 99 } }, { dockerfile: 'Dockerfile', tempDir, service, runId: '2', commit: 'b'.repeat(40) }, log())
    expect([...service.entries.keys()].map((k) => k.slice(-42))).toEqual([`${'a'.repeat(40)}-1`, `${'b'.repeat(40)}-2`])

    // A merge queue whose base is the older commit gets that commit's baseline, not the newest.
    expect(await restoreBaseline({ dockerfile: 'Dockerfile', tempDir, service, base: 'a'.repeat(40) }, log())).toMatchObject({
      source: 'the Actions cache',
      results: { commit: 'a'.repeat(40) }
    })
    const restored = await restoreBaseline({ dockerfile: 'Dockerfile', tempDir, service, base: 'b'.repeat(40) }, log())
    expect(restored).toMatchObject({ source: 'the Actions cache', results: { commit: 'b'.repeat(40), imageSize: 99, vulnerabilities: [] } })
    expect(await restoreBaseline({ dockerfile: 'Dockerfile', tempDir, service, base: 'c'.repeat(40) }, log())).toMatchObject({
      source: 'the Actions cache (the newest saved; none is saved yet for the base commit ccccccc)',
      results: { commit: 'b'.repeat(40) }
    })
    expect(await restoreBaseline({ dockerfile: 'other/Dockerfile', tempDir, service, base: 'a'.repeat(40) }, log())).toEqual({
      missing: 'the Actions cache holds none for other/Dockerfile yet (a run on the default branch saves it: a push, a schedule or a workflow_dispatch)'
    })
  })

  it('never takes a file left behind for a restored one', async () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'cg-temp-'))
    const service = memoryCache()
    await saveBaseline(run, { dockerfile: 'Dockerfile', tempDir, service, runId: '1', commit: 'a' }, log())
    service.entries.clear()
    expect(existsSync(baselinePath(tempDir))).toBe(true)
    expect(await restoreBaseline({ dockerfile: 'Dockerfile', tempDir, service, base: 'a' }, log())).toHaveProperty('missing')
  })

  it('says why there is none when the cache is off or the entry is broken, and saves nothing from a failed run', async () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'cg-temp-'))
    expect(await restoreBaseline({ dockerfile: 'Dockerfile', tempDir, service: memoryCache('not running on GitHub Actions'), base: 'a' }, log())).toEqual({
      missing: 'the Actions cache is unavailable: not running on GitHub Actions'
    })
    const broken = memoryCache()
    broken.entries.set('container-gate-baseline-x', '{}')
    broken.restore = async (paths) => (place(paths[0]!, '{"version":9}'), 'container-gate-baseline-x')
    expect(await restoreBaseline({ dockerfile: 'Dockerfile', tempDir, service: broken, base: 'a' }, log())).toEqual({
      missing: 'the cached baseline could not be read: the cached baseline container-gate-baseline-x: not a Container Gate baseline: version 9, expected 1'
    })
    const said = log()
    const service = memoryCache()
    await saveBaseline(makeRun({ build: { status: 'failed', reason: 'exit 1' } }), { dockerfile: 'Dockerfile', tempDir, service, runId: '3', commit: 'c' }, said)
    expect(service.entries.size).toBe(0)
    expect(said.lines).toEqual(['Baseline not saved: this run cannot serve as one, its image build failed.'])
  })
})

describe('rebuilding the base commit in a worktree', () => {
  it('runs the pipeline on the base commit\'s files, then removes the worktree', async () => {
    const { dir, base } = repository()
    const seen: string[] = []
    let worktree = ''
    const baseline = await rebuildBaseline(
      {
        workspace: dir,
        tempDir: mkdtempSync(join(tmpdir(), 'cg-temp-')),
        dockerfile: 'Dockerfile',
        base,
        run: async (workspace) => {
          worktree = workspace
          seen.push(readFileSync(join(workspace, 'Dockerfile'), 'utf8'))
          return makeRun({ report: { vulnerabilities: [], secrets: [] } })
        }
      },
      log()
    )
    expect(seen).toEqual(['FROM alpine\nRUN a\nCMD x\n'])
    expect(baseline).toMatchObject({ source: 'a rebuild of the base commit', results: { commit: base, vulnerabilities: [] } })
    expect(existsSync(worktree)).toBe(false)
    expect(git(dir, 'worktree', 'list')).not.toContain(worktree)
  })

  it('counts everything as new when the base commit has no Dockerfile yet, and says why a missing commit gives none', async () => {
    const { dir, base } = repository()
    const tempDir = mkdtempSync(join(tmpdir(), 'cg-temp-'))
    const never = async () => {
      throw new Error('must not run')
    }
    expect(await rebuildBaseline({ workspace: dir, tempDir, dockerfile: 'app/Dockerfile', base, run: never }, log())).toMatchObject({
      source: 'the base commit, which has no app/Dockerfile',
      results: { vulnerabilities: [], lint: [] }
    })
    expect(await rebuildBaseline({ workspace: dir, tempDir, dockerfile: 'Dockerfile', base: 'e'.repeat(40), run: never }, log())).toEqual({
      missing: expect.stringMatching(/^the base commit eeeeeee could not be checked out \(.+\); a shallow clone lacks it, so check out with fetch-depth: 0$/)
    })
  })

  it('tags the base image apart from the pull request\'s', () => {
    expect(baselineImageTag('container-gate/app:3f2a')).toBe('container-gate/app:3f2a-baseline')
    expect(baselineImageTag('localhost:5000/app')).toBe('localhost:5000/app:baseline')
  })
})

describe('baseline files, for the CLI', () => {
  it('writes a run that reads back as the baseline it compares with, and refuses a broken file as a usage error', async () => {
    const { readBaselineFile, writeBaselineFile } = await import('../../src/baseline/file.js')
    const dir = mkdtempSync(join(tmpdir(), 'cg-file-'))
    const path = join(dir, 'out', 'baseline.json')
    expect(await writeBaselineFile(makeRun({ report: { vulnerabilities: [], secrets: [] } }), path, 'c'.repeat(40))).toBeUndefined()
    expect(await readBaselineFile(path, 'out/baseline.json')).toMatchObject({ source: 'out/baseline.json', results: { commit: 'c'.repeat(40), vulnerabilities: [] } })
    expect(await writeBaselineFile(makeRun({ scan: { status: 'failed' } }), path, undefined)).toBe('this run cannot serve as a baseline, its vulnerability scan failed')
    writeFileSync(path, '[]')
    await expect(readBaselineFile(path, 'b.json')).rejects.toThrow('--baseline-file: b.json: not a Container Gate baseline: expected an object. Write one with container-gate check --write-baseline.')
    await expect(readBaselineFile(join(dir, 'none.json'), 'none.json')).rejects.toThrow(/^--baseline-file: cannot read none\.json \(ENOENT/)
  })
})
