import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExecResult } from '../../src/exec.js'
import { withConfig } from '../../src/lint/config.js'
import { lintModel, lintRules, lintText, safeParse, sortFindings } from '../../src/lint/engine.js'
import { rules } from '../../src/lint/rules/index.js'
import { findShellcheck, runShellcheck, shellcheckArgs, shellcheckDockerfile, shellcheckDockerfiles } from '../../src/shellcheck/index.js'
import type { RunShellcheck, ScriptFindings, ShellcheckResults } from '../../src/shellcheck/index.js'
import { needs, shellcheckOnPath } from '../helpers/optional-tools.js'

// The real shellcheck (Debian's, installed here and in CI).
const shellcheck = await shellcheckOnPath()
const sc = (text: string) => shellcheckDockerfile(safeParse(text))
const codesAt = (hits: Array<{ code: string; line: number }>) => hits.map((h) => `${h.line}:${h.code}`)

describe('shellcheckDockerfile with the real shellcheck', needs('ShellCheck', shellcheck), () => {
  it('reports SC2086 on the RUN line, once, and nothing for exported ARG/ENV or proxy names', async () => {
    const { hits, skipped } = await sc('FROM debian:12\nARG VERSION\nENV HOME_DIR=/x\nRUN echo $FOO $FOO \\\n  && echo "$VERSION" "$HOME_DIR" "$http_proxy"\n')
    expect(skipped).toBeUndefined()
    expect(hits).toEqual([{ code: 'SC2086', level: 'info', line: 4, message: 'Double quote to prevent globbing and word splitting.', docsUrl: 'https://www.shellcheck.net/wiki/SC2086' }])
  })

  it('checks nothing in exec-form RUNs and in PowerShell stages', async () => {
    expect(await sc('FROM a\nRUN ["sh", "-c", "echo $FOO"]\n')).toEqual({ hits: [] })
    expect(await sc('FROM a\nSHELL ["pwsh", "-Command"]\nRUN echo $FOO\n')).toEqual({ hits: [] })
    expect(await sc('# hadolint shell=powershell\nFROM a\nRUN echo $FOO\n')).toEqual({ hits: [] })
  })

  it('checks with the SHELL dialect, the heredoc body and ONBUILD RUN', async () => {
    // `[[` is fine in bash but not in sh (SC3010).
    expect(codesAt((await sc('FROM a\nSHELL ["/bin/bash", "-c"]\nRUN [[ -f x ]] && echo ok\n')).hits)).toEqual([])
    expect(codesAt((await sc('FROM a\nRUN [[ -f x ]] && echo ok\n')).hits)).toEqual(['2:SC3010'])
    expect(codesAt((await sc('FROM a\nRUN <<EOF\ncd /x\necho $FOO\nEOF\n')).hits)).toEqual(['2:SC2164', '2:SC2086'])
    expect(codesAt((await sc('FROM a\nRUN cat <<EOF > /x\n$FOO\nEOF\n')).hits)).toEqual([])
    expect(codesAt((await sc('FROM a\nONBUILD RUN echo $FOO\n')).hits)).toEqual(['2:SC2086'])
  })

  it('checks every RUN of a file in one go and puts each finding on its own RUN, in each file', async () => {
    const text = 'FROM a\nRUN echo $A\nSHELL ["/bin/bash", "-c"]\nRUN cd /x\nRUN [[ -f x ]] && echo $B\n'
    expect(codesAt((await sc(text)).hits)).toEqual(['2:SC2086', '4:SC2164', '5:SC2086'])
    const found = await shellcheckDockerfiles([safeParse(text), safeParse('FROM a\nCMD ["x"]\n'), safeParse('FROM b\n\nRUN cd /y\n')])
    expect(found.map((f) => f.skipped)).toEqual([undefined, undefined, undefined])
    expect(found.map((f) => codesAt(f.hits))).toEqual([['2:SC2086', '4:SC2164', '5:SC2086'], [], ['3:SC2164']])
  })

  it('skips a file whose scripts would take ShellCheck minutes, saying so, and still checks the others', async () => {
    const runs = Array.from({ length: 3000 }, (_, i) => `RUN echo ${'x'.repeat(100)} $FOO${i}\n`).join('')
    const [huge, small] = await shellcheckDockerfiles([safeParse(`FROM a\n${runs}`), safeParse('FROM a\nRUN echo $FOO\n')])
    expect(huge).toEqual({ hits: [], tooLarge: expect.stringMatching(/^ShellCheck \(SC\) checks were skipped for this Dockerfile: its RUN scripts hold 0\.\d\d MB of shell, more than the 0\.25 MB ShellCheck is given per Dockerfile/) })
    expect(codesAt(small.hits)).toEqual(['2:SC2086'])
  })

  it('goes through the engine: config and pragmas apply to SC codes', async () => {
    const text = 'FROM debian:12\n# hadolint ignore=SC2086\nRUN echo $FOO\nRUN echo $BAR\n'
    const { hits } = await sc(text)
    const codes = (config = withConfig({})) => lintText(text, 'Dockerfile', config, hits).filter((f) => f.code.startsWith('SC')).map((f) => `${f.line}:${f.code}:${f.level}`)
    expect(codes()).toEqual(['4:SC2086:info'])
    expect(codes(withConfig({ ignored: ['SC2086'] }))).toEqual([])
    expect(codes(withConfig({ override: { error: ['SC2086'], warning: [], info: [], style: [] } }))).toEqual(['4:SC2086:error'])
  })

  it('gives the same findings when the rules run first and ShellCheck\'s hits are merged after (as the CLI lints)', async () => {
    // The last one's variables expand past the engine's limit: a DL1000 alone, though ShellCheck finds SC2086.
    const chain = Array.from({ length: 7 }, (_, i) => `ARG A${i + 1}=$A${i}$A${i}$A${i}\n`).join('')
    const texts = ['FROM debian:12\n# hadolint ignore=SC2086\nRUN echo $FOO\nRUN cd /x && echo $BAR\nUSER root\n', 'FROM a\nRUN echo $((1 +\n', `FROM a\nARG A0=${'x'.repeat(100)}\n${chain}RUN echo $X $A7\n`]
    for (const config of [withConfig({}), withConfig({ ignored: ['SC2164'], override: { error: ['SC2086'], warning: [], info: [], style: [] } })]) {
      for (const text of texts) {
        const model = safeParse(text)
        const { hits } = await shellcheckDockerfile(model)
        expect(hits).not.toEqual([])
        const linted = lintRules(rules, model, 'Dockerfile', config)
        const rulesOnly = [...linted.findings]
        const merged = linted.withExternal(hits)
        // The rules' findings as they were (and left as they were), ShellCheck's that pass the filter among them in order.
        expect(linted.findings).toEqual(rulesOnly)
        expect(merged.filter((f) => !f.code.startsWith('SC'))).toEqual(rulesOnly)
        expect(merged).toEqual(sortFindings([...merged]))
        expect(merged).toEqual(lintModel(rules, model, 'Dockerfile', config, hits))
      }
    }
  })
})

