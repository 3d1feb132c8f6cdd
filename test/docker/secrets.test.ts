import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { redactor, secretParts, writeSecretFiles } from '../../src/docker/secrets.js'

const s = (value: string) => ({ id: 'x', value, from: 'secrets' as const })

describe('redactor', () => {
  it('replaces every value, each line of a multi-line one, the longest first', () => {
    const redact = redactor([s('abc'), s('abcdef'), s('line-one\nline-two\n')])
    expect(redact('#5 0.1 abcdef then abc and line-one, later line-two')).toBe('#5 0.1 *** then *** and ***, later ***')
  })

  it('leaves text alone when there is no secret, or only empty ones', () => {
    expect(redactor([])('abc')).toBe('abc')
    expect(redactor([s(''), s('  ')])('a b')).toBe('a b')
  })

  it('masks the value and each line, trimmed, once each', () => {
    expect(secretParts([s(' tok '), s('a\r\nb'), s('tok')])).toEqual(['tok', 'a\r\nb', 'a', 'b'])
  })
})

describe('writeSecretFiles', () => {
  it('writes each value to a file only its owner can read, named by position', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'secrets-test-'))
    try {
      const files = await writeSecretFiles(dir, [{ id: 'a,b?', value: 'v1\nv2', from: 'secrets' }, s('')])
      expect(files).toEqual([{ id: 'a,b?', src: path.join(dir, 'secret-0') }, { id: 'x', src: path.join(dir, 'secret-1') }])
      expect(await readFile(files[0].src, 'utf8')).toBe('v1\nv2')
      expect((await stat(files[0].src)).mode & 0o777).toBe(0o600)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
