// The lint parse reads most files' instruction starts from their lines (leanHeads) rather than through dockerfile-ast
// (astHeads). The two must give the same model of every file the first takes on; it declines the rest.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { astHeads, leanHeads } from '../../src/lint/instruction-heads.js'
import { parseDockerfile } from '../../src/lint/parse.js'
import { anyDockerfile, FUZZ_RUNS, fuzzParams, validDockerfile } from '../fuzz/dockerfiles.js'

const throughAst = (text: string) => parseDockerfile(text, [astHeads])
/** Whether the lines alone are read: with no reader after it, a file it declines is read by none. */
const readsLean = (text: string) => {
  try {
    parseDockerfile(text, [leanHeads])
    return true
  } catch {
    return false
  }
}

function dockerfiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? dockerfiles(join(dir, entry.name)) : /dockerfile/i.test(entry.name) ? [join(dir, entry.name)] : []))
}

describe('instruction starts read from the lines', () => {
  it('give the model dockerfile-ast gives, on every fixture Dockerfile, and are used on most of them', () => {
    const files = dockerfiles(join(import.meta.dirname, '../fixtures/dockerfiles'))
    let lean = 0
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      expect(parseDockerfile(text), file).toStrictEqual(throughAst(text))
      if (readsLean(text)) lean++
    }
    expect(files.length).toBeGreaterThan(100)
    expect(lean / files.length).toBeGreaterThan(0.7)
  })

  // [text, whether the lines alone are read]
  const cases: Array<[string, string, boolean]> = [
    ['plain keywords in any case, comments and blank lines', 'FROM a\n\n# c\nrun echo 1\n  Copy . /x\n\tUSER app\n', true],
    ['a continuation holding comment, blank and indented lines', 'FROM a\nRUN a \\\n  # note\n\n    && b \\\n  c\nUSER x\n', true],
    ['a continuation that ends the file', 'FROM a\nRUN a \\', true],
    ['an escape directive (backtick) and its continuations', '# escape=`\nFROM a\nRUN a `\n  b\nCOPY c:\\ d\\\n', true],
    ['a syntax directive then an escape directive', '# syntax=docker/dockerfile:1\n# escape=`\nFROM a\nRUN a `\n b\n', true],
    ['an escape directive after a blank line, which is no directive', '\n# escape=`\nFROM a\nRUN a `\nUSER b\n', true],
    ['an escape directive after one with trailing blanks, which ends the directives', '# syntax=x  \n# escape=`\nFROM a\nRUN a `\nUSER b\n', true],
    ['two directives on one line, of which the first is kept, and the line after read', '# a=b # c=d\nFROM alpine\nRUN x\n', true],
    ['two directives on one line, then one on a line of its own', '# a=b # c=d\n# escape=`\nFROM alpine\nRUN x `\n y\n', true],
    ['two directives on one line, and a comment after them', '# a=b # escape=`\n# c\nFROM alpine\nRUN x `\n y\n', true],
    ['a directive at the end of the text', '# escape=`', true],
    ['a comment line ending in the escape character', 'FROM a\n# c \\\nRUN b\n', true],
    ['an escape character followed by blanks and a word', 'FROM a\nRUN a \\ \\\n b\nUSER c\n', true],
    ['a line of other blanks inside a continuation', 'FROM a\nRUN a \\\n\u00a0\n  b\nUSER c\n', true],
    ['a continuation line of the escape character alone', 'FROM a\nRUN a \\\n  \\\n  b\nUSER c\n', true],
    ['a continuation line starting with the escape character and #, which dockerfile-ast reads as a comment', 'FROM a\nRUN a \\\n\n\\# c\nFROM b\n', false],
    ['ENV and LABEL over several lines, quoted', 'FROM a\nENV A="1 2" \\\n    B=\'x\' \\\n    C=3\nLABEL "k"="v w" \\\n  l=m\n', true],
    ['ENV under a backtick escape', '# escape=`\nFROM a\nENV A="x`"y" `\n  B=2\n', true],
    ['ONBUILD with its trigger on the next line', 'FROM a\nONBUILD \\\n  ENV A=1 \\\n  B="2 3"\nONBUILD RUN x\n', true],
    ['a keyword with no arguments and an unknown one', 'FROM a\nRUN\nFOO bar\n', true],
    ['CRLF line ends', 'FROM a\r\nRUN a \\\r\n  b\r\nENV A=1 \\\r\n B=2\r\n', true],
    ['a heredoc', 'FROM a\nRUN <<EOF\necho hi\nEOF\n', true],
    ['heredocs with quoted delimiters, tabs stripped, and one never closed', 'FROM a\nCOPY <<-"A" <<-\'B\' /x/\n\thi\n\tA\n\tB\nRUN cat <<EOF | sh\necho\n', true],
    ['a heredoc marker with and one without <<-', 'FROM a\nRUN <<-A <<B\n\tA\n\tB\nB\nUSER x\n', false],
    ['a heredoc body holding <<', 'FROM a\nRUN <<EOF\ncat <<X\nEOF\nX\nUSER x\n', false],
    ['a heredoc marker after a continuation', 'FROM a\nRUN cat \\\n  <<EOF\nhi\nEOF\n', false],
    ['a heredoc marker in a word', 'FROM a\nRUN cat<<EOF\nhi\nEOF\n', false],
    ['a heredoc with a quote elsewhere on its line', 'FROM a\nRUN <<EOF sh -c "x"\nhi\nEOF\n', false],
    ['a heredoc on ONBUILD', 'FROM a\nONBUILD RUN <<EOF\nhi\nEOF\n', false],
    ['<< in quotes', 'FROM a\nRUN echo "<<" > x\n', false],
    ['<< in a comment', 'FROM a\n# cat <<EOF\nRUN x\n', true],
    ['a keyword followed by the escape character', 'FROM a\nRUN\\\n  echo hi\n', false],
    ['a line of other blanks at the top level', 'FROM a\n\u00a0\nRUN b\n', false],
    ['a keyword with a digit', 'FROM a\nRUN2 b\n', false],
    ['a keyword followed by another blank', 'FROM\u00a0a\nRUN b\n', false],
    ['a line starting with a quote', 'FROM a\n"RUN" b\n', false]
  ]
  it.each(cases)('%s', (_name, text, lean) => {
    expect(readsLean(text)).toBe(lean)
    expect(parseDockerfile(text)).toStrictEqual(throughAst(text))
  })

  // Lines of the kinds the reading has to tell apart, in any order; it declines only those with a line of other blanks
  // at the top level.
  const line = fc.oneof(
    fc.constantFrom('FROM a AS b', 'run echo 1', 'Run a \\', 'RUN a \\ ', 'RUN a \\ \\', '  && b \\', 'c', '', ' ', '\t', '\u00a0', '# c', '  # c \\', '# escape=`', '# escape=\\', '# syntax=x  '),
    fc.constantFrom('ENV A=1 \\', 'ENV A="x y" B=\'z\' \\', 'LABEL "a b"=c \\', 'ENV A B C', 'LABEL x="1\\', 'ONBUILD \\', 'ONBUILD ENV A=1 \\', 'ONBUILD RUN x', 'RUN ` ', 'ARG A=1 B'),
    fc.constantFrom('RUN <<EOF', 'copy <<-EOF /x', 'RUN <<\'A\' <<"B" sh', 'ADD <<-A <<B /y', 'RUN cat <<EOF | sh', 'RUN cat<<EOF', 'RUN <<EOF "q"', 'EOF', '\tEOF', ' EOF', 'EOF ', 'A', '\tA', 'B', 'cat <<X', 'X', 'echo \\', '\\# c', '  \\', '\\ x', '`# c'),
    fc.stringMatching(/^[ \t]{0,2}[A-Za-z]{1,6}( [a-z"'=\\`$ ]{0,8})?$/)
  )
  // Parser directives, well formed or not, as the first lines: dockerfile-ast's reading of them decides the escape
  // character and where its instructions start.
  const directive = fc.oneof(
    fc.constantFrom('# escape=`', '# escape=\\', '#escape=`', '# ESCAPE = `', '# escape=` ', '# escape=x', '# escape=', '# escape=`  # a=b', '# a=b # escape=`'),
    fc.constantFrom('# syntax=docker/dockerfile:1', '# syntax=x  ', '# check=skip=all', '#=x', '# =x', '# foo', '#', '', '  # escape=`', '\t#escape=`', 'FROM a'),
    fc.tuple(fc.constantFrom('#', '# ', '#\t'), fc.stringMatching(/^[a-z]{0,6}$/), fc.constantFrom('=', ' = ', ''), fc.constantFrom('`', '\\', 'v', ' ', ''), fc.constantFrom('', ' ', ' #b=c')).map((parts) => parts.join(''))
  )
  const soup = fc
    .tuple(fc.array(directive, { maxLength: 3 }), fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([head, lines, end, final]) => [...head, ...lines].join(end) + (final ? end : ''))

  it('gives dockerfile-ast\'s model for generated lines of every kind', () => {
    let lean = 0
    let runs = 0
    fc.assert(
      fc.property(soup, (text) => {
        runs++
        if (readsLean(text)) lean++
        expect(parseDockerfile(text)).toStrictEqual(throughAst(text))
      }),
      fuzzParams({ numRuns: Math.max(2000, FUZZ_RUNS) })
    )
    expect(lean / runs).toBeGreaterThan(0.5)
  })

  it('gives dockerfile-ast\'s model for generated Dockerfiles, valid and broken', () => {
    fc.assert(
      fc.property(fc.oneof(validDockerfile, anyDockerfile), (text) => {
        expect(parseDockerfile(text)).toStrictEqual(throughAst(text))
      }),
      fuzzParams()
    )
  })
})
