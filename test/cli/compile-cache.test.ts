import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { cliCacheDir } from '../../src/cli/cache-dir.js'
import { loadBundle } from '../../src/cli/compile-cache.js'
import { SHORT_LINT } from '../../src/cli/v8-settings.js'
import { withConfig } from '../../src/lint/config.js'
import { lintText } from '../../src/lint/engine.js'
import { ACTION_NODE } from '../helpers/action-runtime.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('the CLI\'s cache folder', () => {
  it('is under $XDG_CACHE_HOME when it is an absolute path, else under the OS temp in a folder of the user\'s own', () => {
    expect(cliCacheDir({ XDG_CACHE_HOME: '/home/me/.cache' }, '/tmp', 1000)).toBe('/home/me/.cache/container-gate')
    expect(cliCacheDir({}, '/tmp', 1000)).toBe('/tmp/container-gate-cache-1000')
    // The XDG spec: a relative path is invalid and to be ignored.
    expect(cliCacheDir({ XDG_CACHE_HOME: 'cache' }, '/var/tmp', 0)).toBe('/var/tmp/container-gate-cache-0')
    expect(cliCacheDir({ XDG_CACHE_HOME: '' }, '/tmp', undefined)).toBe('/tmp/container-gate-cache')
  })
})

describe('loadBundle', () => {
  it('runs a CommonJS file as require would: its exports, its own folder for require, __filename and __dirname', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-bundle-'))
    writeFileSync(join(dir, 'helper.cjs'), 'module.exports = 41\n')
    writeFileSync(join(dir, 'bundle.cjs'), 'const helper = require("./helper.cjs")\nexports.answer = helper + 1\nmodule.exports.where = [__filename, __dirname]\n')
    expect(loadBundle(join(dir, 'bundle.cjs'))).toEqual({ answer: 42, where: [join(dir, 'bundle.cjs'), dir] })
  })
})

describe('the code the CLI keeps for its lint bundle (dist/)', () => {
  const lint = (cache: string, args = ['lint', '--no-fail', 'test/fixtures/dockerfiles/node-single-stage.Dockerfile'], node = process.execPath) => {
    const run = spawnSync(node, [join(root, 'dist/cli.cjs'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache } })
    return { status: run.status, stdout: run.stdout, stderr: run.stderr }
  }
  const codeFile = (cache: string) => {
    const dir = join(cache, 'container-gate/compile-cache')
    const names = readdirSync(dir).filter((f) => f.startsWith('cli-lint.cjs-') && f.endsWith('.code'))
    expect(names).toHaveLength(1)
    return join(dir, names[0]!)
  }

  // Over enough files that the lint changes V8's settings for a while (v8-settings.ts: the optimizing compilers, the
  // young generation's growth), on the action's Node too: code saved under other flags than the next run starts with
  // would be refused, and saved again, by every run.
  it.each([
    ['the Node running the tests', process.execPath],
    ['the action\'s Node', ACTION_NODE]
  ])('is saved by the first run, kept while V8 takes it, and saved again over a file it refuses (%s)', (_, node) => {
    const cache = mkdtempSync(join(tmpdir(), 'cg-code-'))
    const args = ['lint', '--no-fail', ...Array<string>(SHORT_LINT.fewest).fill('test/fixtures/dockerfiles/node-single-stage.Dockerfile')]
    const first = lint(cache, args, node)
    expect(first.status).toBe(0)
    const { size, mtimeMs } = statSync(join(root, 'dist/cli-lint.cjs'))
    const saved = readFileSync(codeFile(cache))
    const key = saved.toString('latin1', 0, saved.indexOf(10) + 1)
    expect(key.trimEnd()).toBe(`${size} ${mtimeMs}`)
    // The code starts 8-byte aligned in the file (and so in the buffer it is read into), as V8 reads it without a copy.
    expect(key.length % 8).toBe(0)
    expect(lint(cache, args, node)).toEqual(first)
    expect(readFileSync(codeFile(cache))).toEqual(saved)
    // The same build's key over code V8 cannot use: the run is the same, and the file is saved anew.
    writeFileSync(codeFile(cache), `${key}not code`)
    expect(lint(cache, args, node)).toEqual(first)
    expect(readFileSync(codeFile(cache)).length).toBeGreaterThan(saved.length / 2)
  })

  it('is neither read nor saved in a folder other users can write to (their code would run as this user)', () => {
    const cache = mkdtempSync(join(tmpdir(), 'cg-code-'))
    const dir = join(cache, 'container-gate/compile-cache')
    mkdirSync(dir, { recursive: true })
    chmodSync(dir, 0o777)
    const run = lint(cache)
    expect(run.status).toBe(0)
    expect(readdirSync(dir)).toEqual([])
    // The same run in a folder of its own saves its code: the test above is not passing for another reason.
    chmodSync(dir, 0o700)
    expect(lint(cache)).toEqual(run)
    expect(readdirSync(dir).some((f) => f.endsWith('.code'))).toBe(true)
  })

  it('is not used at all when the CLI\'s cache folder itself is one other users can write to', () => {
    const cache = mkdtempSync(join(tmpdir(), 'cg-code-'))
    mkdirSync(join(cache, 'container-gate'))
    chmodSync(join(cache, 'container-gate'), 0o777)
    const run = lint(cache)
    expect(run.status).toBe(0)
    expect(readdirSync(join(cache, 'container-gate'))).toEqual([])
    // Made the user's own, the same folder takes both caches: the test above is not passing for another reason.
    chmodSync(join(cache, 'container-gate'), 0o700)
    expect(lint(cache)).toEqual(run)
    expect(readdirSync(join(cache, 'container-gate')).sort()).toEqual(['compile-cache', 'shellcheck'])
  })

  // Node's own recursive mkdir never returns there (see makeFolder): in a child with a time limit, a hang fails the test.
  it('is left unkept when the cache folder cannot be made, as under /proc, and the lint runs as without one', () => {
    const run = spawnSync(process.execPath, [join(root, 'dist/cli.cjs'), 'lint', '--no-fail', '--format', 'json', 'test/fixtures/dockerfiles/node-single-stage.Dockerfile'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: '/proc/container-gate-test' },
      timeout: 20_000
    })
    expect(run.signal).toBeNull()
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(lint(mkdtempSync(join(tmpdir(), 'cg-code-')), ['lint', '--no-fail', '--format', 'json', 'test/fixtures/dockerfiles/node-single-stage.Dockerfile']).stdout))
  })

  it('is not saved by a run that ends in a usage error', () => {
    const cache = mkdtempSync(join(tmpdir(), 'cg-code-'))
    expect(lint(cache, ['lint', '--no-such-option', 'Dockerfile']).status).toBe(2)
    expect(readdirSync(join(cache, 'container-gate/compile-cache')).filter((f) => f.endsWith('.code'))).toEqual([])
  })
})

