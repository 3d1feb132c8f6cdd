import { randomBytes } from 'node:crypto'
import { EOL } from 'node:os'
import * as core from '@actions/core'
import { formatDuration } from '../log.js'
import type { StepLog } from '../log.js'

/**
 * The runner's log. Tool output is printed between `stop-commands` markers with a random token, so a
 * Dockerfile that echoes `::error::` or `::add-mask::` cannot issue workflow commands through our step.
 */
export const actionLog: StepLog = {
  async step(name, fn) {
    return core.group(name, async () => {
      const started = performance.now()
      try {
        return await fn()
      } finally {
        core.info(`${name} took ${formatDuration(performance.now() - started)}`)
      }
    })
  },
  async tool(label, fn) {
    const token = randomBytes(16).toString('hex')
    core.info(`$ ${label}`)
    process.stdout.write(`::stop-commands::${token}${EOL}`)
    try {
      return await fn((line) => process.stdout.write(line + EOL))
    } finally {
      process.stdout.write(`::${token}::${EOL}`)
    }
  },
  info: (message) => core.info(message),
  warn: (message) => core.warning(message)
}
