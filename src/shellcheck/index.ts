// ShellCheck for a Dockerfile: its findings go to the lint engine as external hits, so config and pragmas apply.

import type { DockerfileModel } from '../lint/model.js'
import { pragmaShell, readPragmas } from '../lint/pragmas.js'
import type { ExternalHit } from '../lint/rule.js'
import { runShellcheck } from './run.js'
import type { ShellcheckRunOptions } from './run.js'
import { shellcheckScripts } from './script.js'

export { runShellcheck, shellcheckArgs } from './run.js'
export type { RunWithInput, ShellcheckRunOptions, ShellcheckUnavailable } from './run.js'
export { shellcheckHits } from './report.js'
export { dialectOf, PROXY_VARIABLES, shellcheckScripts } from './script.js'
export type { ScriptOptions, ShellcheckScript, ShellDialect } from './script.js'

export interface ShellcheckFindings {
  hits: ExternalHit[]
  /** Set when ShellCheck did not run: say it once to the user. */
  skipped?: string
}

/**
 * ShellCheck's findings for a parsed Dockerfile, with `# hadolint shell=` pragmas honoured. Takes the model the lint
 * engine reads, so the file is parsed (and its RUNs tokenized) once.
 */
export async function shellcheckDockerfile(model: DockerfileModel, opts: ShellcheckRunOptions = {}): Promise<ShellcheckFindings> {
  // Only the shell pragmas are read here, so no rule names need resolving.
  const pragmas = readPragmas(model, () => undefined)
  const result = await runShellcheck(shellcheckScripts(model, { shellPragma: (line) => pragmaShell(pragmas, line) }), opts)
  return Array.isArray(result) ? { hits: result } : { hits: [], skipped: result.unavailable }
}
