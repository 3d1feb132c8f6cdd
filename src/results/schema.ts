// The results file's shape, checked field by field: every string the reports render, every number they count.
import { LINT_LEVELS, VULN_SEVERITIES } from '../types.js'
import type { GateRun, Verdict } from '../types.js'
import { bool, line, list, literal, num, object, oneOf, optional, ShapeError, str } from './check.js'
import type { Check } from './check.js'

export const RESULTS_SCHEMA = 'container-gate/results'
export const RESULTS_VERSION = 1

const status = oneOf(['ok', 'skipped', 'failed'])
const origin = oneOf(['base', 'instruction', 'unknown'])
const severity = oneOf(VULN_SEVERITIES)

const lintFinding = object({
  file: str,
  line,
  column: num,
  level: oneOf(LINT_LEVELS),
  code: str,
  message: str,
  title: optional(str),
  docsUrl: optional(str),
  fix: optional(object({ line, endLine: line, text: str })),
  introduced: optional(bool)
})

const imageFacts = object({
  size: num,
  user: str,
  healthcheck: optional(str),
  exposedPorts: list(str),
  layers: list(object({ diffId: str, origin, line: optional(line), instruction: optional(str), createdBy: str, size: optional(num) })),
  history: optional(list(object({ createdBy: str, origin, line: optional(line), instruction: optional(str) }))),
  heaviest: list(object({ line: optional(line), instruction: str, bytes: num })),
  base: optional(object({ image: str, line, digest: optional(str) }))
})

const vulnerability = object({
  id: str,
  pkgName: str,
  installedVersion: str,
  fixedVersion: optional(str),
  severity,
  title: optional(str),
  target: str,
  class: str,
  pkgPath: optional(str),
  primaryUrl: optional(str),
  layerDiffId: optional(str),
  line: optional(line),
  status: optional(str),
  introduced: optional(bool)
})

const verdict: Check<Verdict> = object({ pass: bool, reasons: list(str) })

export const gateRun: Check<GateRun> = object({
  dockerfile: str,
  fromLine: optional(line),
  lint: list(lintFinding),
  build: object({
    status,
    reason: optional(str),
    image: optional(str),
    imageId: optional(str),
    imageSize: optional(num),
    builder: optional(oneOf(['buildx', 'docker'])),
    failedLine: optional(line),
    logTail: optional(str),
    durationMs: optional(num),
    facts: optional(imageFacts)
  }),
  scan: object({
    status,
    reason: optional(str),
    report: optional(
      object({
        artifactName: optional(str),
        trivyVersion: optional(str),
        vulnerabilities: list(vulnerability),
        secrets: list(object({ ruleId: str, title: str, severity, target: str, startLine: optional(line) })),
        misconfigurations: optional(list(object({ id: str, title: str, severity, target: str, message: optional(str), primaryUrl: optional(str) }))),
        licenses: optional(list(object({ name: str, severity, category: optional(str), pkgName: optional(str), filePath: optional(str), target: str }))),
        image: optional(object({ diffIds: list(str), history: list(object({ createdBy: str, emptyLayer: bool })) }))
      })
    ),
    durationMs: optional(num)
  }),
  policy: object({
    failOnVuln: oneOf([...VULN_SEVERITIES, 'none']),
    failOnLint: oneOf([...LINT_LEVELS, 'none']),
    failScope: optional(oneOf(['all', 'new'])),
    severities: list(severity)
  }),
  verdict,
  context: object({ serverUrl: optional(str), repository: optional(str), sha: optional(str), runUrl: optional(str) }),
  comparison: optional(
    object({
      baseline: optional(object({ source: str, commit: optional(str), imageSize: optional(num), vulnerabilities: optional(num), lintFindings: num })),
      notes: list(str)
    })
  )
})

const pullRequest = object({ number: line, headSha: str, baseSha: str })

/** What a gate step leaves for `mode: report` (and for anyone's own tooling): its whole report, and where it ran. */
export const resultsFile = object({
  schema: literal(RESULTS_SCHEMA),
  version: literal(RESULTS_VERSION),
  /** The Container Gate version that wrote it. */
  tool: str,
  /** The step's comment key (workflow, job, matrix values, Dockerfiles). */
  key: str,
  repository: str,
  /** The commit the step ran on: the pull request's head, else the pushed commit. */
  sha: str,
  /** The pull request the step reported on; absent outside one. */
  pullRequest: optional(pullRequest),
  verdict,
  runs: list(gateRun)
})

export type ResultsFile = ReturnType<typeof resultsFile>

/** A results file Container Gate wrote, in a format version this one does not read: its message says what to do. */
export class VersionError extends ShapeError {
  override name = 'VersionError'
}

/** A results file as written; `where` names it in the error. Unknown properties are dropped, never trusted. */
export function parseResultsFile(text: string, where: string): ResultsFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new ShapeError(`${where}: not JSON (${(e as Error).message})`)
  }
  const head = data as { schema?: unknown; version?: unknown } | null
  if (head?.schema === RESULTS_SCHEMA && head.version !== RESULTS_VERSION) {
    throw new VersionError(`${where}: results format version ${JSON.stringify(head.version)}; this Container Gate reads version ${RESULTS_VERSION}. Use the same Container Gate version in the gate and report steps.`)
  }
  try {
    return resultsFile(data, '')
  } catch (e) {
    if (e instanceof ShapeError) throw new ShapeError(`${where}: not a Container Gate results file: ${e.message}`)
    throw e
  }
}
