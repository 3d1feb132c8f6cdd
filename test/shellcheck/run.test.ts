import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExecResult } from '../../src/exec.js'
import { withConfig } from '../../src/lint/config.js'
import { lintText, safeParse } from '../../src/lint/engine.js'
import { runShellcheck, shellcheckArgs, shellcheckDockerfile } from '../../src/shellcheck/index.js'
import type { RunWithInput } from '../../src/shellcheck/index.js'

// The real shellcheck (Debian's, installed here and in CI).
const sc = (text: string) => shellcheckDockerfile(safeParse(text))
const codesAt = (hits: Array<{ code: string; line: number }>) => hits.map((h) => `${h.line}:${h.code}`)

describe('shellcheckDockerfile with the real shellcheck', () => {
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

  it('goes through the engine: config and pragmas apply to SC codes', async () => {
    const text = 'FROM debian:12\n# hadolint ignore=SC2086\nRUN echo $FOO\nRUN echo $BAR\n'
    const { hits } = await sc(text)
    const codes = (config = withConfig({})) => lintText(text, 'Dockerfile', config, hits).filter((f) => f.code.startsWith('SC')).map((f) => `${f.line}:${f.code}:${f.level}`)
    expect(codes()).toEqual(['4:SC2086:info'])
    expect(codes(withConfig({ ignored: ['SC2086'] }))).toEqual([])
    expect(codes(withConfig({ override: { error: ['SC2086'], warning: [], info: [], style: [] } }))).toEqual(['4:SC2086:error'])
  })
})

describe('runShellcheck', () => {
  const script = { line: 3, shell: 'sh' as const, script: '#!/bin/sh\necho $X\n' }

  it('says ShellCheck was skipped when shellcheck is not on PATH, and does not fail', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-shellcheck-'))
    const result = await runShellcheck([script], { searchPath: empty })
    expect(result).toEqual({ unavailable: expect.stringMatching(/^shellcheck is not on PATH.*skipped/) })
    expect(await shellcheckDockerfile(safeParse('FROM a\nRUN echo $X\n'), { searchPath: empty })).toEqual({ hits: [], skipped: expect.stringContaining('not on PATH') })
  })

  it('looks for nothing when there is nothing to check', async () => {
    expect(await runShellcheck([], { searchPath: '' })).toEqual([])
  })

  it('feeds each script on stdin with hadolint exclusions, at most `concurrency` at a time, results in order', async () => {
    let running = 0
    let peak = 0
    const seen: Array<{ args: readonly string[]; input: string }> = []
    const run: RunWithInput = async (_program, args, input) => {
      seen.push({ args, input })
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setImmediate(r))
      running--
      const code = Number(input.slice(-4))
      return { exitCode: 1, stdout: JSON.stringify({ comments: [{ code, level: 'warning', message: `m${code}` }] }), stderr: '' }
    }
    const scripts = Array.from({ length: 9 }, (_, i) => ({ line: i + 1, shell: 'bash' as const, script: `x ${2000 + i}` }))
    const hits = await runShellcheck(scripts, { run, concurrency: 3 })
    expect(peak).toBe(3)
    expect(seen[0]).toEqual({ args: ['--format=json1', '--shell=bash', '--exclude=SC2187,SC1090,SC1091', '--norc', '-'], input: 'x 2000' })
    expect(Array.isArray(hits) && hits.map((h) => `${h.line}:${h.code}`)).toEqual(scripts.map((s, i) => `${s.line}:SC${2000 + i}`))
  })

  it('reports a shellcheck that fails or prints something else as unavailable', async () => {
    const fake = (result: ExecResult): RunWithInput => async () => result
    expect(await runShellcheck([script], { run: fake({ exitCode: 3, stdout: '', stderr: 'unrecognized option `--norc\'\n' }) }))
      .toEqual({ unavailable: "shellcheck failed (exit code 3: unrecognized option `--norc'), so the ShellCheck (SC) checks of RUN scripts were skipped" })
    expect(await runShellcheck([script], { run: fake({ exitCode: -1, stdout: '', stderr: '', startError: 'could not run shellcheck: EACCES' }) }))
      .toEqual({ unavailable: expect.stringContaining('EACCES') })
    expect(await runShellcheck([script], { run: fake({ exitCode: 1, stdout: 'In - line 2:', stderr: '' }) }))
      .toEqual({ unavailable: expect.stringContaining('cannot read') })
  })

  it('builds the argv for each dialect', () => {
    expect(shellcheckArgs('dash')).toContain('--shell=dash')
  })
})
