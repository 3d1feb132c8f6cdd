import { describe, expect, it } from 'vitest'
import { addedLines, hunkHolding, parseHunks } from '../src/diff-hunks.js'
import type { Hunk } from '../src/diff-hunks.js'

const patch = (...lines: string[]) => lines.join('\n')

describe('parseHunks', () => {
  const cases: { name: string; patch: string; hunks: Hunk[] }[] = [
    { name: 'an empty patch', patch: '', hunks: [] },
    { name: 'text that is not a diff', patch: 'Binary files differ', hunks: [] },
    {
      name: 'a changed line between context lines',
      patch: patch('@@ -1,3 +1,3 @@', ' FROM debian:12', '-RUN apt-get install curl', '+RUN apt-get install -y curl', ' USER app'),
      hunks: [{ oldStart: 1, oldLines: 3, newStart: 1, newLines: 3, added: [2] }]
    },
    {
      name: 'a new file',
      patch: patch('@@ -0,0 +1,3 @@', '+FROM alpine', '+RUN apk add curl', '+USER app'),
      hunks: [{ oldStart: 0, oldLines: 0, newStart: 1, newLines: 3, added: [1, 2, 3] }]
    },
    {
      name: 'a hunk that only deletes',
      patch: patch('@@ -4,2 +3,0 @@', '-RUN a', '-RUN b'),
      hunks: [{ oldStart: 4, oldLines: 2, newStart: 3, newLines: 0, added: [] }]
    },
    {
      name: 'counts left out, meaning one line, and a section heading',
      patch: patch('@@ -7 +7 @@ FROM debian AS build', '-RUN make', '+RUN make -j4'),
      hunks: [{ oldStart: 7, oldLines: 1, newStart: 7, newLines: 1, added: [7] }]
    },
    {
      name: 'two hunks, the second shifted by the lines the first added',
      patch: patch('@@ -1,2 +1,4 @@', ' FROM alpine', '+ARG A', '+ARG B', ' RUN x', '@@ -10,3 +12,2 @@', ' RUN y', '-RUN z', ' CMD w'),
      hunks: [
        { oldStart: 1, oldLines: 2, newStart: 1, newLines: 4, added: [2, 3] },
        { oldStart: 10, oldLines: 3, newStart: 12, newLines: 2, added: [] }
      ]
    },
    {
      name: 'removed and added lines that look like file headers',
      patch: patch('@@ -1,2 +1,2 @@', '--- a comment', '+++ another', ' RUN x'),
      hunks: [{ oldStart: 1, oldLines: 2, newStart: 1, newLines: 2, added: [1] }]
    },
    {
      name: 'file headers before the first hunk',
      patch: patch('diff --git a/Dockerfile b/Dockerfile', 'index 83db48f..bf269f4 100644', '--- a/Dockerfile', '+++ b/Dockerfile', '@@ -1 +1,2 @@', ' FROM alpine', '+USER app'),
      hunks: [{ oldStart: 1, oldLines: 1, newStart: 1, newLines: 2, added: [2] }]
    },
    {
      name: 'no newline at the end of either side',
      patch: patch('@@ -1,2 +1,2 @@', ' FROM alpine', '-CMD a', '\\ No newline at end of file', '+CMD b', '\\ No newline at end of file'),
      hunks: [{ oldStart: 1, oldLines: 2, newStart: 1, newLines: 2, added: [2] }]
    },
    {
      name: 'an empty context line whose leading space was stripped',
      patch: patch('@@ -1,3 +1,4 @@', ' FROM alpine', '', '+USER app', ' CMD x'),
      hunks: [{ oldStart: 1, oldLines: 3, newStart: 1, newLines: 4, added: [3] }]
    },
    {
      name: 'CRLF line endings',
      patch: '@@ -1,2 +1,2 @@\r\n FROM alpine\r\n-CMD a\r\n+CMD b\r\n',
      hunks: [{ oldStart: 1, oldLines: 2, newStart: 1, newLines: 2, added: [2] }]
    },
    {
      name: 'a hunk whose counts overstate its lines ends at the next header',
      patch: patch('@@ -1,5 +1,5 @@', '+A', '@@ -20,1 +20,1 @@', '+B'),
      hunks: [
        { oldStart: 1, oldLines: 5, newStart: 1, newLines: 5, added: [1] },
        { oldStart: 20, oldLines: 1, newStart: 20, newLines: 1, added: [20] }
      ]
    }
  ]

  it.each(cases)('reads $name', ({ patch, hunks }) => {
    expect(parseHunks(patch)).toEqual(hunks)
  })
})

describe('addedLines', () => {
  it('gathers the added lines of every hunk', () => {
    const hunks = parseHunks(patch('@@ -1,2 +1,3 @@', ' A', '+B', ' C', '@@ -9,2 +10,2 @@', '-D', '+E', ' F'))
    expect([...addedLines(hunks)]).toEqual([2, 10])
  })
})

describe('hunkHolding', () => {
  // New side: lines 3..7 (added 5, 6) and 20..22 (added 21).
  const hunks = parseHunks(
    patch('@@ -3,4 +3,5 @@', ' a', ' b', '-c', '+C', '+D', ' e', '@@ -19,3 +20,3 @@', ' f', '-g', '+G', ' h')
  )

  const cases: { range: [number, number]; start?: number }[] = [
    { range: [5, 5], start: 3 },
    { range: [3, 7], start: 3 },
    { range: [3, 3], start: 3 },
    { range: [20, 22], start: 20 },
    { range: [2, 5] },
    { range: [7, 8] },
    { range: [6, 21] },
    { range: [10, 10] },
    { range: [6, 5] }
  ]

  it.each(cases)('lines $range lie in the hunk starting at $start', ({ range, start }) => {
    expect(hunkHolding(hunks, ...range)?.newStart).toBe(start)
  })

  it('finds no room in a hunk that only deletes', () => {
    expect(hunkHolding(parseHunks('@@ -4,2 +3,0 @@\n-a\n-b'), 3, 3)).toBeUndefined()
  })
})
