// How the pipeline talks to whoever watches it: the runner's log (grouped, injection-safe) or a terminal.

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
