import { describe, expect, it } from 'vitest'
import { terminalLog } from '../src/cli/terminal-log.js'
import { logLine, withoutCommands } from '../src/log.js'

/** The lines a GitHub runner would take as workflow commands (ActionCommand.TryParseV2 and the older TryParse). */
const commandLines = (text: string): string[] => text.split(/\r\n|\r|\n/).filter((line) => /^\s*::[a-z-]+( [^:]*)?::/.test(line) || /##\[[a-z-]+/.test(line))

describe('logLine', () => {
  it('keeps a folder named with a newline and a workflow command on one line, and recognisable', () => {
    const path = 'svc/x\n::error title=Injected::forged\r\n::add-mask::Dockerfile/Dockerfile'
    expect(logLine(path)).toBe('svc/x\\n::error title=Injected::forged\\n::add-mask::Dockerfile/Dockerfile')
    expect(commandLines(`build: ${logLine(path)} took 3 ms`)).toEqual([])
  })

  it('escapes a command at the start of the line, after blanks the runner trims, and the older ##[ anywhere', () => {
    expect(logLine('::warning::x')).toBe('\\::warning::x')
    expect(logLine(' \t::debug::x')).toBe('  \\::debug::x')
    expect(logLine('a ##[add-mask]b')).toBe('a ##\\[add-mask]b')
    expect(commandLines(logLine('##[error]x ::error::y'))).toEqual([])
  })

  it('removes escape sequences and shows other controls, so nothing reaches a terminal raw', () => {
    expect(logLine('a\u001b[31mred\u001b]0;title\u0007b\u0007c')).toBe('aredb\ufffdc')
  })

  it('changes nothing in ordinary text', () => {
    expect(logLine('build: svc/api/Dockerfile took 12 ms (a::b, ::1)')).toBe('build: svc/api/Dockerfile took 12 ms (a::b, ::1)')
  })
})

describe('withoutCommands', () => {
  it('escapes a command starting any line of laid-out output, and leaves the layout alone', () => {
    expect(withoutCommands('container-gate lint: svc/x\n::error::y: not found\r::add-mask::z\n')).toBe('container-gate lint: svc/x\n\\::error::y: not found\r\\::add-mask::z\n')
    expect(withoutCommands('\u001b[2Kfine\n')).toBe('\u001b[2Kfine\n')
  })
})

describe('terminalLog', () => {
  it('prints step names, tool labels, tool output and messages without a line a runner would take as a command', async () => {
    let written = ''
    const log = terminalLog({ write: (text: string) => (written += text) })
    const path = 'svc/x\n::error title=Injected::forged\n##[add-mask]Dockerfile'
    await log.step(`lint: ${path}`, async () => {
      await log.tool(`docker build ${path}`, async (onLine) => onLine('::error::from the build'))
      log.info(path)
      log.warn(path)
    })
    expect(commandLines(written)).toEqual([])
    expect(written).toContain('▸ lint: svc/x\\n::error title=Injected::forged\\n##\\[add-mask]Dockerfile\n')
  })
})
