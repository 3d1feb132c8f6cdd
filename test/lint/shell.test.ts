import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseShell, parseShellScript, programName, readPlainScript, readScript } from '../../src/lint/shell.js'

const names = (script: string) => parseShell(script).map((c) => c.name)
const joins = (script: string) => parseShell(script).map((c) => `${c.name}${c.next ? ` ${c.next}` : ''}`)

describe('parseShell', () => {
  it('splits commands on &&, ||, ;, |, & and newlines', () => {
    expect(names('a && b || c; d | e & f\ng')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
  })

  it('honours quotes and escapes, and keeps substitutions as written in the arguments', () => {
    expect(parseShell(`echo "a && b" 'c; d' e\\;f $(x && y)`)[0]).toEqual({ name: 'echo', args: ['a && b', 'c; d', 'e;f', '$(x && y)'], redirects: [] })
    expect(parseShell('echo "say \\"hi\\""')[0].args).toEqual(['say "hi"'])
    expect(parseShell(`echo $'it\\'s\\tok' $"x y"`)[0].args).toEqual(["it's\tok", 'x y'])
    expect(parseShell(`echo "a"'b'c\\ d`)[0].args).toEqual(['abc d'])
  })

  it('drops comments and leading assignments', () => {
    expect(names('# setup\nCGO_ENABLED=0 GOOS=linux go build # build it')).toEqual(['go'])
    expect(names('FOO=1\nBAR=(a b "c d") baz')).toEqual(['baz'])
    expect(names('echo a#b # c; rm x')).toEqual(['echo'])
    expect(parseShell('echo a#b')[0].args).toEqual(['a#b'])
    expect(names('"FOO=1" make')).toEqual(['FOO=1'])
  })

  it('separates redirections from arguments, with their file descriptors', () => {
    expect(parseShell('app --x 2>/var/log/err >> out.log 2>&1 < in')).toEqual([{
      name: 'app',
      args: ['--x'],
      redirects: [{ op: '2>', target: '/var/log/err' }, { op: '>>', target: 'out.log' }, { op: '2>&', target: '1' }, { op: '<', target: 'in' }]
    }])
    expect(parseShell('app &> all.log')[0].redirects).toEqual([{ op: '&>', target: 'all.log' }])
    expect(parseShell('> empty')).toEqual([{ name: '', args: [], redirects: [{ op: '>', target: 'empty' }] }])
    expect(parseShell('echo a2>x 2 >y')[0]).toEqual({ name: 'echo', args: ['a2', '2'], redirects: [{ op: '>', target: 'x' }, { op: '>', target: 'y' }] })
  })

  it('joins backslash-newline continuations inside a word list', () => {
    expect(parseShell('apk add \\\n  curl')).toEqual([{ name: 'apk', args: ['add', 'curl'], redirects: [] }])
    expect(parseShell('ec\\\nho "a\\\nb"')[0]).toEqual({ name: 'echo', args: ['ab'], redirects: [] })
  })

  it('names the program without its path', () => {
    expect(programName('/usr/bin/make')).toBe('make')
    expect(programName('./gradlew')).toBe('gradlew')
  })
})

describe('parseShell: commands inside other constructs', () => {
  const table: Array<[string, string, string[]]> = [
    ['subshell', '(cd /src && make) || exit 1', ['cd', 'make', 'exit']],
    ['brace group', '{ apt-get update; apt-get install -y x; } > /dev/null', ['apt-get', 'apt-get']],
    ['command substitution', 'echo $(curl -s https://x | sh)', ['echo', 'curl', 'sh']],
    ['nested substitution in double quotes', 'echo "v=$(cat "$(ls /x)")"', ['echo', 'cat', 'ls']],
    ['backticks', 'VERSION=`uname -r` make', ['make', 'uname']],
    ['escaped backticks inside backticks', 'echo `echo \\`id\\``', ['echo', 'echo', 'id']],
    ['process substitution', 'diff <(sort a) >(tee b)', ['diff', 'sort', 'tee']],
    ['parameter default with a substitution', 'echo ${V:-$(git describe)}', ['echo', 'git']],
    ['arithmetic is no command', 'echo $((1 + (2 * 3))); ((i++)); x', ['echo', 'x']],
    ['if / elif / else', 'if test -f a; then make; elif [ -d b ]; then ninja; else cmake .; fi', ['test', 'make', '[', 'ninja', 'cmake']],
    ['keywords as arguments', 'echo if then fi done esac }', ['echo']],
    ['for: words are data, body runs', 'for f in rm ls $(find /x); do gzip "$f"; done', ['find', 'gzip']],
    ['for without in, over several lines', 'for f\ndo\n  echo "$f"\ndone', ['echo']],
    ['C-style for', 'for ((i=0; i<3; i++)); do sleep 1; done', ['sleep']],
    ['while condition is a command', 'while read -r line; do echo "$line"; done < list', ['read', 'echo']],
    ['until', 'until curl -f http://x; do sleep 1; done', ['curl', 'sleep']],
    ['case: patterns are data', 'case "$ARCH" in\n  amd64|x86_64) apt-get install a ;;\n  (arm*) apk add b;;\n  *) exit 1\nesac; done_cmd', ['apt-get', 'apk', 'exit', 'done_cmd']],
    ['case inside a substitution', 'x=$(case $a in b) echo b;; esac) cmd', ['cmd', 'echo']],
    ['function definitions', 'f() { curl x; }\nfunction g { wget y; }\nfunction h() (cd z)\nf', ['curl', 'wget', 'cd', 'f']],
    ['[[ ]] is a test, not a command', '[[ -f a && $(id -u) = 0 ]] && run', ['id', 'run']],
    ['negation and time', '! grep -q x f && time make', ['grep', 'make']],
    ['heredoc body is data', 'cat <<EOF > /etc/x\nrm -rf /\nEOF\napt-get update', ['cat', 'apt-get']],
    ['quoted and tab-stripped heredocs', "cat <<-'END' | sh\n\trm -rf /\n\tEND\nmake", ['cat', 'sh', 'make']],
    ['two heredocs on one line', 'paste <<A <<B\nrm\nA\nls\nB\nok', ['paste', 'ok']],
    ['heredoc inside a substitution', 'x=$(cat <<EOF\nrm -rf /\nEOF\n)\nnext', ['cat', 'next']],
    ['here-string is not a heredoc', 'grep x <<< "$v"\nrm y', ['grep', 'rm']],
    ['comments end at the newline', 'a # b && c\nd', ['a', 'd']],
    ['CRLF line ends', 'a\r\nb\r\n', ['a', 'b']]
  ]
  for (const [title, script, expected] of table) {
    it(title, () => expect(names(script)).toEqual(expected))
  }
})

describe('parseShellScript: how commands are joined', () => {
  it('records the operator after each command of a list', () => {
    expect(joins('a && b || c; d | e |& f & g\nh')).toEqual(['a &&', 'b ||', 'c ;', 'd |', 'e |&', 'f &', 'g ;', 'h'])
  })

  it('sets no operator after the last command of a list, even with a trailing separator', () => {
    expect(joins('a;')).toEqual(['a'])
    expect(joins('a &&\n  b\n')).toEqual(['a &&', 'b'])
    expect(joins('x $(a; b) ; c')).toEqual(['x ;', 'a ;', 'b', 'c'])
    expect(joins('(a; b) | c')).toEqual(['a ;', 'b', 'c'])
    expect(joins('if a; then b; fi && c')).toEqual(['a', 'b', 'c'])
  })

  it('marks the commands that run inside substitutions', () => {
    const nested = (script: string) => parseShell(script).map((c) => `${c.name}${c.inSubstitution ? '*' : ''}`)
    expect(nested('exec app "$(cat /run/x)" `id -u` <(sort f)')).toEqual(['exec', 'cat*', 'id*', 'sort*'])
    expect(nested('(a; { b; }) && if c; then d; fi')).toEqual(['a', 'b', 'c', 'd'])
    expect(nested('echo $(a $(b))')).toEqual(['echo', 'a*', 'b*'])
  })

  it('tells a real pipe from ||', () => {
    expect(parseShellScript('a || b && c').pipes).toBe(false)
    expect(parseShellScript('a | b').pipes).toBe(true)
    expect(parseShellScript('a |& b').pipes).toBe(true)
    expect(parseShellScript('echo "a | b" \'|\' \\|').pipes).toBe(false)
    expect(parseShellScript('echo $(curl x | sh)').pipes).toBe(true)
    expect(parseShellScript('(a) | b').pipes).toBe(true)
    expect(parseShellScript('case x in a|b) c;; esac').pipes).toBe(false)
    expect(parseShellScript('cat <<EOF\na | b\nEOF').pipes).toBe(false)
  })

  // What DL4006 (a pipe anywhere) and DL3059 (how many programs run, substitutions included) read, as hadolint does.
  const structures: Array<[string, boolean, number]> = [
    ['a | b', true, 2],
    ['a || b', false, 2],
    ['a |& b', true, 2],
    ['echo "a|b"', false, 1],
    ["echo 'a|b'", false, 1],
    ['echo \\| x', false, 1],
    ['echo a # | b', false, 1],
    ['x=$(a | b)', true, 2],
    ['echo "$(a | b)"', true, 3],
    ['echo ${x:-$(a | b)}', true, 3],
    ['echo $(date)', false, 2],
    ['echo `date`', false, 2],
    ['diff <(a) <(b)', false, 3],
    ['case $x in a|b) foo ;; c) bar ;; esac', false, 2],
    ['[[ $a =~ x|y ]] && b', false, 1],
    ['X=1', false, 0],
    ['X=1 make', false, 1],
    ['> file', false, 0],
    ['if true; then foo; fi', false, 2],
    ['for i in a b; do echo $i; done', false, 1],
    ['cat <<EOF\na | b\nEOF\nc | d', true, 3],
    ['a 2>&1 | b', true, 2],
    ['f() { a; }', false, 1],
    ['(( i++ ))', false, 0],
    ['echo $((1|2))', false, 1]
  ]
  it.each(structures)('%j: pipes %s, %i programs', (script, pipes, programs) => {
    const { commands, pipes: piped } = parseShellScript(script)
    expect([piped, commands.filter((c) => c.name !== '').length]).toEqual([pipes, programs])
  })
})

describe('parseShell: hostile input', () => {
  const cases = [
    `echo "open && b`,
    `echo 'open`,
    'echo $(unclosed && x',
    'echo `unclosed',
    'echo ${unclosed',
    'cat <<EOF\nno end',
    'fi done esac } ) ;; then',
    'if a; then',
    'case x in',
    'for',
    '((',
    '$((',
    'f() ',
    'a &&',
    '\\',
    '"$(\'"`)"',
    '$('.repeat(5000),
    '`'.repeat(101),
    '('.repeat(5000)
  ]
  for (const script of cases) {
    it(`does not throw on ${JSON.stringify(script.slice(0, 30))}`, () => {
      expect(() => parseShellScript(script)).not.toThrow()
    })
  }

  it('keeps what it can read before an unterminated quote', () => {
    expect(names(`a && echo "open && b`)).toEqual(['a', 'echo'])
    expect(names(`echo 'open`)).toEqual(['echo'])
  })

  it('never throws and always ends on arbitrary text', () => {
    const alphabet = fc.constantFrom(...'ab $()`\'"\\{};|&<>#\n\t=-EOF[]!'.split(''), 'if ', 'then ', 'fi', 'do ', 'done', 'case ', 'esac', ' in ', '<<', '<<-', ';;', '$((')
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')), (script) => {
      const result = parseShellScript(script)
      expect(Array.isArray(result.commands)).toBe(true)
    }), { numRuns: 2000, seed: 42 })
  })
})

