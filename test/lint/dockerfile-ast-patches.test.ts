import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DockerfileParser, PATCHED_VERSION } from '../../src/lint/dockerfile-ast-patches.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string) => readFileSync(join(root, path), 'utf8')

describe('the dockerfile-ast patches', () => {
  it('were written against the dockerfile-ast that is installed and pinned', () => {
    const installed = (JSON.parse(read('node_modules/dockerfile-ast/package.json')) as { version: string }).version
    // Bundled into dist/, so every package is a devDependency.
    const pinned = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies['dockerfile-ast']
    const why = `dockerfile-ast ${installed} (pinned ${pinned}) is not ${PATCHED_VERSION}: check each change in src/lint/dockerfile-ast-patches.ts against its lib/*.js, then set PATCHED_VERSION`
    expect(installed, why).toBe(PATCHED_VERSION)
    expect(pinned, why).toBe(PATCHED_VERSION)
  })

  it('are the only code that reaches into its internals', () => {
    const walk = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    const reaching = walk('src').filter((file) => /dockerfile-ast\/lib\//.test(read(file)))
    expect(reaching.map((f) => relative('.', f))).toEqual(['src/lint/dockerfile-ast-patches.ts'])
  })

  it('are in place: arguments handed out as copies, comments not filed under stages', () => {
    const ast = DockerfileParser.parse('FROM alpine:3.20\n# a comment\nRUN --mount=type=cache,target=/x echo hi\n')
    const run = ast.getInstructions()[1]!
    // Its flag is shifted off each list handed out: the cached arguments must come as a copy every time.
    const words = () => run.getArguments().map((a) => a.getValue())
    expect(words()).toEqual(['echo', 'hi'])
    expect(words()).toEqual(['echo', 'hi'])
    expect(ast.getFROMs()).toHaveLength(1)
    expect(ast.getComments()).toHaveLength(1)
    expect(ast.getContainingImage({ line: 1, character: 0 })!.getComments()).toEqual([])
  })
})