describe('dockerfile-ast, in a bundle of its own (dist/cli-ast.cjs)', () => {
  const lint = (cache: string, files: string[], jobs = '1') => {
    // Rules only (no shellcheck on PATH), to compare with the engine run here.
    const env = { ...process.env, XDG_CACHE_HOME: cache, PATH: dirname(process.execPath) }
    const run = spawnSync(process.execPath, [join(root, 'dist/cli.cjs'), 'lint', '--no-fail', '--format', 'json', '--jobs', jobs, ...files], { cwd: root, encoding: 'utf8', env })
    expect(run.stderr.replace(/^container-gate lint: shellcheck is not on PATH.*\n/m, '')).toBe('')
    expect(run.status).toBe(0)
    return run.stdout
  }
  const astCode = (cache: string) => readdirSync(join(cache, 'container-gate/compile-cache')).filter((f) => f.startsWith('cli-ast.cjs-'))

  it('is not in the lint bundle, and loads only for a file the lines alone do not tell, on a worker thread too', () => {
    expect(readFileSync(join(root, 'dist/cli-lint.cjs'), 'utf8')).not.toContain('node_modules/dockerfile-ast/')
    const cache = mkdtempSync(join(tmpdir(), 'cg-ast-'))
    lint(cache, ['test/fixtures/dockerfiles/node-single-stage.Dockerfile'])
    expect(astCode(cache)).toEqual([])
    // A heredoc on a line with a quote, and ENV over several lines with a single quote: both read through dockerfile-ast.
    const dir = mkdtempSync(join(tmpdir(), 'cg-ast-files-'))
    const files = [join(dir, 'heredoc.Dockerfile'), join(dir, 'env.Dockerfile')]
    const texts = ['FROM alpine:3.19\nRUN --mount=type=secret,id="tok" <<EOF\napt-get install -y curl\nEOF\n', "FROM alpine:3.19\nENV A='1 2' \\\n    B=$A\nLABEL x=$NOPE\n"]
    texts.forEach((text, i) => writeFileSync(files[i], text))
    const output = lint(cache, files)
    expect(astCode(cache)).toHaveLength(1)
    const engine = files.flatMap((file, i) => lintText(texts[i], file, withConfig({}))).map(({ code, column, file, level, line, message }) => ({ code, column, file, level, line, message }))
    expect(engine.map((f) => f.code)).toEqual(expect.arrayContaining(['DL3008', 'UndefinedVar']))
    expect(JSON.parse(output)).toEqual(engine)
    // On two threads: a first file long enough to keep this thread busy while the worker starts and takes the rest (a
    // test cannot make it take any, but here it takes most).
    const long = join(dir, 'long.Dockerfile')
    writeFileSync(long, `FROM alpine:3.19\n${'RUN echo 1 && ls /tmp\n'.repeat(4000)}`)
    const many = [long, ...Array.from({ length: 150 }, (_, i) => files[i % 2])]
    expect(lint(mkdtempSync(join(tmpdir(), 'cg-ast-')), many, '2')).toBe(lint(cache, many))
  })
})
