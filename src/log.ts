// How the pipeline talks to whoever watches it: the runner's log (grouped, injection-safe) or a terminal.

import { printableLine } from './report/escape.js'

export interface StepLog {
  /** Runs one step of the pipeline in its own group and reports how long it took. */
  step<T>(name: string, fn: () => Promise<T>): Promise<T>
  /**
   * Runs a tool whose output is untrusted (a Dockerfile's RUN can print anything), giving it a sink for
   * its lines. On a terminal this is where progress shows; in the runner's log, where commands are switched off.
   */
  tool<T>(label: string, fn: (onLine: (line: string) => void) => Promise<T>): Promise<T>
  info(message: string): void
  warn(message: string): void
}

/**
 * Untrusted text (a path, a tool's message) made safe for one line of the runner's log or a terminal. Line breaks
 * show as `\n` and `\r`, so a folder named `x\n::error::…` can neither start a line of its own nor pass for
 * another name; other controls and escape sequences go as in the reports.
 */
export function logLine(text: string): string {
  return withoutCommands(printableLine(text.replace(/\r\n|\n/g, '\\n').replace(/\r/g, '\\r')))
}

/**
 * `text` with a backslash in what the runner would read as a workflow command: `::` at the start of a line (after
 * blanks, which the runner trims) and the older `##[` anywhere. For output whose lines are already laid out.
 */
export function withoutCommands(text: string): string {
  return text.replace(/(^|[\r\n])([^\S\r\n]*)::/g, '$1$2\\::').replaceAll('##[', '##\\[')
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

/** With several Dockerfiles in one step, each group in the runner's log names the Dockerfile it is about. */
export function logFor(log: StepLog, dockerfile: string): StepLog {
  return {
    step: (name, fn) => log.step(`${name}: ${dockerfile}`, fn),
    tool: (label, fn) => log.tool(label, fn),
    info: (message) => log.info(message),
    warn: (message) => log.warn(message)
  }
}
