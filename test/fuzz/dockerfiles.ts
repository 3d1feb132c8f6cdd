// Generated Dockerfiles for the fuzz properties: valid ones built from the instruction grammar, and the same
// files broken the ways real files break (cut, truncated, stray quotes, odd line ends, binary bytes, huge lines).
import fc from 'fast-check'

/** How many cases a property runs: a CI-sized default, `npm run fuzz` raises it (FUZZ_RUNS). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 300)
/** Fixed, so that CI is repeatable; `npm run fuzz` picks a new one each time unless told (FUZZ_SEED). */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_260_312)

export function fuzzParams<T>(extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, endOnFailure: false, ...extra }
}

/** The number of lines of a Dockerfile as Docker counts them: LF or CRLF ends a line; one BOM is dropped. */
export function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).length
}

const word = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/)
const upperWord = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/)
const version = fc.stringMatching(/^[0-9]{1,2}(\.[0-9]{1,2}){0,2}$/)
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/)
const path = fc.array(word, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`)
/** Text that a shell or Docker might trip over: quotes, expansions, escapes, unicode, markup. */
const oddText = fc.oneof(
  word,
  fc.constantFrom('"a b"', "'c d'", '$HOME', '${X:-y}', '$(id -u)', '`uname`', 'a\\ b', '@admin', '<b>x</b>', '| x |', '::error::x', 'ü∑ß', '😀', '#42'),
  // No `<<`: unquoted, BuildKit reads `<<WORD` as a heredoc even in `echo <<A`, and one never closed is a broken file.
  fc.string({ maxLength: 12 }).filter((s) => !/[\r\n\\`]|<</.test(s))
)

const imageRef = fc
  .record({
    registry: fc.constantFrom('', 'ghcr.io/org/', 'localhost:5000/', 'docker.io/library/', 'registry.example.com:443/team/'),
    name: fc.constantFrom('alpine', 'debian', 'ubuntu', 'node', 'python', 'golang', 'scratch', 'busybox', 'nginx'),
    tag: fc.option(fc.oneof(version, fc.constantFrom('latest', '3.19', 'bookworm-slim', '${TAG}', '20-alpine')), { nil: undefined }),
    digest: fc.option(hex64, { nil: undefined })
  })
  .map(({ registry, name, tag, digest }) => `${registry}${name}${tag ? `:${tag}` : ''}${digest ? `@sha256:${digest}` : ''}`)

const pair = fc.tuple(upperWord, oddText).map(([k, v]) => `${k}=${/\s/.test(v) && !/^["']/.test(v) ? JSON.stringify(v) : v}`)
const pairs = fc.array(pair, { minLength: 1, maxLength: 4 }).map((ps) => ps.join(' '))

const shellCommand = fc.oneof(
  fc.tuple(fc.constantFrom('', '-y ', '-qq ', '--no-install-recommends -y '), fc.array(fc.tuple(word, fc.option(version)), { minLength: 1, maxLength: 3 })).map(
    ([flags, pkgs]) => `apt-get install ${flags}${pkgs.map(([p, v]) => (v ? `${p}=${v}` : p)).join(' ')}`
  ),
  fc.constant('apt-get update'),
  fc.constant('rm -rf /var/lib/apt/lists/*'),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((pkgs) => `apk add --no-cache ${pkgs.join(' ')}`),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((pkgs) => `pip install ${pkgs.join(' ')}`),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((pkgs) => `npm install ${pkgs.join(' ')}`),
  fc.tuple(word, path).map(([host, p]) => `curl -fsSL https://${host}.example${p} | sh`),
  fc.tuple(word, path).map(([host, p]) => `wget -qO- http://${host}.test${p}`),
  path.map((p) => `cd ${p}`),
  fc.tuple(oddText, path).map(([t, p]) => `echo ${t} > ${p}`),
  fc.constantFrom('sudo make install', 'useradd -m app', 'chmod 777 /app', 'yum install -y httpd', 'dnf install vim', 'zypper install x', 'go build ./...', 'ls ${DIR:-/}', 'for f in a b; do echo $f; done', 'if [ -f x ]; then cat x; fi', 'case $a in b) c;; esac', 'echo "$(date)"')
)

/** A shell script on one or more lines, joined by operators, continued with `esc`. */
function shellScript(esc: string): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(shellCommand, fc.constantFrom(' && ', ' ; ', ' | ', ' || ', ` && ${esc}\n    `, ` ${esc}\n  && `)), { minLength: 1, maxLength: 5 })
    .map((parts) => parts.map(([cmd, op], i) => (i === parts.length - 1 ? cmd : cmd + op)).join(''))
}

const execArray = fc.array(oddText, { minLength: 1, maxLength: 4 }).map((args) => JSON.stringify(args))

