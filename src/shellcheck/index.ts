// ShellCheck for Dockerfiles: its findings go to the lint engine as external hits, so config and pragmas apply.

import type { DockerfileModel } from '../lint/model.js'
import { pragmaShell, readPragmas } from '../lint/pragmas.js'
import type { ExternalHit } from '../lint/rule.js'
import { uniqueHits } from './report.js'
import { findShellcheck, runShellcheck, SHELLCHECK_NOT_ON_PATH } from './run.js'
import type { ShellcheckRunOptions } from './run.js'
import { shellcheckScripts } from './script.js'
import type { ShellcheckScript } from './script.js'

export { findShellcheck, runShellcheck, scriptKey, shellcheckArgs } from './run.js'
export type { RunShellcheck, ScriptFindings, ShellcheckResults, ShellcheckRunOptions, ShellcheckUnavailable } from './run.js'
export { shellcheckComments, shellcheckDocs } from './report.js'
export { dialectOf, PROXY_VARIABLES, shellcheckScripts } from './script.js'
export type { ScriptOptions, ShellcheckScript, ShellDialect } from './script.js'

export interface ShellcheckFindings {
  hits: ExternalHit[]
  /** Set when ShellCheck did not run at all: say it once to the user. */
  skipped?: string
  /** Set when this file's scripts were too much to check: say it for the file. */
  tooLarge?: string
}

// ShellCheck's own analysis takes some 20 to 50 ms of CPU per kB of script, so this much (far more shell than real
// Dockerfiles hold) takes it seconds; the scripts of a 10 MB Dockerfile took it minutes.
const MAX_SCRIPT_BYTES = 256 * 1024

/** ShellCheck's findings for one parsed Dockerfile (see shellcheckDockerfiles). */
export async function shellcheckDockerfile(model: DockerfileModel, opts: ShellcheckRunOptions = {}): Promise<ShellcheckFindings> {
  const [findings] = await shellcheckDockerfiles([model], opts)
  return findings
}

/**
 * ShellCheck's findings for parsed Dockerfiles, one per model, with `# hadolint shell=` pragmas honoured. Takes the
 * models the lint engine reads, so each file is parsed (and its RUNs tokenized) once; the scripts of all of them are
 * checked together, so that many small files cost a few shellcheck processes, not one each. Nothing is awaited before
 * the processes start: they run while the caller lints the same models.
 */
export async function shellcheckDockerfiles(models: readonly DockerfileModel[], opts: ShellcheckRunOptions = {}): Promise<ShellcheckFindings[]> {
  const program = findShellcheck(opts.searchPath)
  if (program === undefined) {
    const skipped = notOnPath(models)
    return models.map(() => ({ hits: [], ...(skipped !== undefined && { skipped }) }))
  }
  const perModel = models.map((model): { scripts: ShellcheckScript[]; tooLarge?: string } => {
    const scripts = scriptsOf(model)
    const bytes = [...new Set(scripts.map((s) => s.script))].reduce((n, script) => n + Buffer.byteLength(script), 0)
    if (bytes <= MAX_SCRIPT_BYTES) return { scripts }
    return {
      scripts: [],
      tooLarge: `ShellCheck (SC) checks were skipped for this Dockerfile: its RUN scripts hold ${megabytes(bytes)} of shell, more than the ${megabytes(MAX_SCRIPT_BYTES)} ShellCheck is given per Dockerfile (it would take minutes); split the Dockerfile to have them checked`
    }
  })
  const done = (hits: (i: number) => ExternalHit[], skipped?: string): ShellcheckFindings[] =>
    perModel.map(({ tooLarge }, i) => ({ hits: hits(i), ...(skipped !== undefined && { skipped }), ...(tooLarge !== undefined && { tooLarge }) }))
  const result = await runShellcheck(program, perModel.flatMap((m) => m.scripts), opts)
  if (!Array.isArray(result)) return done(() => [], result.unavailable)
  let next = 0
  const hits = perModel.map((m) => uniqueHits(result.slice(next, (next += m.scripts.length)).flat()))
  return done((i) => hits[i])
}

/**
 * What to tell the user when shellcheck is not on PATH: that the checks of these models' scripts were skipped, or
 * nothing when they have no script. Only whether there is one matters then, not the scripts.
 */
export function notOnPath(models: readonly DockerfileModel[]): string | undefined {
  return models.some((model) => scriptsOf(model).length > 0) ? SHELLCHECK_NOT_ON_PATH : undefined
}

function scriptsOf(model: DockerfileModel): ShellcheckScript[] {
  // Only the shell pragmas are read here, so no rule names need resolving.
  const pragmas = readPragmas(model, () => undefined)
  return shellcheckScripts(model, { shellPragma: (line) => pragmaShell(pragmas, line) })
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 1)} MB`
}
