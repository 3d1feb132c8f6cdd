// ShellCheck for Dockerfiles: its findings go to the lint engine as external hits, so config and pragmas apply.

import type { DockerfileModel } from '../lint/model.js'
import { pragmaShell, readPragmas } from '../lint/pragmas.js'
import type { ExternalHit } from '../lint/rule.js'
import { uniqueHits } from './report.js'
import { findShellcheck, runShellcheck, SHELLCHECK_NOT_ON_PATH } from './run.js'
import type { ShellcheckRunOptions } from './run.js'
import { shellcheckScripts } from './script.js'

export { findShellcheck, runShellcheck, shellcheckArgs } from './run.js'
export type { RunShellcheck, ShellcheckRunOptions, ShellcheckUnavailable } from './run.js'
export { shellcheckComments } from './report.js'
export { dialectOf, PROXY_VARIABLES, shellcheckScripts } from './script.js'
export type { ScriptOptions, ShellcheckScript, ShellDialect } from './script.js'

export interface ShellcheckFindings {
  hits: ExternalHit[]
  /** Set when ShellCheck did not run: say it once to the user. */
  skipped?: string
}

/** ShellCheck's findings for one parsed Dockerfile (see shellcheckDockerfiles). */
export async function shellcheckDockerfile(model: DockerfileModel, opts: ShellcheckRunOptions = {}): Promise<ShellcheckFindings> {
  const { hits, skipped } = await shellcheckDockerfiles([model], opts)
  return { hits: hits[0], ...(skipped !== undefined && { skipped }) }
}

/**
 * ShellCheck's findings for parsed Dockerfiles, one list per model, with `# hadolint shell=` pragmas honoured. Takes
 * the models the lint engine reads, so each file is parsed (and its RUNs tokenized) once; the scripts of all of them
 * are checked together, so that many small files cost a few shellcheck processes, not one each.
 */
export async function shellcheckDockerfiles(models: readonly DockerfileModel[], opts: ShellcheckRunOptions = {}): Promise<{ hits: ExternalHit[][]; skipped?: string }> {
  const none = (skipped?: string) => ({ hits: models.map(() => []), ...(skipped !== undefined && { skipped }) })
  const perModel = models.map((model) => {
    // Only the shell pragmas are read here, so no rule names need resolving.
    const pragmas = readPragmas(model, () => undefined)
    return shellcheckScripts(model, { shellPragma: (line) => pragmaShell(pragmas, line) })
  })
  const scripts = perModel.flat()
  if (scripts.length === 0) return none()
  const program = await findShellcheck(opts.searchPath)
  if (program === undefined) return none(SHELLCHECK_NOT_ON_PATH.unavailable)
  const result = await runShellcheck(program, scripts, opts)
  if (!Array.isArray(result)) return none(result.unavailable)
  let next = 0
  return { hits: perModel.map((own) => uniqueHits(result.slice(next, (next += own.length)).flat())) }
}
