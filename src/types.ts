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
  /** Set by the comparison with a baseline: the finding sits on an instruction this pull request changed. */
  introduced?: boolean
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
  /** The Dockerfile line whose instruction created that layer (the final stage's FROM for base-image layers). */
  line?: number
  status?: string
  /** Set by the comparison with a baseline: the baseline's image did not have this vulnerability. */
  introduced?: boolean
}

/** A secret Trivy found in the image. Never carries the secret or its surrounding code. */
export interface SecretFinding {
  ruleId: string
  title: string
  severity: VulnSeverity
  target: string
  startLine?: number
}

/** A check Trivy's misconfiguration scanner found failing in the image (`scanners: misconfig`). */
export interface MisconfigFinding {
  /** `DS-0002`, `AVD-…`: Trivy's check ID. */
  id: string
  title: string
  severity: VulnSeverity
  /** The file the check read, e.g. a Dockerfile or a Kubernetes manifest inside the image. */
  target: string
  message?: string
  primaryUrl?: string
}

/** A licence Trivy's licence scanner classified (`scanners: license`); its severity follows the licence's category. */
export interface LicenseFinding {
  name: string
  severity: VulnSeverity
  /** `forbidden`, `restricted`, `reciprocal`, `notice`, `permissive`, `unencumbered` or `unknown`. */
  category?: string
  /** The package that carries it, or the loose file it was found in. */
  pkgName?: string
  filePath?: string
  target: string
}

export interface ScanReport {
  artifactName?: string
  trivyVersion?: string
  vulnerabilities: Vulnerability[]
  secrets: SecretFinding[]
  /** Present when the misconfig scanner ran and found failures. */
  misconfigurations?: MisconfigFinding[]
  /** Present when the licence scanner ran and found licences. */
  licenses?: LicenseFinding[]
  /** The scanned image's config as Trivy read it (`Metadata.ImageConfig`); absent when the report has no history. */
  image?: ScannedImage
}

/** The part of the scanned image's config that ties layers to history entries. */
export interface ScannedImage {
  /** `rootfs.diff_ids` (or `Metadata.DiffIDs`), oldest first. */
  diffIds: string[]
  /** `history`, oldest first, with the builder's own `empty_layer` flag. */
  history: Array<{ createdBy: string; emptyLayer: boolean }>
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
  /** What the built image is, read from the engine after the build; absent when it could not be read. */
  facts?: ImageFacts
  /**
   * The `metadata` output, with docker/build-push-action's keys; once `push` pushed the image after the gate passed,
   * `containerimage.digest` is the registry's manifest digest (the `digest` output).
   */
  metadata?: Record<string, unknown>
}

/**
 * Who made a layer. `base`: the image the Dockerfile starts FROM (placed on that FROM line); `instruction`: the
 * RUN, COPY, ADD or WORKDIR on `line`; `unknown`: the history could not be matched to the Dockerfile with proof.
 */
export type LayerOrigin = 'base' | 'instruction' | 'unknown'

/** One layer of the built image, in `RootFS.Layers` order. */
export interface ImageLayer {
  /** Uncompressed digest: what Trivy reports as a vulnerability's `Layer.DiffID`. */
  diffId: string
  origin: LayerOrigin
  /** The Dockerfile line: the instruction's for `instruction`, the FROM naming the base image for `base`. */
  line?: number
  /** That line's instruction, one line, as written (FROM included for base layers). */
  instruction?: string
  /** The history's `created_by`, for layers that could not be traced to a line. */
  createdBy: string
  /** Bytes, as `docker history` counts them; absent when the history could not be read. */
  size?: number
}

/** One entry of the built image's history, oldest first, with the Dockerfile line it was traced to. */
export interface ImageHistoryStep {
  /** `created_by`, as `docker history --no-trunc` prints it (tabs as spaces). */
  createdBy: string
  /** `instruction`: a RUN, COPY, ADD or WORKDIR of the Dockerfile; `base`: an entry of the base image; else `unknown`. */
  origin: LayerOrigin
  line?: number
  instruction?: string
}

/** The bytes one Dockerfile instruction added to the image (the base image counts as its FROM line). */
export interface InstructionWeight {
  line?: number
  /** The instruction as written, or the history's `created_by` when no line is known. */
  instruction: string
  bytes: number
}

export interface BaseImageFacts {
  /** The reference the FROM line names, ARG defaults filled in. */
  image: string
  line: number
  /** `name@sha256:…` the engine resolved the reference to (`RepoDigests`); absent for images never pulled or pushed. */
  digest?: string
  /** The base image's own config, when the engine has the image. */
  config?: BaseImageConfig
}

/** What a base image's config hands to the images built on it: its user and its environment. */
export interface BaseImageConfig {
  /** `Config.User`; empty means root. */
  user: string
  /** `Config.Env`, name → value. */
  env: Record<string, string>
}

/** The built image as the engine has it: the config it will run with, and where its bytes come from. */
export interface ImageFacts {
  /** Bytes, from `docker image inspect`. */
  size: number
  /** `Config.User`; empty means root. */
  user: string
  /** The health check command the image runs (inherited from the base when the Dockerfile sets none); absent when none or NONE. */
  healthcheck?: string
  /** `Config.ExposedPorts`, e.g. `8080/tcp`, sorted. */
  exposedPorts: string[]
  layers: ImageLayer[]
  /**
   * Every history entry with its line, layer or not: with a report that carries the image config's exact
   * `empty_layer` flags, these place the report's DiffIDs without the guesswork `layers` may have needed.
   */
  history?: ImageHistoryStep[]
  /** At most five instructions by the bytes they added, heaviest first. */
  heaviest: InstructionWeight[]
  /** Absent for FROM scratch and for references that still hold a variable. */
  base?: BaseImageFacts
}

export interface ScanOutcome {
  status: StepStatus
  reason?: string
  report?: ScanReport
  durationMs?: number
}

/** What the gate blocks on: everything found, or only what the pull request introduced (see `Comparison`). */
export type FailScope = 'all' | 'new'
export const FAIL_SCOPES: readonly FailScope[] = ['all', 'new']

export interface Policy {
  failOnVuln: VulnSeverity | 'none'
  failOnLint: LintLevel | 'none'
  /** `all` when absent. */
  failScope?: FailScope
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
  /** Present when the run was compared with a baseline (a pull request); the findings then carry `introduced`. */
  comparison?: Comparison
}

/**
 * Everything one step gated: a run per Dockerfile, in the order they were given, and the verdict over all of them.
 * The reports, the results file and `mode: report` all work on this shape.
 */
export interface GateReport {
  runs: GateRun[]
  verdict: Verdict
}

/** What a pull request's run was compared against, for the reports. */
export interface Comparison {
  /** Absent when no baseline was found: then nothing counts as introduced, and `notes` says why. */
  baseline?: BaselineInfo
  /** What the reader must know to trust the marks: no baseline, a diff that could not be made… */
  notes: string[]
}

export interface BaselineInfo {
  /** Where it came from, in words: "the Actions cache", "a rebuild of the base commit", a file name. */
  source: string
  /** The commit the baseline's run built, when known. */
  commit?: string
  /** Bytes; absent when the baseline's run built no image. */
  imageSize?: number
  /** Absent when the baseline's run did not scan its image. */
  vulnerabilities?: number
  lintFindings: number
}

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  title?: string
  file?: string
  startLine?: number
}
