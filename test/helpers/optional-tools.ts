// Docker and ShellCheck are optional on a developer's machine and required in CI. A test that needs one runs when it
// is there; when it is not, the test is skipped with the reason in its metadata, where the closing reporter
// (count-reporter.ts) finds it and names it on the run's last line. Under CI=true a missing tool is a broken setup,
// not a reason to skip: the test file fails, so CI can never go green by skipping.
import type { TestOptions } from 'vitest'
import { findExecutable } from '../../src/exec.js'

/** Why a test was skipped: the tool it needs, and why it is missing with how to get it. */
export interface MissingTool {
  tool: string
  reason: string
}

declare module 'vitest' {
  interface TaskMeta {
    missingTool?: MissingTool
  }
}

export type ToolCheck = { ok: true } | { ok: false; reason: string }

/**
 * `describe` or `it` options for tests that need `tool`: none when it is there; a skip that says why when it is not.
 * Throws under CI=true instead of skipping.
 */
export function needs(tool: string, check: ToolCheck): TestOptions {
  if (check.ok) return {}
  if (process.env.CI === 'true') throw new Error(`CI needs ${tool} for these tests, and it is missing: ${check.reason}`)
  return { skip: true, meta: { missingTool: { tool, reason: check.reason } } }
}

/** The `shellcheck` program on PATH, as the linter looks for it. */
export async function shellcheckOnPath(): Promise<ToolCheck> {
  return (await findExecutable('shellcheck')) === undefined ? { ok: false, reason: 'shellcheck is not on PATH (apt-get install shellcheck)' } : { ok: true }
}

/** The `docker` client on PATH, for tests of what the CLI says when the daemon is not there. */
export async function dockerClientOnPath(): Promise<ToolCheck> {
  // Worded as docker-engine.ts words it, so that the run's last line counts both under one reason.
  return (await findExecutable('docker')) === undefined ? { ok: false, reason: 'docker is not on PATH (apt-get install docker.io busybox-static)' } : { ok: true }
}
