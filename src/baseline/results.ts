// The baseline file: the results of one run, small enough for the Actions cache (never the image). Pure.
import { LINT_LEVELS } from '../types.js'
import type { GateRun, LintLevel } from '../types.js'
import { vulnerabilityIdentity } from './keys.js'
import type { VulnerabilityIdentity } from './keys.js'

export const BASELINE_VERSION = 1

export interface BaselineLintFinding {
  line: number
  code: string
  level: LintLevel
  message: string
}

export interface BaselineResults {
  /** The format; a reader refuses a version it does not know rather than misread it. */
  version: typeof BASELINE_VERSION
  dockerfile: string
  /** The commit that run built; the CLI diffs the Dockerfile against it. */
  commit?: string
  /** Absent when that run did not scan its image: then no vulnerability can be called new. */
  vulnerabilities?: VulnerabilityIdentity[]
  lint: BaselineLintFinding[]
  imageSize?: number
}

/** The results of a run worth keeping as a baseline, or why it is not worth it. */
export function toBaselineResults(run: GateRun, commit: string | undefined): BaselineResults | { unusable: string } {
  // A failed step leaves no results to compare with: everything would look new.
  if (run.build.status === 'failed') return { unusable: 'its image build failed' }
  if (run.scan.status === 'failed') return { unusable: 'its vulnerability scan failed' }
  const report = run.scan.report
  return {
    version: BASELINE_VERSION,
    dockerfile: run.dockerfile,
    ...(commit && { commit }),
    ...(report && { vulnerabilities: report.vulnerabilities.map((v) => vulnerabilityIdentity(v, report.artifactName)) }),
    lint: run.lint.map(({ line, code, level, message }) => ({ line, code, level, message })),
    ...(run.build.imageSize !== undefined && { imageSize: run.build.imageSize })
  }
}

/** A baseline file's content, checked field by field; `where` names the file in the error. */
export function parseBaselineResults(text: string, where: string): BaselineResults {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new BaselineError(`${where}: not JSON (${(e as Error).message})`)
  }
  const fail = (what: string): never => {
    throw new BaselineError(`${where}: not a Container Gate baseline: ${what}`)
  }
  if (!isRecord(data)) return fail('expected an object')
  if (data.version !== BASELINE_VERSION) return fail(`version ${JSON.stringify(data.version)}, expected ${BASELINE_VERSION}`)
  if (typeof data.dockerfile !== 'string') return fail('dockerfile is not a string')
  if (data.commit !== undefined && typeof data.commit !== 'string') return fail('commit is not a string')
  if (data.imageSize !== undefined && !isCount(data.imageSize)) return fail('imageSize is not a byte count')
  if (data.vulnerabilities !== undefined && !(Array.isArray(data.vulnerabilities) && data.vulnerabilities.every(isIdentity))) {
    return fail('vulnerabilities must list { id, pkgName, installedVersion, target } strings')
  }
  if (!Array.isArray(data.lint) || !data.lint.every(isLintFinding)) return fail('lint must list { line, code, level, message }')
  return data as unknown as BaselineResults
}

/** A baseline that cannot be read: said to the user, and the run goes on without one. */
export class BaselineError extends Error {
  override name = 'BaselineError'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}

function isIdentity(value: unknown): boolean {
  return isRecord(value) && ['id', 'pkgName', 'installedVersion', 'target'].every((k) => typeof value[k] === 'string')
}

function isLintFinding(value: unknown): boolean {
  return (
    isRecord(value) && isCount(value.line) && typeof value.code === 'string' && typeof value.message === 'string' &&
    (LINT_LEVELS as readonly unknown[]).includes(value.level)
  )
}
