import { formatDuration } from '../log.js'
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
      err.write(`▸ ${name}\n`)
      try {
        return await fn()
      } finally {
        err.write(`  ${name} took ${formatDuration(performance.now() - started)}\n`)
      }
    },
    async tool(label, fn) {
      err.write(`  $ ${sanitize(label)}\n`)
      if (!err.isTTY) return fn((line) => err.write(`  │ ${sanitize(line)}\n`))
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
          latest = sanitize(line)
        })
      } finally {
        clearInterval(timer)
        err.write('\r\x1b[2K')
      }
    },
    info: (message) => err.write(`  ${sanitize(message)}\n`),
    warn: (message) => err.write(`  warning: ${sanitize(message)}\n`)
  }
}

/** Tool output is untrusted: never let it move the cursor, clear the screen or retitle the terminal. */
function sanitize(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
}