describe('runShellcheck', () => {
  const script = { line: 3, shell: 'sh' as const, script: '#!/bin/sh\necho $X\n' }

  it('says ShellCheck was skipped when shellcheck is not on PATH, and does not fail', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-shellcheck-'))
    expect(await findShellcheck(empty)).toBeUndefined()
    expect(await shellcheckDockerfile(safeParse('FROM a\nRUN echo $X\n'), { searchPath: empty })).toEqual({ hits: [], skipped: expect.stringMatching(/^shellcheck is not on PATH.*skipped/) })
  })

  it('says nothing when there is nothing to check', async () => {
    expect(await shellcheckDockerfile(safeParse('FROM a\nCMD ["x"]\n'), { searchPath: '' })).toEqual({ hits: [] })
  })

  // A fake shellcheck that reports, for each file it is given, the code written at the end of the file.
  const fakeShellcheck = (calls: Array<{ args: readonly string[]; cwd: string }>): RunShellcheck => async (_program, args, cwd) => {
    calls.push({ args, cwd })
    await new Promise((r) => setImmediate(r))
    const comments = args.filter((a) => !a.startsWith('--')).map((file) => ({ file, code: Number(readFileSync(join(cwd, file), 'utf8').slice(-4)), level: 'warning', message: 'm' }))
    return { exitCode: 1, stdout: JSON.stringify({ comments }), stderr: '' }
  }

  it('checks the scripts of a dialect in one process, each from a file of its own, and puts each finding on its line', async () => {
    const calls: Array<{ args: readonly string[]; cwd: string }> = []
    const scripts = Array.from({ length: 5 }, (_, i) => ({ line: 10 + i, shell: i % 2 === 0 ? ('sh' as const) : ('bash' as const), script: `x ${2000 + i}` }))
    const hits = await runShellcheck('shellcheck', scripts, { run: fakeShellcheck(calls) })
    // The two processes run side by side, so either may start first.
    expect(calls.map((c) => c.args).sort((a, b) => a[1].localeCompare(b[1]))).toEqual([
      ['--format=json1', '--shell=bash', '--exclude=SC2187,SC1090,SC1091', '--norc', '1', '3'],
      ['--format=json1', '--shell=sh', '--exclude=SC2187,SC1090,SC1091', '--norc', '0', '2', '4']
    ])
    expect(Array.isArray(hits) && hits.map((own) => own.map((h) => `${h.line}:${h.code}:${h.level}:${h.message}`))).toEqual(
      scripts.map((s, i) => [`${s.line}:SC${2000 + i}:warning:m`])
    )
    // The scripts' folder is gone once they are checked.
    expect(existsSync(calls[0].cwd)).toBe(false)
  })

  it('checks a script that several RUNs share once, and puts its findings on each RUN', async () => {
    const calls: Array<{ args: readonly string[]; cwd: string }> = []
    const scripts = [1, 2, 3].map((line) => ({ line, shell: 'sh' as const, script: `x ${line === 2 ? 2002 : 2001}` }))
    const hits = await runShellcheck('shellcheck', scripts, { run: fakeShellcheck(calls) })
    expect(calls.map((c) => c.args.slice(4))).toEqual([['0', '1']])
    expect(Array.isArray(hits) && hits.map((own) => own.map((h) => `${h.line}:${h.code}`))).toEqual([['1:SC2001'], ['2:SC2002'], ['3:SC2001']])
  })

  it('checks only the scripts its kept results lack, and keeps what it checked', async () => {
    const calls: Array<{ args: readonly string[]; cwd: string }> = []
    const kept = new Map<string, ScriptFindings>([['sh\nx 2001', [{ code: 'SC2001', level: 'info', message: 'kept' }]]])
    const stored: string[] = []
    const results: ShellcheckResults = {
      lookup: (program, shell, script) => (program === 'shellcheck' ? kept.get(`${shell}\n${script}`) : undefined),
      store: (program, shell, script, findings) => {
        stored.push(`${program} ${shell} ${script}: ${findings.map((f) => f.code).join()}`)
        kept.set(`${shell}\n${script}`, findings)
      }
    }
    const scripts = [1, 2, 3].map((line) => ({ line, shell: 'sh' as const, script: `x ${2000 + line}` }))
    const hits = await runShellcheck('shellcheck', scripts, { run: fakeShellcheck(calls), results })
    // Scripts 2 and 3 only, as files 0 and 1.
    expect(calls.map((c) => c.args.slice(4))).toEqual([['0', '1']])
    expect(Array.isArray(hits) && hits.map((own) => own.map((h) => `${h.line}:${h.code}:${h.message}`))).toEqual([['1:SC2001:kept'], ['2:SC2002:m'], ['3:SC2003:m']])
    expect(stored).toEqual(['shellcheck sh x 2002: SC2002', 'shellcheck sh x 2003: SC2003'])
    // Then all of them are known: no process at all, the same findings.
    calls.length = 0
    expect(await runShellcheck('shellcheck', scripts, { run: fakeShellcheck(calls), results })).toEqual(hits)
    expect(calls).toEqual([])
  })

  it('keeps nothing from a shellcheck that failed', async () => {
    const stored: string[] = []
    const results: ShellcheckResults = { lookup: () => undefined, store: (_p, _s, script) => stored.push(script) }
    const failed: RunShellcheck = async () => ({ exitCode: 3, stdout: '', stderr: 'no\n' })
    expect(await runShellcheck('shellcheck', [{ line: 1, shell: 'sh', script: 'x' }], { run: failed, results })).toEqual({
      unavailable: 'shellcheck failed (exit code 3: no), so the ShellCheck (SC) checks of RUN scripts were skipped'
    })
    expect(stored).toEqual([])
  })

  it('shares hundreds of scripts among `concurrency` processes', async () => {
    const calls: Array<{ args: readonly string[]; cwd: string }> = []
    const scripts = Array.from({ length: 700 }, (_, i) => ({ line: i + 1, shell: 'sh' as const, script: `x ${1000 + i}` }))
    const hits = await runShellcheck('shellcheck', scripts, { run: fakeShellcheck(calls), concurrency: 3 })
    expect(calls.map((c) => c.args.length - 4).sort()).toEqual([232, 234, 234])
    expect(Array.isArray(hits) && hits.every((own, i) => own.length === 1 && own[0].line === i + 1)).toBe(true)
  })

  it('reports a shellcheck that fails or prints something else as unavailable', async () => {
    const fake = (result: ExecResult): RunShellcheck => async () => result
    expect(await runShellcheck('shellcheck', [script], { run: fake({ exitCode: 3, stdout: '', stderr: 'unrecognized option `--norc\'\n' }) }))
      .toEqual({ unavailable: "shellcheck failed (exit code 3: unrecognized option `--norc'), so the ShellCheck (SC) checks of RUN scripts were skipped" })
    expect(await runShellcheck('shellcheck', [script], { run: fake({ exitCode: -1, stdout: '', stderr: '', startError: 'could not run shellcheck: EACCES' }) }))
      .toEqual({ unavailable: expect.stringContaining('EACCES') })
    expect(await runShellcheck('shellcheck', [script], { run: fake({ exitCode: 1, stdout: 'In - line 2:', stderr: '' }) }))
      .toEqual({ unavailable: expect.stringContaining('cannot read') })
    expect(await runShellcheck('shellcheck', [script], { run: fake({ exitCode: 1, stdout: '{"comments":[{"file":"7","code":1,"message":"m"}]}', stderr: '' }) }))
      .toEqual({ unavailable: expect.stringContaining('a file that was not checked') })
  })

  it('reports a folder it cannot write the scripts to as unavailable', async () => {
    expect(await runShellcheck('shellcheck', [script], { tempDir: join(tmpdir(), 'no-such-folder-for-cg') })).toEqual({ unavailable: expect.stringMatching(/^the scripts could not be written for shellcheck \(not found\)/) })
  })

  it('builds the argv for each dialect', () => {
    expect(shellcheckArgs('dash', ['0'])).toContain('--shell=dash')
  })
})
