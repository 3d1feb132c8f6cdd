import { describe, expect, it } from 'vitest'
import { parseShell, programName } from '../../src/lint/shell.js'

const names = (script: string) => parseShell(script).map((c) => c.name)

describe('parseShell', () => {
  it('splits commands on &&, ||, ;, |, & and newlines', () => {
    expect(names('a && b || c; d | e & f\ng')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
  })

  it('honours quotes, escapes and $(…)', () => {
    expect(parseShell(`echo "a && b" 'c; d' e\\;f $(x && y)`)).toEqual([{ name: 'echo', args: ['a && b', 'c; d', 'e;f', '$(x && y)'], redirects: [] }])
    expect(parseShell('echo "say \\"hi\\""')[0].args).toEqual(['say "hi"'])
  })

  it('drops comments and leading assignments and keywords', () => {
    expect(names('# setup\nCGO_ENABLED=0 GOOS=linux go build # build it')).toEqual(['go'])
    expect(names('if test -f x; then make; fi')).toEqual(['test', 'make'])
  })

  it('separates redirections from arguments, with their file descriptors', () => {
    expect(parseShell('app --x 2>/var/log/err >> out.log 2>&1 < in')).toEqual([{
      name: 'app',
      args: ['--x'],
      redirects: [{ op: '2>', target: '/var/log/err' }, { op: '>>', target: 'out.log' }, { op: '2>&', target: '1' }, { op: '<', target: 'in' }]
    }])
    expect(parseShell('app &> all.log')[0].redirects).toEqual([{ op: '&>', target: 'all.log' }])
  })

  it('joins backslash-newline continuations inside a word list', () => {
    expect(parseShell('apk add \\\n  curl')).toEqual([{ name: 'apk', args: ['add', 'curl'], redirects: [] }])
  })

  it('tolerates unterminated quotes', () => {
    expect(names(`echo "open && b`)).toEqual(['echo'])
    expect(names(`echo 'open`)).toEqual(['echo'])
  })

  it('names the program without its path', () => {
    expect(programName('/usr/bin/make')).toBe('make')
    expect(programName('./gradlew')).toBe('gradlew')
  })
})
