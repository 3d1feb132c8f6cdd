import { describe, expect, it } from 'vitest'
import { changedLines, diffArgs, overlaps } from '../../src/baseline/diff.js'

describe('changed lines from git diff --unified=0', () => {
  it.each([
    ['no diff at all (the Dockerfile is unchanged)', '', []],
    ['one rewritten line', '@@ -4 +4 @@\n-RUN a\n+RUN b', [{ start: 4, end: 4 }]],
    ['added lines with counts', '@@ -3,0 +4,2 @@\n+RUN a\n+RUN b', [{ start: 4, end: 5 }]],
    ['a deletion leaves no line to mark', '@@ -5,2 +4,0 @@\n-RUN a\n-RUN b', []],
    ['a new file', '@@ -0,0 +1,3 @@ \n+FROM x\n+RUN y\n+CMD z', [{ start: 1, end: 3 }]],
    ['a heading after the hunk header', '@@ -10,1 +10,1 @@ FROM alpine AS build\n-RUN a\n+RUN b', [{ start: 10, end: 10 }]],
    ['CRLF line endings', '@@ -1 +1 @@\r\n-FROM a\r\n+FROM b\r\n', [{ start: 1, end: 1 }]],
    [
      'several hunks after the file header',
      'diff --git a/Dockerfile b/Dockerfile\nindex 1..2 100644\n--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1 +1 @@\n-FROM a\n+FROM b\n@@ -7,0 +8,3 @@\n+A\n+B\n+C\n@@ -20,2 +22 @@\n-x\n-y\n+z',
      [{ start: 1, end: 1 }, { start: 8, end: 10 }, { start: 22, end: 22 }]
    ],
    // A removed line that itself reads like a hunk header is content, not a header: it starts with "-".
    ['content that looks like a header', '@@ -2 +2 @@\n-@@ -1 +99 @@\n+RUN b', [{ start: 2, end: 2 }]]
  ])('%s', (_name, diff, expected) => {
    expect(changedLines(diff)).toEqual(expected)
  })

  it('tells whether two ranges share a line', () => {
    expect(overlaps({ start: 4, end: 8 }, { start: 8, end: 8 })).toBe(true)
    expect(overlaps({ start: 4, end: 8 }, { start: 9, end: 12 })).toBe(false)
    expect(overlaps({ start: 6, end: 6 }, { start: 1, end: 10 })).toBe(true)
  })

  it('diffs from the fork point for a pull request, against the working tree on a laptop, whatever the git config', () => {
    expect(diffArgs('abc', 'docker/Dockerfile', 'merge-base')).toEqual(['diff', '--unified=0', '--no-color', '--no-ext-diff', 'abc...HEAD', '--', 'docker/Dockerfile'])
    expect(diffArgs('abc', 'Dockerfile', 'working-tree')).toEqual(['diff', '--unified=0', '--no-color', '--no-ext-diff', 'abc', '--', 'Dockerfile'])
  })
})
