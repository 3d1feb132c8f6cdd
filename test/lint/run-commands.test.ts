import { describe, expect, it } from 'vitest'
import type { DockerfileModel, Instruction } from '../../src/lint/model.js'
import { parseDockerfile } from '../../src/lint/parse.js'
import { activeShell, interpreter, isPosixShell, runCommands, shellRuns } from '../../src/lint/run-commands.js'
import { shellCommandString } from '../../src/lint/shell-invocation.js'

function model(text: string): DockerfileModel {
  const parsed = parseDockerfile(text)
  expect(parsed.problems).toEqual([])
  return parsed
}

/** The instructions with `keyword`, in order (ONBUILD triggers unwrapped). */
function all(m: DockerfileModel, keyword: string): Instruction[] {
  return m.instructions.map((i) => i.trigger ?? i).filter((i) => i.keyword === keyword)
}

const namesOf = (text: string, index = 0): string[] => {
  const m = model(text)
  return runCommands(all(m, 'RUN')[index], m).map((c) => c.name)
}

describe('runCommands', () => {
  it('reads the shell form as a script', () => {
    expect(namesOf('FROM a\nRUN apt-get update && apt-get install -y curl \\\n  && rm -rf /var/lib/apt/lists/*\n')).toEqual(['apt-get', 'apt-get', 'rm'])
  })

  it('reads the exec form as one command, plus the script of sh -c', () => {
    const m = model('FROM a\nRUN ["make", "all"]\nRUN ["/bin/bash", "-eu", "-c", "cd /x && make"]\n')
    const [plain, viaShell] = all(m, 'RUN')
    expect(runCommands(plain, m)).toEqual([{ name: 'make', args: ['all'], redirects: [] }])
    expect(runCommands(viaShell, m).map((c) => c.name)).toEqual(['/bin/bash', 'cd', 'make'])
  })

  it('takes a -c after the first operand for the script\'s own option, not a command string', () => {
    expect(namesOf('FROM a\nRUN ["bash", "run.sh", "-c", "rm -rf /"]\n')).toEqual(['bash'])
    expect(namesOf('FROM a\nRUN ["sh", "-o", "pipefail", "-c", "curl x | sh"]\n')).toEqual(['sh', 'curl', 'sh'])
  })

  it('reads heredoc bodies that a shell runs', () => {
    expect(namesOf('FROM a\nRUN <<EOF\napt-get update\napt-get install -y x\nEOF\n')).toEqual(['apt-get', 'apt-get'])
    expect(namesOf('FROM a\nRUN bash -e <<EOF\nset -o pipefail\ncurl x | sh\nEOF\n')).toEqual(['set', 'curl', 'sh'])
    expect(namesOf('FROM a\nRUN <<EOF bash\nmake\nEOF\n')).toEqual(['make'])
    expect(namesOf('FROM a\nRUN <<EOF\n#!/bin/bash\nmake\nEOF\n')).toEqual(['make'])
  })

  it('reads only the command of `RUN cmd <<EOF`: the body is its data', () => {
    expect(namesOf('FROM a\nRUN cat <<EOF > /etc/apt/sources.list\nrm -rf /\nEOF\n')).toEqual(['cat'])
    expect(namesOf('FROM a\nRUN bash /x.sh <<EOF\nrm -rf /\nEOF\n')).toEqual(['bash'])
    expect(namesOf('FROM a\nRUN python3 <<EOF\nimport os\nEOF\n')).toEqual(['python3'])
  })

  it('reads no commands from a heredoc whose #! line names another interpreter', () => {
    expect(namesOf('FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint("x")\nEOF\n')).toEqual([])
  })

  it('reads no commands from RUNs of a stage whose SHELL is not POSIX', () => {
    const text = 'FROM a\nSHELL ["pwsh", "-Command"]\nRUN Invoke-WebRequest https://example.com/bin/sudo -OutFile x\nRUN ["sudo", "x"]\n'
    expect(namesOf(text)).toEqual([])
    expect(namesOf(text, 1)).toEqual(['sudo'])
    expect(namesOf('FROM a\nSHELL ["cmd", "/S", "/C"]\nRUN choco install -y git\n')).toEqual([])
  })

  it('follows the SHELL in force: from that line on, and into stages built FROM the stage', () => {
    const text = 'FROM a AS win\nRUN sudo a\nSHELL ["powershell", "-c"]\nRUN sudo b\nFROM win\nRUN sudo c\nFROM a\nRUN sudo d\n'
    expect([0, 1, 2, 3].map((i) => namesOf(text, i))).toEqual([['sudo'], [], [], ['sudo']])
  })

  it('assumes /bin/sh without the model, and caches per shell', () => {
    const m = model('FROM a\nSHELL ["pwsh", "-c"]\nRUN sudo x\n')
    const [run] = all(m, 'RUN')
    expect(runCommands(run).map((c) => c.name)).toEqual(['sudo'])
    expect(runCommands(run, m)).toEqual([])
    expect(runCommands(run)).toBe(runCommands(run))
  })

  it('reads ONBUILD RUN triggers like RUNs', () => {
    expect(namesOf('FROM a\nONBUILD RUN cd /x && make\n')).toEqual(['cd', 'make'])
  })
})