describe('readPlainScript: plain scripts without the full reader', () => {
  it('reads the plain scripts most RUNs are, as the full reader does', () => {
    for (const script of [
      'apt-get update && apt-get install -y --no-install-recommends curl=7.88 ca-certificates && rm -rf /var/lib/apt/lists/*',
      'npm ci',
      '  make -j4 ||  true ; echo done\n\tls -la | grep x |  wc -l\r\n',
      'a && \n b; ; c | | d',
      '&& a |',
      'echo {a,b} ~/x !x [[x a=b c#d',
      'dotnet restore -a $TARGETARCH && cp ${HOME}/x $1 $@ $# $ a$b$',
      '',
      ' \t '
    ]) {
      expect(readPlainScript(script)).toEqual(readScript(script))
    }
    expect(readPlainScript('a | b')!.pipes).toBe(true)
    expect(readPlainScript('a || b')!.pipes).toBe(false)
  })

  it('leaves every other script to the full reader', () => {
    for (const script of [
      'echo "a b"', "echo 'a'", 'echo $(date)', 'echo ${x:-y}', 'echo ${x', "echo $'a'", 'echo `date`', 'a\\ b', 'a > f', 'a < f', '(a)', 'f() { a; }',
      'a # comment', '# comment', 'a;#x', 'case x in a) b;; esac', 'a & b', 'a |& b', 'a &',
      'if a; then b; fi', 'b; for x in y; do z; done', '! a', '{ a; }', 'time a', '[[ a ]]', 'function f { a; }',
      'FOO=1 make', 'a && B=2'
    ]) {
      expect(readPlainScript(script)).toBeUndefined()
    }
  })

  it('matches the full reader on every plain script of a random mix of words, blanks and operators', () => {
    const word = fc.constantFrom('a', 'apt-get', '-y', '--x=1', 'x=1', 'if', 'fi', 'done', '{', '}', '!', '[[', 'time', 'in', '#c', 'a#b', '2', '*.txt', '~', '=', '$A', 'a${B}c', '${C', '$#', '$', '${x:-a b}')
    const between = fc.constantFrom(' ', '  ', '\t', '\r', '\n', ' && ', '&&', ' || ', '||', ';', ' ; ', ';;', '|', ' | ', '&', '|&', ' \n ', '')
    let plain = 0
    fc.assert(fc.property(fc.array(fc.tuple(word, between), { maxLength: 12 }).map((parts) => parts.flat().join('')), (script) => {
      const fast = readPlainScript(script)
      if (fast === undefined) return
      plain++
      expect(fast).toEqual(readScript(script))
    }), { numRuns: 5000, seed: 7 })
    // The mix must reach the fast path often, or the comparison says little.
    expect(plain).toBeGreaterThan(500)
  })
})
