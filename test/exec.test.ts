import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Exec, runLocal } from '../src/exec.js'
import { isGone, isRunning } from './helpers/processes.js'

/** The pids a shell script printed on its first line of output. */
function pids(stdout: string): number[] {
  return stdout.split('\n')[0].split(' ').map(Number)
}

describe('Exec.run', () => {
  it('returns the exit code and both outputs, and gives every line to onLine, the last one too', async () => {
    const lines: string[] = []
    const result = await Exec.run('sh', ['-c', 'echo out; echo err >&2; printf "no newline"; exit 3'], { onLine: (l) => lines.push(l) })
    expect(result).toEqual({ exitCode: 3, stdout: 'out\nno newline', stderr: 'err\n' })
    expect(lines.sort()).toEqual(['err', 'no newline', 'out'])
  })

  it('writes the input to stdin', async () => {
    expect((await Exec.run('cat', [], { input: 'a script' })).stdout).toBe('a script')
  })

  it('says why a program could not be started', async () => {
    expect(await Exec.run('no-such-program-here', [])).toMatchObject({ exitCode: -1, startError: 'no-such-program-here is not on PATH' })
    const missing = path.join('/nonexistent', 'tool')
    expect((await Exec.run(missing, [])).startError).toMatch(/^could not run \/nonexistent\/tool: /)
  })

  it('leaves a program that finishes within its timeout alone', async () => {
    expect(await Exec.run('sh', ['-c', 'echo done'], { timeoutMs: 60_000 })).toEqual({ exitCode: 0, stdout: 'done\n', stderr: '' })
  })

  it('kills a program still running at its timeout, and the processes it started', async () => {
    const result = await Exec.run('sh', ['-c', 'sleep 60 & echo $$ $!; sleep 60'], { timeoutMs: 300 })
    expect(result).toMatchObject({ timedOut: true, exitCode: 128 + 15 })
    const [shell, child] = pids(result.stdout)
    expect(await isGone(shell)).toBe(true)
    expect(await isGone(child)).toBe(true)
  })

  it('kills a program that ignores SIGTERM once the grace is up', async () => {
    // An ignored signal stays ignored across exec: neither the shell nor its sleep ends on SIGTERM.
    const result = await Exec.run('sh', ['-c', 'trap "" TERM; sleep 60 & echo $$ $!; sleep 60'], { timeoutMs: 300, killGraceMs: 300 })
    expect(result).toMatchObject({ timedOut: true, exitCode: 128 + 9 })
    const [shell, child] = pids(result.stdout)
    expect(isRunning(shell)).toBe(false)
    expect(await isGone(child)).toBe(true)
  })
})

describe('runLocal', () => {
  it('returns the exit code and both outputs, or the signal as 128 + n, and says why a program could not start', async () => {
    expect(await runLocal('/bin/sh', ['-c', 'echo out; echo err >&2; printf é; exit 3'])).toEqual({ exitCode: 3, stdout: 'out\né', stderr: 'err\n' })
    expect(await runLocal('/bin/sh', ['-c', 'pwd'], { cwd: '/' })).toEqual({ exitCode: 0, stdout: '/\n', stderr: '' })
    expect(await runLocal('/bin/sh', ['-c', 'kill -TERM $$'])).toMatchObject({ exitCode: 128 + 15 })
    expect(await runLocal('/nonexistent/tool', [])).toMatchObject({ exitCode: -1, startError: expect.stringMatching(/^could not run \/nonexistent\/tool: .*ENOENT/) })
  })

  it('has started the program when it returns, before this thread yields', async () => {
    const marker = path.join(mkdtempSync(path.join(tmpdir(), 'cg-run-local-')), 'started')
    const run = runLocal('/bin/sh', ['-c', `: > ${marker}`])
    // Without a turn of the event loop: a program started from a callback could never write the file here.
    const deadline = Date.now() + 20_000
    while (!existsSync(marker) && Date.now() < deadline);
    expect(existsSync(marker)).toBe(true)
    expect(await run).toEqual({ exitCode: 0, stdout: '', stderr: '' })
  })
})
