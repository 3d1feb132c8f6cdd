import { formatDuration, logLine } from '../log.js'
import type { StepLog } from '../log.js'

interface TerminalStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

/**
 * Progress on stderr, so stdout carries only the report and can be piped. On a terminal a long-running tool
 * shows one self-updating line (spinner, elapsed time, its latest output); elsewhere its output is printed
 * indented, so a CI log keeps all of it.
 */
export function terminalLog(err: TerminalStream): StepLog {
  return {
    async step(name, fn) {
      const started = performance.now()
      const title = logLine(name)
      err.write(`▸ ${title}\n`)
      try {
        return await fn()
      } finally {
        err.write(`  ${title} took ${formatDuration(performance.now() - started)}\n`)
      }
    },
    async tool(label, fn) {
      err.write(`  $ ${logLine(label)}\n`)
      if (!err.isTTY) return fn((line) => err.write(`  │ ${logLine(line)}\n`))
      const started = performance.now()
      let latest = ''
      let frame = 0
      const draw = (): void => {
        const head = `  ${SPINNER[frame++ % SPINNER.length]} ${formatDuration(performance.now() - started)} `
        const room = Math.max(0, (err.columns ?? 80) - head.length - 1)
        err.write(`\r\x1b[2K${head}${latest.slice(0, room)}`)
      }
      const timer = setInterval(draw, 100)
      try {
        return await fn((line) => {
          latest = logLine(line)
        })
      } finally {
        clearInterval(timer)
        err.write('\r\x1b[2K')
      }
    },
    info: (message) => err.write(`  ${logLine(message)}\n`),
    warn: (message) => err.write(`  warning: ${logLine(message)}\n`)
  }
}