function instruction(esc: string): fc.Arbitrary<string> {
  const run = fc.oneof(
    fc.tuple(fc.constantFrom('', '--mount=type=cache,target=/root/.cache ', '--network=none ', '--mount=type=secret,id=tok '), shellScript(esc)).map(([f, s]) => `RUN ${f}${s}`),
    execArray.map((a) => `RUN ${a}`),
    fc.tuple(fc.constantFrom('EOF', 'SCRIPT', 'END'), fc.array(shellCommand, { minLength: 1, maxLength: 3 }), fc.boolean()).map(
      ([d, cmds, dash]) => `RUN <<${dash ? '-' : ''}${d}\n${cmds.map((c) => (dash ? `\t${c}` : c)).join('\n')}\n${d}`
    )
  )
  const copy = fc
    .tuple(
      fc.constantFrom('COPY', 'ADD'),
      fc.subarray(['--from=build', '--chown=app:app', '--chmod=755', '--link', '--exclude=*.md', '--checksum=sha256:' + 'a'.repeat(64)]),
      fc.oneof(path, fc.constantFrom('.', 'package*.json', 'https://example.com/x.tar.gz', 'git@github.com:o/r.git', '["a b", "/c"]')),
      path
    )
    .map(([kw, flags, src, dest]) => (src.startsWith('[') ? `${kw} ${flags.join(' ')} ${src}` : `${kw} ${[...flags, src, dest].join(' ')}`).replace(/ +/g, ' '))
  return fc.oneof(
    { weight: 5, arbitrary: run },
    { weight: 2, arbitrary: copy },
    fc.constant('COPY <<EOF /etc/motd\nhello\nEOF'),
    pairs.map((p) => `ENV ${p}`),
    fc.tuple(upperWord, oddText).map(([k, v]) => `ENV ${k} ${v}`),
    fc.oneof(upperWord, pair).map((a) => `ARG ${a}`),
    pairs.map((p) => `LABEL ${p}`),
    fc.constantFrom('LABEL org.opencontainers.image.licenses="MIT"', 'MAINTAINER someone <a@b.c>'),
    fc.oneof(word, fc.constantFrom('root', '0', '1000:1000', 'app:app', '${UID}')).map((u) => `USER ${u}`),
    fc.constantFrom('HEALTHCHECK NONE', 'HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1', 'HEALTHCHECK CMD ["wget", "-q", "http://x"]'),
    fc.tuple(fc.constantFrom('CMD', 'ENTRYPOINT'), fc.oneof(execArray, shellScript(esc))).map(([k, a]) => `${k} ${a}`),
    fc.constantFrom('SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'SHELL ["pwsh", "-Command"]', 'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]'),
    path.map((p) => `WORKDIR ${p}`),
    fc.constantFrom('WORKDIR relative', 'EXPOSE 80', 'EXPOSE 8080/tcp 53/udp', 'EXPOSE 80/TCP', 'EXPOSE 99999', 'VOLUME /data', 'VOLUME ["/a", "/b"]', 'STOPSIGNAL SIGTERM'),
    fc.oneof(run, copy, pairs.map((p) => `ENV ${p}`)).map((i) => `ONBUILD ${i}`),
    fc.constantFrom('# a comment', '# hadolint ignore=DL3008,DL3015', '# hadolint global ignore=DL3006', ''),
    fc.tuple(fc.constantFrom('run', 'Run', 'copy', 'from'), word).map(([k, w]) => `${k} ${w}`)
  )
}

function stage(esc: string, index: number): fc.Arbitrary<string> {
  const from = fc
    .tuple(fc.option(fc.constantFrom('linux/amd64', '$BUILDPLATFORM', 'linux/arm64/v8'), { nil: undefined }), fc.oneof(imageRef, fc.constantFrom('build', 'base', '${BASE}')), fc.option(fc.constantFrom('AS', 'as'), { nil: undefined }))
    .map(([platform, image, as]) => `FROM ${platform ? `--platform=${platform} ` : ''}${image}${as ? ` ${as} ${index === 0 ? 'build' : `stage${index}`}` : ''}`)
  return fc.tuple(from, fc.array(instruction(esc), { maxLength: 10 })).map(([f, body]) => [f, ...body].join('\n'))
}

