import { describe, expect, it } from 'vitest'
import { compileCacheDir } from '../../src/cli/compile-cache.js'

describe('the compile cache folder', () => {
  it('is under $XDG_CACHE_HOME when it is an absolute path, else under the OS temp', () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/home/me/.cache' }, '/tmp')).toBe('/home/me/.cache/container-gate/compile-cache')
    expect(compileCacheDir({}, '/tmp')).toBe('/tmp/container-gate-compile-cache')
    // The XDG spec: a relative path is invalid and to be ignored.
    expect(compileCacheDir({ XDG_CACHE_HOME: 'cache' }, '/var/tmp')).toBe('/var/tmp/container-gate-compile-cache')
    expect(compileCacheDir({ XDG_CACHE_HOME: '' }, '/tmp')).toBe('/tmp/container-gate-compile-cache')
  })
})
