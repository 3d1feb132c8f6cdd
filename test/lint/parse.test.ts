import { describe, expect, it } from 'vitest'
import { DockerfileParser } from '../../src/lint/dockerfile-ast-patches.js'
import { astHeads } from '../../src/lint/instruction-heads.js'
import { heredocOpeners, parseDockerfile } from '../../src/lint/parse.js'

const lines = (text: string) => parseDockerfile(text).instructions.map((i) => [i.keyword, i.line, i.endLine])

describe('parseDockerfile', () => {
  it('gives each instruction its 1-based first and last line, joining continuations', () => {
    const model = parseDockerfile('FROM alpine:3.20\n\nRUN apk add \\\n    # a comment inside\n    curl \\\n\n    git\nUSER app\n')
    expect(model.instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([['FROM', 1, 1], ['RUN', 3, 7], ['USER', 8, 8]])
    expect(model.instructions[1].args).toBe('apk add     curl     git')
  })

  it('reads the escape directive and joins backtick continuations (Windows)', () => {
    const model = parseDockerfile('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  c:\\\nCMD ["c:\\\\app.exe"]\n')
    expect(model.escape).toBe('`')
    expect(lines('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  c:\\\nUSER app')).toEqual([['FROM', 2, 2], ['RUN', 3, 4], ['USER', 5, 5]])
    expect(model.instructions[1].args).toBe('dir   c:\\')
    expect(model.instructions[2].execForm).toEqual(['c:\\app.exe'])
  })

  it('reads the FROM after a line of two parser directives, of which Docker reads one', () => {
    const text = '# syntax=docker/dockerfile:1 # check=skip=JSONArgsRecommended\nFROM alpine:3.19\nUSER app\nCMD x\n'
    for (const readers of [undefined, [astHeads]]) {
      const model = parseDockerfile(text, readers)
      expect(model.instructions.map((i) => [i.keyword, i.line])).toEqual([['FROM', 2], ['USER', 3], ['CMD', 4]])
      expect(model.stages).toHaveLength(1)
    }
  })

  it('keeps a spaced heredoc body out of the instructions (dockerfile-ast #120)', () => {
    const model = parseDockerfile("FROM alpine:3.20\nRUN cat << 'EOF' > /etc/motd\nUSER root\nLINE1\n# not a comment\nEOF\nUSER app\n")
    expect(model.problems).toEqual([])
    expect(model.instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([['FROM', 1, 1], ['RUN', 2, 6], ['USER', 7, 7]])
    expect(model.instructions[1].heredocs).toEqual([{ delimiter: 'EOF', line: 3, endLine: 6, content: 'USER root\nLINE1\n# not a comment' }])
    expect(model.comments).toEqual([])
  })

  it('reads several heredocs in a row and <<- with tab-indented delimiters', () => {
    const model = parseDockerfile('FROM alpine:3.20\nRUN <<A cat - <<-"B"\none\nA\n\ttwo\n\tB\nCMD ["x"]\n')
    expect(model.instructions[1].heredocs.map((h) => [h.delimiter, h.line, h.endLine, h.content])).toEqual([['A', 3, 4, 'one'], ['B', 5, 6, '\ttwo']])
    expect(model.instructions[2].line).toBe(7)
  })

  it('does not take << inside quotes or <<< for a heredoc', () => {
    expect(heredocOpeners(`echo "<<EOF" '<<X' && cat <<< word`)).toEqual([])
    expect(heredocOpeners('cat <<- EOF')).toEqual([{ delimiter: 'EOF', stripTabs: true }])
  })

  it('splits flags from arguments and reads exec form', () => {
    const model = parseDockerfile('FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache --network=none make\nCOPY --from=build --chown=1:1 /a /b\nCMD ["a", "b"]\nENTRYPOINT [\'a\']\n')
    const [, run, copy, cmd, entrypoint] = model.instructions
    expect(run.flags).toEqual([{ name: 'mount', value: 'type=cache,target=/root/.cache' }, { name: 'network', value: 'none' }])
    expect(run.args).toBe('make')
    expect(copy.flags.map((f) => f.name)).toEqual(['from', 'chown'])
    expect(cmd.execForm).toEqual(['a', 'b'])
    expect(entrypoint.execForm).toBeUndefined()
  })

  it('reads HEALTHCHECK CMD exec form after its flags', () => {
    const [, check] = parseDockerfile('FROM a:1\nHEALTHCHECK --interval=5s CMD ["/bin/check"]\n').instructions
    expect(check.flags).toEqual([{ name: 'interval', value: '5s' }])
    expect(check.execForm).toEqual(['/bin/check'])
  })

  it('splits FROM into image parts and expands ARG defaults declared before the first FROM', () => {
    const model = parseDockerfile('ARG REG=ghcr.io\nARG TAG=1.2\nFROM --platform=$BUILDPLATFORM ${REG}/org/app:${TAG}@sha256:abc AS Build\nFROM build\n')
    const [first, second] = model.stages
    expect(first.from.image).toEqual({ text: 'ghcr.io/org/app:1.2@sha256:abc', name: 'ghcr.io/org/app', registry: 'ghcr.io', tag: '1.2', digest: 'sha256:abc', unresolved: false })
    expect(first.from.imageAsWritten.text).toBe('${REG}/org/app:${TAG}@sha256:abc')
    expect(first.from.alias).toBe('Build')
    expect(first.from.platform).toBe('$BUILDPLATFORM')
    expect(second.parent).toBe(0)
    expect(second.from.stageIndex).toBe(1)
  })

  it('keeps an ARG without a default unresolved and reads localhost:5000 as a registry', () => {
    const [stage] = parseDockerfile('ARG BASE\nFROM ${BASE:-alpine}\nFROM $OTHER\nFROM localhost:5000/app\n').stages
    expect(stage.from.image.text).toBe('alpine')
    const model = parseDockerfile('ARG BASE\nFROM $BASE\nFROM localhost:5000/app\n')
    expect(model.stages[0].from.image.unresolved).toBe(true)
    expect(model.stages[1].from.image).toMatchObject({ registry: 'localhost:5000', name: 'localhost:5000/app', tag: undefined })
  })

  it('gives every instruction its stage index', () => {
    const model = parseDockerfile('ARG A=1\nFROM a:1 AS one\nRUN x\nFROM b:1\nUSER app\n')
    expect(model.instructions.map((i) => i.stageIndex)).toEqual([-1, 0, 0, 1, 1])
    expect(model.stages[1].instructions.map((i) => i.keyword)).toEqual(['USER'])
    expect(model.stages[0].parent).toBeUndefined()
  })

  it('collects comments outside instructions with their lines', () => {
    const model = parseDockerfile('# syntax=docker/dockerfile:1\n# top\nFROM a:1\n  # indented\nRUN a \\\n  # inside\n  b\n')
    expect(model.comments).toEqual([{ line: 1, text: 'syntax=docker/dockerfile:1' }, { line: 2, text: 'top' }, { line: 4, text: 'indented' }])
  })

  it('reads ENV and ARG properties', () => {
    const model = parseDockerfile('FROM a:1\nENV A=1 B="x y"\nENV LOG_FILE /var/log/a.log\n')
    expect(model.instructions[1].properties).toEqual([{ key: 'A', value: '1' }, { key: 'B', value: 'x y' }])
    expect(model.instructions[2].properties).toEqual([{ key: 'LOG_FILE', value: '/var/log/a.log' }])
  })

  describe('reads the properties of one-line ENV and LABEL as dockerfile-ast does', () => {
    const keywords = ['ENV ', 'LABEL ', 'ENV\t', 'ONBUILD ENV ', 'env  ']
    type Read = { getName(): string; getValue(): string | null }
    // A fixed seed: the same texts every run.
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const pick = <T>(from: readonly T[]): T => from[Math.floor(random() * from.length)]
    /**
     * 5,000 lines of words made by `word`, each compared with dockerfile-ast's reading of it; half of them continued
     * onto more lines, the escape character put between words or inside one.
     */
    const compare = (word: () => string, most: number) => {
      let compared = 0
      let continued = 0
      for (let n = 0; n < 5000; n++) {
        const escape = random() < 0.1 ? '`' : '\\'
        let line = pick(keywords)
        const count = Math.floor(random() * most)
        for (let k = 0; k < count; k++) line += random() < 0.15 ? `${pick(['', ' ', '\t'])}${escape}${pick(['', ' '])}\n${pick(['', '  ', '\t'])}${word()}` : word()
        const text = `${escape === '`' ? '# escape=`\n' : ''}FROM a\n${line}\n`
        const node = DockerfileParser.parse(text).getInstructions()[1] as unknown as { getProperties(): Read[]; getTriggerInstruction(): { getProperties(): Read[] } }
        const ours = parseDockerfile(text).instructions[1]
        const first = escape === '`' ? 3 : 2
        if (ours === undefined || ours.line !== first || ours.endLine !== first + line.split('\n').length - 1) continue
        compared++
        if (ours.endLine > ours.line) continued++
        const theirs = (line.startsWith('ONBUILD') ? node.getTriggerInstruction().getProperties() : node.getProperties()).map((p) => ({ key: p.getName(), value: p.getValue() ?? undefined }))
        expect(ours.trigger?.properties ?? ours.properties, JSON.stringify(text)).toStrictEqual(theirs)
      }
      // Most texts are one ENV or LABEL on the lines expected, not a comment or another instruction by chance.
      expect(compared).toBeGreaterThan(3000)
      expect(continued).toBeGreaterThan(1000)
    }

    it.each([
      'ENV A=1 \\\n  # a comment\n  B=2\n',
      'ENV A=1 \\\n\n  B=2\n',
      'ENV A=1 \\\n  \\\n  B=2\n',
      'LABEL a="x \\\ny" \\\n  b=c\n',
      'ENV A 1 \\\n  2\n',
      'ENV A=1\\\nB=2\n',
      'ENV A=1 \\\n  B=${X \\\n  }\n'
    ])('over several lines: %j', (body) => {
      const text = `FROM a\n${body}`
      const theirs = (DockerfileParser.parse(text).getInstructions()[1] as unknown as { getProperties(): Read[] }).getProperties().map((p) => ({ key: p.getName(), value: p.getValue() ?? undefined }))
      expect(parseDockerfile(text).instructions[1].properties).toStrictEqual(theirs)
    })

    it('plain text or not', () => {
      const pieces = ['A', 'b1', '=', '==', ' ', '  ', '\t', '$', '${', '}', '{', '#', ':/', '"', "'", '\\', '`', 'x y', '\u00a0', '\f']
      compare(() => pick(pieces), 12)
    })

    it('key="value" and key=\'value\' words and key "value", well formed or nearly', () => {
      const keys = ['A', 'org.opencontainers.image.title', 'b_1', 'a-b', '']
      const inside = ['x', 'x y', ' ', '\t', '', '$A', '${A}', '${A', '=', '#', '1.2.3', "'", '\\"', '\\', '`', '"', '<a@b.c>']
      const blanks = [' ', ' ', '\t', '  ', '']
      const value = () => {
        const text = Array.from({ length: Math.floor(random() * 3) }, () => pick(inside)).join('')
        const quote = random() < 0.7 ? '"' : "'"
        return random() < 0.7 ? `${quote}${text}${quote}` : random() < 0.5 ? text.replace(/[\s"']/g, '') : `${quote}${text}${pick(['', 'x', `${quote}x`])}`
      }
      compare(() => `${pick(keys)}${random() < 0.9 ? '=' : pick([' ', '  ', '\t'])}${value()}${pick(blanks)}`, 5)
    })
  })

  it('reads every word of an ARG as a declaration: ARG has no legacy `key value` form', () => {
    const props = (text: string) => parseDockerfile(`FROM a:1\n${text}\n`).instructions[1].properties
    expect(props('ARG A B=1')).toEqual([{ key: 'A' }, { key: 'B', value: '1', valueAsWritten: '1' }])
    expect(props('ARG A B')).toEqual([{ key: 'A' }, { key: 'B' }])
    expect(props(`ARG A="x y" B='$x' C= D`)).toEqual([
      { key: 'A', value: 'x y', valueAsWritten: '"x y"' },
      { key: 'B', value: '$x', valueAsWritten: "'$x'" },
      { key: 'C', value: '', valueAsWritten: '' },
      { key: 'D' }
    ])
    expect(props('ARG A=1 \\\n  B=2')).toEqual([{ key: 'A', value: '1', valueAsWritten: '1' }, { key: 'B', value: '2', valueAsWritten: '2' }])
  })
})

describe('parse problems (DL1000)', () => {
  it('reports an unknown instruction at its line', () => {
    expect(parseDockerfile('FROM a:1\nRUNN make\n').problems).toEqual([{ line: 2, message: expect.stringMatching(/unknown instruction RUNN on line 2/) }])
  })

  it('reports an instruction with no arguments', () => {
    expect(parseDockerfile('FROM a:1\nUSER\n').problems).toEqual([{ line: 2, message: 'USER on line 2 has no arguments: give it what it needs, or remove the line' }])
  })

  it('reports an unterminated heredoc on the RUN line and swallows the rest', () => {
    const model = parseDockerfile('FROM a:1\nRUN <<EOF\nmake\nUSER root\n')
    expect(model.problems).toEqual([{ line: 2, message: expect.stringMatching(/<<EOF opened on line 2 is never closed/) }])
    expect(model.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN'])
  })

  it('reports binary junk without throwing', () => {
    expect(parseDockerfile('FROM a:1\n\u0000\u0001\u0002ELF\n').problems).toEqual([{ line: 2, message: expect.stringMatching(/binary data/) }])
  })

  it('accepts empty text, a BOM and CRLF line endings', () => {
    expect(parseDockerfile('')).toMatchObject({ instructions: [], problems: [] })
    expect(lines('\uFEFFFROM a:1\r\nRUN x \\\r\n  y\r\nUSER app\r\n')).toEqual([['FROM', 1, 1], ['RUN', 2, 3], ['USER', 4, 4]])
  })
})