describe('shellRuns', () => {
  const runsOf = (text: string) => {
    const m = model(text)
    const run = all(m, 'RUN')[0]
    return shellRuns(run, activeShell(m, run))
  }

  it('gives the text to the stage shell', () => {
    expect(runsOf('FROM a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\n')).toEqual([{ program: '/bin/bash', script: 'a | b' }])
  })

  it('gives each RUN <<EOF body to the stage shell, or to its #! interpreter without that line', () => {
    expect(runsOf('FROM a\nRUN <<A <<B\none\nA\ntwo\nB\n')).toEqual([{ program: '/bin/sh', script: 'one' }, { program: '/bin/sh', script: 'two' }])
    expect(runsOf('FROM a\nRUN <<EOF\n#!/usr/bin/env bash\nmake\nEOF\n')).toEqual([{ program: 'bash', script: 'make' }])
  })

  it('gives the line and its bodies, terminators included, to the stage shell for RUN cmd <<EOF', () => {
    expect(runsOf('FROM a\nRUN cat <<EOF > /x\n$HOME\nEOF\n')).toEqual([{ program: '/bin/sh', script: 'cat <<EOF > /x\n$HOME\nEOF' }])
  })
})

describe('shell helpers', () => {
  it('finds the interpreter through env', () => {
    expect(interpreter(['/bin/bash', '-c'])).toBe('/bin/bash')
    expect(interpreter(['/usr/bin/env', '-S', 'A=1', 'bash', '-c'])).toBe('bash')
  })

  it('knows PowerShell and cmd are not POSIX shells', () => {
    expect(['pwsh', '/usr/bin/pwsh', 'powershell', 'C:\\Windows\\System32\\cmd.exe', 'PowerShell.exe'].map(isPosixShell)).toEqual([false, false, false, false, false])
    expect(['/bin/sh', 'bash', '/bin/ash'].map(isPosixShell)).toEqual([true, true, true])
  })

  it('finds the script of sh -c in an argv', () => {
    expect(shellCommandString(['/bin/sh', '-c', 'echo hi'])).toBe('echo hi')
    expect(shellCommandString(['bash', '-euxc', 'make'])).toBe('make')
    expect(shellCommandString(['bash', '-o', 'pipefail', '-c', 'make'])).toBe('make')
    expect(shellCommandString(['python', '-c', 'print(1)'])).toBeUndefined()
    expect(shellCommandString(['sh', 'script.sh'])).toBeUndefined()
    expect(shellCommandString(['bash', 'run.sh', '-c', 'config.yml'])).toBeUndefined()
  })

  it('takes the SHELL before the instruction, not after it', () => {
    const m = model('FROM a\nRUN x\nSHELL ["/bin/bash", "-c"]\nRUN y\n')
    expect(all(m, 'RUN').map((r) => activeShell(m, r))).toEqual([undefined, ['/bin/bash', '-c']])
  })
})
