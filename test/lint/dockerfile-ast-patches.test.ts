import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DockerfileParser, PATCHED_VERSION, parseForLint } from '../../src/lint/dockerfile-ast-patches.js'

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

  it('keep one parser directive a line, as Docker does, so that the line after a line of two is read', () => {
    for (const text of ['# syntax=docker/dockerfile:1 # check=skip=JSONArgsRecommended\nFROM alpine\nCMD x\n', '# a=b # escape=`\r\nFROM alpine\r\nCMD x `\r\n  y\r\n']) {
      const ast = DockerfileParser.parse(text)
      expect(ast.getDirectives()).toHaveLength(1)
      expect(ast.getEscapeCharacter()).toBe('\\')
      expect(ast.getInstructions().map((i) => [i.getKeyword(), i.getRange().start.line])).toEqual([
        ['FROM', 1],
        ['CMD', 2],
        ...(text.includes('escape') ? [['Y', 3]] : [])
      ])
    }
    // Directives on lines of their own are all kept.
    expect(DockerfileParser.parse('# syntax=x\n# escape=`\nFROM a\n').getDirectives().map((d) => d.getName())).toEqual(['syntax', 'escape'])
  })
})

describe('parseForLint', () => {
  const fixtures = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? fixtures(join(dir, e.name)) : /dockerfile/i.test(e.name) ? [join(dir, e.name)] : []))
  // parse.ts reads the comments from the lines, not from the parse: parseForLint keeps none.
  const outline = (ast: ReturnType<typeof DockerfileParser.parse>) => [
    ...ast.getInstructions().map((i) => {
      const { start, end } = i.getRange()
      // parse.ts reads the properties of ENV and LABEL only (ARGs from the text)
      const properties = ['ENV', 'LABEL'].includes(i.getKeyword()) ? (i as unknown as { getProperties(): Array<{ getName(): string; getValue(): string | null }> }).getProperties().map((p) => [p.getName(), p.getValue()]) : undefined
      return { keyword: i.getInstruction(), start: start.line, end: end.line, properties }
    })
  ]

  it('finds the instructions, lines and properties that the full parse does, in every fixture', () => {
    const files = fixtures('test/fixtures/dockerfiles')
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const text = read(file)
      expect(outline(parseForLint(text)), file).toEqual(outline(DockerfileParser.parse(text)))
    }
  })

  it('passes over comments, in their own lines and inside a continuation, without keeping them', () => {
    const text = '# top\nFROM alpine\nRUN a \\\n# inside\n  b\n  # indented\nENV A=1\n'
    const ast = parseForLint(text)
    expect(ast.getComments()).toEqual([])
    expect(outline(ast)).toEqual(outline(DockerfileParser.parse(text)))
  })

  it('still reads heredocs, which decide where an instruction ends', () => {
    const text = 'FROM alpine\nRUN <<EOF\necho hi\nEOF\nRUN cat <\\<-X\n\tbody\n\tX\nCOPY <<"A" /a\nFROM b\nA\n'
    expect(outline(parseForLint(text))).toEqual(outline(DockerfileParser.parse(text)))
    expect(outline(parseForLint(text)).map((i) => 'end' in i && i.end)).toEqual([0, 3, 6, 9])
  })

  it('agrees with the full parse on text made of the pieces its scanner treats apart', () => {
    const pieces = ['RUN', 'ENV', 'LABEL', 'ONBUILD', 'COPY', ' ', ' ', '\t', '\\', '`', '\n', '\n', '\r\n', '#', 'a=b', 'x', '"', "'", '<<EOF', 'EOF', '$']
    // A fixed seed: the same texts every run.
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let n = 0; n < 2000; n++) {
      let text = random() < 0.2 ? '# escape=`\n' : ''
      const count = Math.floor(random() * 40)
      for (let k = 0; k < count; k++) text += pieces[Math.floor(random() * pieces.length)]
      expect(outline(parseForLint(text)), JSON.stringify(text)).toEqual(outline(DockerfileParser.parse(text)))
    }
  })
})