/** A Dockerfile written by the grammar: directives, global ARGs, one to three stages. */
export const validDockerfile: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('\\', '\\', '`'),
    fc.constantFrom('', '# syntax=docker/dockerfile:1\n', '# check=error=true\n'),
    fc.array(fc.oneof(upperWord, pair).map((a) => `ARG ${a}`), { maxLength: 2 }),
    fc.integer({ min: 1, max: 3 }),
    fc.boolean()
  )
  .chain(([esc, directive, args, stages, trailingNewline]) =>
    fc.tuple(...Array.from({ length: stages }, (_, i) => stage(esc, i))).map((bodies) => {
      const escapeDirective = esc === '\\' ? '' : `# escape=${esc}\n`
      // A value that ends in the escape character continues its line, as in Docker: keep that to the continuations.
      const body = esc === '\\' ? [...args, ...bodies].join('\n') : [...args, ...bodies].join('\n').replace(/(?<! )`(?=\n|$)/g, '` x')
      const text = `${directive}${escapeDirective}${body}`
      // The grammar writes continuations with a backslash; under another escape character they use it instead.
      return (esc === '\\' ? text : text.replace(/\\\n/g, `${esc}\n`)) + (trailingNewline ? '\n' : '')
    })
  )

type Mutation = (text: string) => string

const at = (text: string, fraction: number): number => Math.floor(fraction * (text.length + 1))
const insert = (text: string, fraction: number, piece: string): string => text.slice(0, at(text, fraction)) + piece + text.slice(at(text, fraction))
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })

/** Ways files break in the wild, each at a generated place. */
const smallMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((f): Mutation => (t) => {
    const lines = t.split('\n')
    lines.splice(Math.floor(f * lines.length), 1)
    return lines.join('\n')
  }),
  fraction.map((f): Mutation => (t) => t.slice(0, at(t, f))),
  fc.tuple(fraction, fc.constantFrom('"', "'", '`', '[', ']', '{', '\\', '$(', '${', '<<', '<<EOF', '#', '--', '=', ' ')).map(([f, c]): Mutation => (t) => insert(t, f, c)),
  fc.constant<Mutation>((t) => `${t.replace(/\n+$/, '')} \\`),
  fc.constant<Mutation>((t) => `${t}\nRUN <<EOF\necho never closed`),
  fc.constant<Mutation>((t) => `${t}\nCMD ["unterminated", "json"`),
  fc.constant<Mutation>((t) => `${t}\nENTRYPOINT ["a", 1, null]`),
  fraction.map((f): Mutation => (t) => insert(t, f, '\u0000')),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r\n')),
  fraction.map((f): Mutation => (t) => insert(t, f, '\r')),
  fc.constant<Mutation>((t) => `\uFEFF${t}`),
  fc.constant<Mutation>((t) => `\uFEFF\uFEFF${t}`),
  fraction.map((f): Mutation => (t) => insert(t, f, '\n')),
  fc.tuple(fraction, fc.string({ unit: 'grapheme', maxLength: 20 })).map(([f, s]): Mutation => (t) => insert(t, f, s)),
  fc.tuple(fraction, fc.string({ unit: 'binary', maxLength: 8 })).map(([f, s]): Mutation => (t) => insert(t, f, s)),
  fc.tuple(fraction, fc.constantFrom('\u2028', '\u2029', '\u0085', '\f', '\v', '\t', '\u00a0', '\u202e')).map(([f, c]): Mutation => (t) => insert(t, f, c)),
  fc.constant<Mutation>((t) => t.split('\n').reverse().join('\n')),
  fc.tuple(fraction, fraction).map(([a, b]): Mutation => (t) => {
    const lines = t.split('\n')
    const i = Math.floor(a * lines.length)
    const j = Math.floor(b * lines.length)
    ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
    return lines.join('\n')
  })
)

export const HUGE_LINE_HEADS = ['RUN ', 'LABEL a=', 'ENV X=', 'COPY ', '# ', 'FROM ', 'RUN apt-get install ', 'RUN "', 'RUN ${'] as const
export const HUGE_LINE_UNITS = ['a', 'x ', '${', '$(', '"', 'apt-get install a && ', '\\\n'] as const

/** A line of about 100 kB: the size users meet with generated Dockerfiles. */
export function hugeLine(head: string, unit: string): string {
  return head + unit.repeat(Math.ceil(100_000 / unit.length))
}

const hugeLineMutation: fc.Arbitrary<Mutation> = fc.tuple(fraction, fc.constantFrom(...HUGE_LINE_HEADS), fc.constantFrom(...HUGE_LINE_UNITS)).map(
  ([f, head, unit]): Mutation => (t) => {
    const lines = t.split('\n')
    lines.splice(Math.floor(f * (lines.length + 1)), 0, hugeLine(head, unit))
    return lines.join('\n')
  }
)

/** Rarely a huge line (slow to lint by nature, so few of them), often small breakages. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof({ weight: 60, arbitrary: smallMutation }, { weight: 1, arbitrary: hugeLineMutation })

const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 })

export const brokenDockerfile: fc.Arbitrary<string> = fc.tuple(validDockerfile, mutations).map(([text, ms]) => ms.reduce((t, m) => m(t), text))

/** Valid files and broken ones, half and half. */
export const anyDockerfile: fc.Arbitrary<string> = fc.oneof(validDockerfile, brokenDockerfile)
