// The data that flows between the pure core (lint, report, gate) and the glue (docker, trivy, github).
// Every module outside src/github, src/docker and src/trivy works on these shapes only.

export type LintLevel = 'error' | 'warning' | 'info' | 'style'
/** Worst first; an index comparison orders levels. */
export const LINT_LEVELS: readonly LintLevel[] = ['error', 'warning', 'info', 'style']

export type VulnSeverity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'UNKNOWN'
/** Worst first; an index comparison orders severities. */
export const VULN_SEVERITIES: readonly VulnSeverity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']

/** A rule's default level; `ignore` rules stay off until a config override gives them a level (hadolint's DL3057). */
export type RuleSeverity = LintLevel | 'ignore'

/** A mechanical fix: replace lines `line`..`endLine` (1-based, inclusive) of the Dockerfile with `text`. */
export interface Fix {
  line: number
  endLine: number
  text: string
}

/** One lint finding. The first six fields are hadolint's JSON shape and keep its meaning. */
export interface LintFinding {
  file: string
  /** 1-based */
  line: number
  /** 1-based */
  column: number
  level: LintLevel
  code: string
  message: string
  /** The rule's title, for reports; absent for parse errors. */
  title?: string
  docsUrl?: string
  /** Present when the rule can rewrite the instruction to satisfy itself. */
  fix?: Fix
}

export interface Vulnerability {
  id: string
  pkgName: string
  installedVersion: string
  fixedVersion?: string
  severity: VulnSeverity
  title?: string
  /** Trivy's result target, e.g. `app:sha (debian 12.5)` or `Java`. */
  target: string
  /** Trivy's result class: os-pkgs, lang-pkgs, … (not enumerated: Trivy adds classes). */
  class: string
  pkgPath?: string
  primaryUrl?: string
  /** Uncompressed digest of the image layer that holds the package. */
  layerDiffId?: string
  status?: string
}

/** A secret Trivy found in the image. Never carries the secret or its surrounding code. */
export interface SecretFinding {
  ruleId: string
  title: string
  severity: VulnSeverity
  target: string
  startLine?: number
}

export interface ScanReport {
  artifactName?: string
  trivyVersion?: string
  vulnerabilities: Vulnerability[]
  secrets: SecretFinding[]
}

export type StepStatus = 'ok' | 'skipped' | 'failed'

export interface BuildOutcome {
  status: StepStatus
  /** Why the step was skipped or failed, in words a user can act on. */
  reason?: string
  /** The tag the image was built with, or the image given to scan when the build is off. */
  image?: string
  imageId?: string
  /** Bytes, from `docker image inspect`. */
  imageSize?: number
  builder?: 'buildx' | 'docker'
  /** Dockerfile line of the instruction that failed, when the build output names one. */
  failedLine?: number
  /** The last lines of the build output, for the summary. */
  logTail?: string
  durationMs?: number
}

export interface ScanOutcome {
  status: StepStatus
  reason?: string
  report?: ScanReport
  durationMs?: number
}

export interface Policy {
  failOnVuln: VulnSeverity | 'none'
  failOnLint: LintLevel | 'none'
  /** Severities shown in the reports; the gate counts every severity regardless. */
  severities: readonly VulnSeverity[]
}

export interface Verdict {
  pass: boolean
  /** One sentence per cause, most important first; empty when the gate passes. */
  reasons: string[]
}

/** Where the run happens, for links in the reports. All optional: the CLI has none of them. */
export interface RunContext {
  serverUrl?: string
  repository?: string
  sha?: string
  runUrl?: string
}

export interface GateRun {
  /** The Dockerfile path as shown to the user (relative to the workspace). */
  dockerfile: string
  /** The final stage's FROM line: where findings about the image as a whole are placed. */
  fromLine?: number
  lint: LintFinding[]
  build: BuildOutcome
  scan: ScanOutcome
  policy: Policy
  verdict: Verdict
  context: RunContext
}

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  title?: string
  file?: string
  startLine?: number
}
