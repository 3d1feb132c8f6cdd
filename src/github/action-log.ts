import { randomBytes } from 'node:crypto'
import { EOL } from 'node:os'
import * as core from '@actions/core'
import { formatDuration, logLine } from '../log.js'
import { printableLines } from '../report/escape.js'
import type { StepLog } from '../log.js'

/**
 * The runner's log. Tool output is printed between `stop-commands` markers with a random token, so a
 * Dockerfile that echoes `::error::` or `::add-mask::` cannot issue workflow commands through our step. Every
 * other line goes through `logLine`: step names and messages hold paths, and a path can hold a newline.
 */
export const actionLog: StepLog = {
  async step(name, fn) {
    const title = logLine(name)
    return core.group(title, async () => {
      const started = performance.now()
      try {
        return await fn()
      } finally {
        core.info(`${title} took ${formatDuration(performance.now() - started)}`)
      }
    })
  },
  async tool(label, fn) {
    const token = randomBytes(16).toString('hex')
    core.info(`$ ${logLine(label)}`)
    process.stdout.write(`::stop-commands::${token}${EOL}`)
    try {
      return await fn((line) => process.stdout.write(line + EOL))
    } finally {
      process.stdout.write(`::${token}::${EOL}`)
    }
  },
  info: (message) => core.info(logLine(message)),
  // An annotation may span lines (the runner gets them escaped), but no control character or escape sequence.
  warn: (message) => core.warning(printableLines(message))
}
