import { describe, expect, it } from 'vitest'
import { parseDockerfile } from '../../src/lint/parse.js'
import { dialectOf, shellcheckScripts } from '../../src/shellcheck/script.js'
import type { ScriptOptions } from '../../src/shellcheck/script.js'

const PROXIES = 'export FTP_PROXY=1\nexport HTTPS_PROXY=1\nexport HTTP_PROXY=1\nexport NO_PROXY=1\nexport ftp_proxy=1\nexport http_proxy=1\nexport https_proxy=1\nexport no_proxy=1\n'

function scripts(text: string, opts?: ScriptOptions) {
  const model = parseDockerfile(text)
  expect(model.problems).toEqual([])
  return shellcheckScripts(model, opts)
}

describe('shellcheckScripts', () => {
  it('gives each shell-form RUN a shebang, the proxy exports and its text, on its first line', () => {
    expect(scripts('FROM debian\nRUN echo $FOO \\\n  && make\n')).toEqual([
      { line: 2, shell: 'sh', script: `#!/bin/sh\n${PROXIES}echo $FOO   && make` }
    ])
  })

  it('exports every ARG and ENV seen so far in the stage, sorted, and resets at FROM', () => {
    const found = scripts('ARG GLOBAL=1\nFROM a\nARG VERSION\nRUN one\nENV B_HOME=/b A_DIR=/a\nRUN two\nFROM b\nRUN three\n')
    const exportsOf = (script: string) => script.split('\n').filter((l) => l.startsWith('export ') && !/proxy=/i.test(l))
    expect(found.map((s) => [s.line, exportsOf(s.script)])).toEqual([
      [4, ['export VERSION=1']],
      [6, ['export A_DIR=1', 'export B_HOME=1', 'export VERSION=1']],
      [8, []]
    ])
  })

  it('carries ARG and ENV names into a stage built FROM an earlier one', () => {
    const [, child] = scripts('FROM a AS base\nENV APP=/app\nRUN x\nFROM base\nRUN cd $APP\n')
    expect(child.script).toContain('export APP=1\n')
  })

  it('takes the shell from SHELL, writing a relative program through env', () => {
    const found = scripts('FROM a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nSHELL ["bash", "-c"]\nRUN c\nSHELL ["/bin/ash", "-c"]\nRUN d\n')
    expect(found.map((s) => [s.shell, s.script.split('\n')[0]])).toEqual([
      ['bash', '#!/bin/bash'],
      ['bash', '#!/usr/bin/env bash'],
      ['sh', '#!/bin/ash']
    ])
  })

  it('uses the shell pragma when no SHELL is in force, and SHELL over it', () => {
    const text = 'FROM a\nRUN one\nSHELL ["/bin/sh", "-c"]\nRUN two\n'
    expect(scripts(text, { shellPragma: '/bin/bash' }).map((s) => s.shell)).toEqual(['bash', 'sh'])
    expect(scripts(text, { shellPragma: (line) => (line === 2 ? 'pwsh' : undefined) }).map((s) => s.line)).toEqual([4])
  })

  it('skips the exec form, PowerShell and cmd stages, and shells ShellCheck cannot check', () => {
    expect(scripts('FROM a\nRUN ["sh", "-c", "echo $X"]\n')).toEqual([])
    expect(scripts('FROM a\nSHELL ["pwsh", "-Command"]\nRUN Write-Host $x\n')).toEqual([])
    expect(scripts('FROM a\nSHELL ["cmd", "/S", "/C"]\nRUN echo %x%\n')).toEqual([])
    expect(scripts('FROM a\nSHELL ["/bin/zsh", "-c"]\nRUN echo $x\n')).toEqual([])
    expect(scripts('FROM a\nRUN x\n', { shellPragma: 'powershell' })).toEqual([])
  })

  it('checks ONBUILD RUN on the ONBUILD line', () => {
    expect(scripts('FROM a\nONBUILD RUN echo $X\n')).toEqual([{ line: 2, shell: 'sh', script: `#!/bin/sh\n${PROXIES}echo $X` }])
  })

  it('hands heredocs over as hadolint reads them', () => {
    const body = (text: string) => scripts(text).map((s) => [s.shell, s.script.replace(PROXIES, '')])
    expect(body('FROM a\nRUN <<EOF\nset -e\necho $X\nEOF\n')).toEqual([['sh', '#!/bin/sh\nset -e\necho $X']])
    expect(body('FROM a\nRUN <<EOF\n#!/bin/bash\necho $X\nEOF\n')).toEqual([['bash', '#!/bin/bash\necho $X']])
    expect(body('FROM a\nRUN bash <<EOF\necho $X\nEOF\n')).toEqual([['bash', '#!/usr/bin/env bash\necho $X']])
    expect(body('FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n')).toEqual([])
    expect(body('FROM a\nRUN cat <<EOF > /x\n$X\nEOF\n')).toEqual([['sh', '#!/bin/sh\ncat <<EOF > /x\n$X\nEOF']])
  })

  it('checks nothing in a file that does not parse', () => {
    expect(shellcheckScripts(parseDockerfile('FROM a\nRUN <<EOF\nnever closed\n'))).toEqual([])
  })
})

describe('dialectOf', () => {
  it('maps interpreters to ShellCheck dialects', () => {
    expect(['/bin/sh', 'ash', '/bin/bash', 'dash', '/bin/mksh', 'zsh', 'python3'].map(dialectOf)).toEqual(['sh', 'sh', 'bash', 'dash', 'ksh', undefined, undefined])
  })
})
