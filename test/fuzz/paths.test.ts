// Path names a pull request can commit, built from newlines, carriage returns, `::`, `##[`, command names and
// escape sequences: whatever prints them (the runner's log, the CLI's steps, findings and report) prints lines of
// which none is a workflow command, as the runner reads them (actions/runner's ActionCommand parsers, modelled here).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { terminalLog } from '../../src/cli/terminal-log.js'
import { formatFindings } from '../../src/lint/output.js'
import { logLine, withoutCommands } from '../../src/log.js'
import { renderTerminal } from '../../src/report/tty.js'
import { finding, makeRun } from '../report/runs.js'
import { fuzzParams } from './dockerfiles.js'

const COMMANDS = ['add-mask', 'error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'set-output', 'set-env', 'add-path', 'save-state', 'stop-commands', 'echo', 'add-matcher', 'remove-matcher']

/** The commands a runner would run from `output`: `::name …::` at a line's start after blanks, `##[name …]` anywhere. */
function runnerCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => {
    const trimmed = line.replace(/^[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/, '')
    const v2 = /^::([^ :]*)[^:]*::/.exec(trimmed.startsWith('::') ? trimmed : '')
    const v1 = /##\[([^ \]]*)[^\]]*\]/.exec(line)
    return (v2 !== null && COMMANDS.includes(v2[1]!)) || (v1 !== null && COMMANDS.includes(v1[1]!))
  })
}

const piece = fc.oneof(
  fc.constantFrom('\n', '\r', '\r\n', '::', '##[', ']', ' ', '\t', '\u000b', '\u0085', '\u2028', '\u001b]0;t\u0007', '\u001b[2K', '%0A', '/', ',', 'title=x'),
  fc.constantFrom(...COMMANDS),
  fc.string({ maxLength: 4 })
)
const hostilePath = fc.array(piece, { maxLength: 24 }).map((parts) => `svc/${parts.join('')}/Dockerfile`)

describe('path names with newlines and workflow commands', () => {
  it('the runner model finds the commands it must find (so the properties below can fail)', () => {
    expect(runnerCommands('a\n  ::error title=x::y\r##[add-mask]z')).toEqual(['  ::error title=x::y', '##[add-mask]z'])
    expect(runnerCommands('x ::error::y\n::unknown::z')).toEqual([])
  })

  it('logLine leaves one line and no command, whatever it is given', () => {
    fc.assert(
      fc.property(hostilePath, (path) => {
        const line = logLine(path)
        expect(line).not.toMatch(/[\r\n]/)
        expect(runnerCommands(line)).toEqual([])
      }),
      fuzzParams()
    )
  })

  it('withoutCommands leaves no command on any line of laid-out text', () => {
    fc.assert(
      fc.property(hostilePath, (text) => {
        expect(runnerCommands(withoutCommands(text))).toEqual([])
      }),
      fuzzParams()
    )
  })

  it('the CLI\'s steps, tool output and messages print one line each, none a command', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath, async (path) => {
        let written = ''
        const log = terminalLog({ write: (text: string) => (written += text) })
        await log.step(`lint: ${path}`, async () => {
          await log.tool(`docker build ${path}`, async (onLine) => onLine(path))
          log.info(path)
          log.warn(path)
        })
        expect(runnerCommands(written)).toEqual([])
        expect(written.split('\n')).toHaveLength(7)
      }),
      fuzzParams()
    )
  })

  it('lint\'s tty and gnu formats and check\'s report print each finding on one line, none a command', () => {
    fc.assert(
      fc.property(hostilePath, fc.string(), (path, message) => {
        const findings = [{ ...finding(2, 'error'), file: path, message }, { ...finding(3, 'warning'), file: path }]
        for (const format of ['tty', 'gnu'] as const) {
          const out = [...formatFindings(findings, format, { color: false })].join('')
          expect(out.split('\n')).toHaveLength(findings.length + 1)
          expect(runnerCommands(out)).toEqual([])
        }
        expect(runnerCommands(renderTerminal(makeRun({ dockerfile: path, lint: findings }), { color: false }))).toEqual([])
      }),
      fuzzParams()
    )
  })
})
