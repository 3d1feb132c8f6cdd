// The accuracy review's corpus (docs/accuracy.md): real public Dockerfiles, each with its source. The per-rule counts
// are pinned so a change in what a Container Gate rule reports on real files shows up here, and the review is redone.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { withConfig } from '../../src/lint/config.js'
import { lintText } from '../../src/lint/engine.js'
import { rules } from '../../src/lint/rules/index.js'

const corpus = fileURLToPath(new URL('../fixtures/dockerfiles/realworld/public/', import.meta.url))
const files = (function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.Dockerfile') ? [join(dir, e.name)] : []))
})(corpus).map((f) => relative(corpus, f)).sort()
const sources = [...readFileSync(join(corpus, 'SOURCES.md'), 'utf8').matchAll(/^\| `([^`]+)` \| \[([^\]]+)\]/gm)].map((m) => ({ file: m[1], repo: m[2] }))

describe('the accuracy corpus', () => {
  it('holds at least 150 real Dockerfiles from at least 15 projects, each with its source', () => {
    expect(files.length).toBeGreaterThanOrEqual(150)
    expect(new Set(sources.map((s) => s.repo)).size).toBeGreaterThanOrEqual(15)
    expect(sources.map((s) => s.file).sort()).toEqual(files)
  })

  it('gives the counts docs/accuracy.md reviews, per Container Gate rule', () => {
    const counts: Record<string, number> = Object.fromEntries(rules.filter((r) => r.meta.code.startsWith('CG')).map((r) => [r.meta.code, 0]))
    for (const file of files) {
      for (const finding of lintText(readFileSync(join(corpus, file), 'utf8'), file, withConfig({}))) {
        if (finding.code in counts) counts[finding.code]++
      }
    }
    expect(counts).toEqual(PINNED)
  })
})

// Without a build: CG008 reads the built image, so it has nothing to report here.
const PINNED: Record<string, number> = {
  CG001: 94, CG002: 55, CG003: 1, CG004: 11, CG005: 2, CG006: 0, CG007: 213, CG008: 0, CG009: 12, CG010: 5, CG011: 0, CG012: 5
}
