import { describe, expect, it } from 'vitest'
import { defaultTrivyCacheDir } from '../../src/trivy/cache-dir.js'

describe('defaultTrivyCacheDir', () => {
  it.each([
    [{}, 'linux', '/home/runner/.cache/trivy'],
    [{ XDG_CACHE_HOME: '/var/cache/me' }, 'linux', '/var/cache/me/trivy'],
    [{ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/runner/.cache/trivy'],
    [{ XDG_CACHE_HOME: '/ignored/on/mac' }, 'darwin', '/home/runner/Library/Caches/trivy']
  ])('%j on %s → %s', (env, platform, dir) => {
    expect(defaultTrivyCacheDir(env, '/home/runner', platform)).toBe(dir)
  })
})
