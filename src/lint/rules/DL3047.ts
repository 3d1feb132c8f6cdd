import { hasArg, hasFlag, isProgram } from '../command-args.js'
import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import type { ShellCommand } from '../shell.js'
import { runsRunning } from '../walk.js'

export const DL3047: Rule = {
  meta: {
    code: 'DL3047',
    name: 'QuietWgetProgress',
    severity: 'info',
    title: 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).',
    why: 'Without a TTY, wget prints a progress line every few kilobytes, so one large download floods the build log and buries the errors. Choose a progress style or make wget quiet.',
    docsUrl: hadolintDocs('DL3047'),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ['wget'], { onbuild: true })
      .filter(({ commands }) => commands.some(printsProgressDots))
      .map(({ instruction }) => ({ line: instruction.line }))
  }
}

function printsProgressDots(command: ShellCommand): boolean {
  // hadolint compares the program name as written, so `/usr/bin/wget` is not checked. `-O` names the
  // downloaded file, not the log, so it does not count.
  return isProgram(command, 'wget') &&
    !hasFlag(command, 'progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose') &&
    !hasArg(command, '-nv')
}
