import { describe, expect, it } from 'vitest'
import { compileGlob } from '../../src/files/glob.js'

const matches = (pattern: string, path: string): boolean => compileGlob(pattern).matches(path)

describe('compileGlob', () => {
  describe('wildcards', () => {
    it.each([
      ['*.json', 'results.json'],
      ['services/*/Dockerfile', 'services/api/Dockerfile'],
      ['Dockerfile.*', 'Dockerfile.dev'],
      ['Dockerfile.?', 'Dockerfile.a'],
      ['a?c', 'abc'],
      ['*', 'Dockerfile']
    ])('%s matches %s', (pattern, path) => {
      expect(matches(pattern, path)).toBe(true)
    })

    it.each([
      ['*.json', 'a/results.json'],
      ['services/*/Dockerfile', 'services/a/b/Dockerfile'],
      ['services/*/Dockerfile', 'services/Dockerfile'],
      ['Dockerfile.*', 'Dockerfile'],
      ['Dockerfile.?', 'Dockerfile.ab'],
      ['Dockerfile.?', 'Dockerfile./'],
      ['a?c', 'a/c'],
      ['a?c', 'ac'],
      ['*', 'a/Dockerfile'],
      ['Dockerfile', 'Dockerfile.dev'],
      ['Dockerfile', 'x/Dockerfile']
    ])('%s does not match %s: * and ? stay within one segment', (pattern, path) => {
      expect(matches(pattern, path)).toBe(false)
    })

    it('reads [...] as one character of a set or range, as @actions/glob does', () => {
      expect(['Dockerfile.a', 'Dockerfile.b'].map((p) => matches('Dockerfile.[ab]', p))).toEqual([true, true])
      expect(['Dockerfile.c', 'Dockerfile.[ab]', 'Dockerfile.ab'].map((p) => matches('Dockerfile.[ab]', p))).toEqual([false, false, false])
      expect(matches('svc[0-9]/Dockerfile', 'svc7/Dockerfile')).toBe(true)
      expect(matches('Dockerfile.[!a]', 'Dockerfile.a')).toBe(false)
      expect(compileGlob('services/[ab]pi/Dockerfile')).toMatchObject({ literal: false, root: 'services', rest: '[ab]pi/Dockerfile' })
    })

    it.each(['Dockerfile', 'a/Dockerfile', 'a/b/Dockerfile', 'a/b/c/d/Dockerfile'])('**/Dockerfile matches %s: zero or more folders', (path) => {
      expect(matches('**/Dockerfile', path)).toBe(true)
    })

    it.each(['Dockerfile.dev', 'a/Dockerfile.dev', 'aDockerfile', 'a/xDockerfile', 'Dockerfile/x'])('**/Dockerfile does not match %s', (path) => {
      expect(matches('**/Dockerfile', path)).toBe(false)
    })

    it('spans folders in the middle of a pattern, and only whole folders', () => {
      expect(['a/b', 'a/x/b', 'a/x/y/b'].map((p) => matches('a/**/b', p))).toEqual([true, true, true])
      expect(['ab', 'a/xb', 'ax/b', 'a/b/c', 'b'].map((p) => matches('a/**/b', p))).toEqual([false, false, false, false, false])
    })

    it('matches anything below a folder as the last segment, not the folder itself', () => {
      expect(['services/a', 'services/a/b/c.json'].map((p) => matches('services/**', p))).toEqual([true, true])
      expect(['services', 'servicesx/a', 'other/services/a'].map((p) => matches('services/**', p))).toEqual([false, false, false])
    })
  })

  describe('names with regular-expression characters', () => {
    it.each([
      ['Dockerfile.dev', 'Dockerfile.dev', 'DockerfileXdev'],
      ['a+b', 'a+b', 'aab'],
      ['(x)', '(x)', 'x'],
      ['[ab', '[ab', 'a'],
      ['a{2}', 'a{2}', 'aa'],
      ['a|b', 'a|b', 'a'],
      ['^a$', '^a$', 'a'],
      ['build.d/*.json', 'build.d/x.json', 'buildxd/x.json']
    ])('%s matches %s literally, not %s', (pattern, path, near) => {
      expect(matches(pattern, path)).toBe(true)
      expect(matches(pattern, near)).toBe(false)
    })

    it('counts a name with regular-expression characters and no wildcard as literal', () => {
      expect(compileGlob('(x)/a+b/Dockerfile.dev')).toMatchObject({ literal: true, root: '(x)/a+b/Dockerfile.dev' })
    })
  })

  describe('source, root and literal', () => {
    it.each([
      ['Dockerfile', 'Dockerfile', 'Dockerfile', true],
      ['./Dockerfile', 'Dockerfile', 'Dockerfile', true],
      ['././services/api/', 'services/api', 'services/api', true],
      ['services/api//', 'services/api', 'services/api', true],
      ['services\\api\\Dockerfile', 'services/api/Dockerfile', 'services/api/Dockerfile', true],
      ['services/*/Dockerfile', 'services/*/Dockerfile', 'services', false],
      ['./services/**/Dockerfile', 'services/**/Dockerfile', 'services', false],
      ['**/Dockerfile', '**/Dockerfile', '', false],
      ['*.json', '*.json', '', false],
      ['a/b/c?/d', 'a/b/c?/d', 'a/b', false],
      ['a/./b/*', 'a/./b/*', 'a/b', false]
    ])('%j: source %j, root %j, literal %s', (pattern, source, root, literal) => {
      expect(compileGlob(pattern)).toMatchObject({ source, root, literal, absolute: false })
    })

    it('strips a leading ./ and trailing / before matching', () => {
      expect(matches('./services/*/', 'services/api')).toBe(true)
      expect(matches('./Dockerfile', 'Dockerfile')).toBe(true)
      expect(matches('./Dockerfile', './Dockerfile')).toBe(false)
    })

    it('reads a doubled slash after ./ as a relative path, not one from the file system root', () => {
      expect(compileGlob('.//services/*/Dockerfile')).toMatchObject({ absolute: false, root: 'services' })
      expect(matches('.//services/*/Dockerfile', 'services/api/Dockerfile')).toBe(true)
      expect(compileGlob('.//Dockerfile')).toMatchObject({ absolute: false, root: 'Dockerfile', literal: true })
    })

    it('ignores empty and . segments when matching', () => {
      expect(matches('services//*/Dockerfile', 'services/api/Dockerfile')).toBe(true)
      expect(matches('services/./*/Dockerfile', 'services/api/Dockerfile')).toBe(true)
    })
  })

  describe('absolute patterns', () => {
    it('are absolute, with an absolute root, and match absolute paths only', () => {
      const glob = compileGlob('/tmp/x/*.json')
      expect(glob).toMatchObject({ absolute: true, root: '/tmp/x', literal: false, source: '/tmp/x/*.json' })
      expect(glob.matches('/tmp/x/a.json')).toBe(true)
      expect(glob.matches('tmp/x/a.json')).toBe(false)
      expect(glob.matches('/tmp/x/y/a.json')).toBe(false)
    })

    it('have the file system root as root when the first segment is a wildcard', () => {
      expect(compileGlob('/**/Dockerfile')).toMatchObject({ absolute: true, root: '/' })
      expect(matches('/**/Dockerfile', '/Dockerfile')).toBe(true)
      expect(matches('/**/Dockerfile', '/srv/app/Dockerfile')).toBe(true)
    })

    it('are literal without a wildcard', () => {
      expect(compileGlob('/srv/app/Dockerfile/')).toMatchObject({ absolute: true, literal: true, root: '/srv/app/Dockerfile', source: '/srv/app/Dockerfile' })
    })
  })
})
