import { readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Whether a process still runs. A zombie does not: it has died and waits for a parent to reap it, which never
 * happens where the container's first process does not reap orphans.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^\d+ \(.*\) /s, '')[0] !== 'Z'
  } catch {
    return true
  }
}

/** Whether the process is gone, waiting a few seconds at most for a signal already sent to land. */
export async function isGone(pid: number): Promise<boolean> {
  for (let tries = 0; tries < 250; tries++) {
    if (!isRunning(pid)) return true
    await sleep(20)
  }
  return false
}
