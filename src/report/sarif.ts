import { gzipSync } from 'node:zlib'
import type { LintFinding, RuleSeverity, Vulnerability, VulnSeverity } from '../types.js'
import { encodePath, printableLine, safeUrl, UNPRINTABLE } from './escape.js'
import { versionChange } from './format.js'
import { JSON_ESCAPED, jsonInQuotes, jsonString, jsonText } from './json.js'
import { byWorst, compareLintByLine } from './select.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
/** Code scanning keeps at most this many results of a run. */
export const SARIF_MAX_RESULTS = 25_000
/** Code scanning refuses uploads larger than this, gzip-compressed. */
export const SARIF_MAX_GZIP_BYTES = 10 * 1024 * 1024
/** Code scanning takes at most this many runs from one file. */
export const SARIF_MAX_RUNS = 20
const INFORMATION_URI = 'https://github.com/container-gate/container-gate'

export type SarifLevel = 'error' | 'warning' | 'note' | 'none'

export interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  helpUri?: string
  defaultConfiguration: { level: SarifLevel }
  properties?: { 'security-severity': string; tags: string[] }
}

/** A relative `uri` is resolved against `uriBaseId`; an absolute one (file://) must have none. */
export interface SarifArtifactLocation {
  uri: string
  uriBaseId?: string
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: { text: string }
  locations: Array<{ physicalLocation: { artifactLocation: SarifArtifactLocation; region: { startLine: number; startColumn?: number } } }>
  partialFingerprints?: Record<string, string>
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }
    automationDetails: { id: string }
    columnKind: 'utf16CodeUnits'
    results: SarifResult[]
    /** Present when results were left out to fit code scanning's limits; says how many and why. */
    invocations?: Array<{ executionSuccessful: true; toolExecutionNotifications: Array<{ level: 'warning'; message: { text: string } }> }>
  }>
}

export interface SarifInput {
  dockerfile: string
  /**
   * The working folder relative paths start from (the checkout): an absolute `dockerfile` inside it is reported
   * relative to it. Without it every absolute path becomes a file:// URI.
   */
  root?: string
  lint: readonly LintFinding[]
  vulnerabilities?: readonly Vulnerability[]
  /** Where a vulnerability without a traced line is reported (the final FROM, say); line 1 without it. */
  fromLine?: number
  /** Vulnerability severities to include (the `severity` input); all when absent. Lint findings are always kept. */
  severities?: readonly VulnSeverity[]
  /** Code scanning's limits; tests lower them. */
  limits?: { maxResults: number; maxGzipBytes: number }
  toolVersion: string
  /** The rule catalog (each rule's `meta`): the results' rules are described from it. */
  rules: ReadonlyArray<{ code: string; name: string; title: string; docsUrl: string; severity: RuleSeverity }>
}

const LINT_SARIF_LEVEL: Record<RuleSeverity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', style: 'note', ignore: 'none' }
const VULN_SARIF_LEVEL: Record<VulnSeverity, SarifLevel> = { CRITICAL: 'error', HIGH: 'error', MEDIUM: 'warning', LOW: 'note', UNKNOWN: 'note' }
// The scores GitHub's code scanning ranks by when a rule has no CVSS score of its own (Trivy's fallbacks).
const SECURITY_SEVERITY: Record<VulnSeverity, string> = { CRITICAL: '9.5', HIGH: '8.0', MEDIUM: '5.5', LOW: '2.0', UNKNOWN: '0.0' }

/**
 * Lint findings and image vulnerabilities as one SARIF 2.1.0 run, for GitHub code scanning. Within code scanning's
 * limits (25,000 results, 10 MB gzipped): past them the least severe results are left out and the run says so.
 * Read back from the text `renderSarif` writes, so that the two never disagree.
 */
export function toSarif(input: SarifInput): SarifLog {
  return JSON.parse(fitSarif(input)) as SarifLog
}

/**
 * The SARIF file to write for upload: `toSarif`'s log as compact JSON, with a final newline. Not indented: code
 * scanning and the SARIF tools read either, nobody reads megabytes of it by eye, and indentation made a large report's
 * file 70% bigger (6 MB against 3.5 MB for 4,000 vulnerabilities) and slower to write and upload.
 */
export function renderSarif(input: SarifInput): string {
  return `${fitSarif(input)}\n`
}

/**
 * No gzip output of `bytes` bytes is larger: zlib's deflateBound for any compression settings (fixed-code blocks,
 * about 13% over), plus the gzip wrapper's 18 bytes.
 */
export function gzipBound(bytes: number): number {
  return bytes + (bytes >> 3) + (bytes >> 8) + (bytes >> 9) + 4 + 18
}

/**
 * The log's compact JSON text, within the limits. The text the caller writes is the one measured, so a large log
 * is written once, and compressed only when its size alone cannot show that it fits.
 */
function fitSarif(input: SarifInput): string {
  const limits = input.limits ?? { maxResults: SARIF_MAX_RESULTS, maxGzipBytes: SARIF_MAX_GZIP_BYTES }
  // Sorted worst first, so each vulnerability's rule is made from (and at the level of) its worst finding, and the
  // ones left out to fit the limits are the least severe.
  const shown = byWorst(input.vulnerabilities ?? []).filter((v) => !input.severities || input.severities.includes(v.severity))
  let keep = Math.max(0, Math.min(shown.length, limits.maxResults - input.lint.length))
  for (;;) {
    const text = sarifText(input, shown, keep)
    if (keep === 0 || gzipBound(Buffer.byteLength(text)) <= limits.maxGzipBytes) return text
    const size = gzipSync(text).length
    if (size <= limits.maxGzipBytes) return text
    // Shrink in proportion to the excess (at least one result), so a huge report takes a few passes, not thousands.
    keep = Math.max(0, Math.min(keep - 1, Math.floor((keep * limits.maxGzipBytes) / size * 0.95)))
  }
}

/**
 * Several Dockerfiles in one SARIF file: a run each, with its own `automationDetails.id` so that code scanning keeps
 * them apart, sharing the file's 10 MB. Past code scanning's 20 runs per file, one run holds every Dockerfile's
 * results (each still located in its own file), since an upload with more runs is refused whole.
 */
export function toSarifLog(inputs: readonly SarifInput[]): SarifLog {
  const share = (input: SarifInput): SarifInput['limits'] => ({
    maxResults: input.limits?.maxResults ?? SARIF_MAX_RESULTS,
    maxGzipBytes: Math.floor((input.limits?.maxGzipBytes ?? SARIF_MAX_GZIP_BYTES) / Math.max(1, inputs.length))
  })
  const runs = inputs.flatMap((input) => toSarif({ ...input, limits: share(input) }).runs)
  const log: SarifLog = { $schema: SARIF_SCHEMA, version: '2.1.0', runs }
  return runs.length <= SARIF_MAX_RUNS ? log : { ...log, runs: [mergeRuns(runs)] }
}

/**
 * The SARIF file's text for one step. A single Dockerfile's is `renderSarif`'s (its size measured on the very text
 * written); several are serialised once more after each run was fitted.
 */
export function renderSarifLog(inputs: readonly SarifInput[]): string {
  return inputs.length === 1 ? renderSarif(inputs[0]!) : `${jsonText(toSarifLog(inputs))}\n`
}

/** One run with every run's results: rules merged by id, each result pointed at its rule's new index. */
function mergeRuns(runs: SarifLog['runs']): SarifLog['runs'][number] {
  const rules: SarifRule[] = []
  const index = new Map<string, number>()
  const results = runs.flatMap((run) =>
    run.results.map((result) => {
      const rule = run.tool.driver.rules[result.ruleIndex]!
      if (!index.has(rule.id)) index.set(rule.id, rules.push(rule) - 1)
      return { ...result, ruleIndex: index.get(rule.id)! }
    })
  )
  const notifications = runs.flatMap((run) => run.invocations?.[0]?.toolExecutionNotifications ?? [])
  const [first] = runs
  return {
    ...first!,
    tool: { driver: { ...first!.tool.driver, rules } },
    automationDetails: { id: 'container-gate/' },
    results,
    ...(notifications.length > 0 ? { invocations: [{ executionSuccessful: true as const, toolExecutionNotifications: notifications }] } : { invocations: undefined })
  }
}

// Code scanning resolves this base against the checkout.
const SOURCE_ROOT = '%SRCROOT%'

/**
 * Where a Dockerfile is, as SARIF wants it: a path relative to the checkout with the source root's base id, or, for
 * a file outside `root`, a file:// URI and no base id (SARIF allows a base id only beside a relative reference).
 */
export function artifactLocation(file: string, root?: string): SarifArtifactLocation {
  const path = file.replace(/\\/g, '/')
  const drive = /^[A-Za-z]:\//.test(path)
  if (!path.startsWith('/') && !drive) return { uri: encodePath(path), uriBaseId: SOURCE_ROOT }
  const base = root?.replace(/\\/g, '/').replace(/\/*$/, '/')
  if (base !== undefined && path.startsWith(base)) return { uri: encodePath(path.slice(base.length)), uriBaseId: SOURCE_ROOT }
  // A drive letter's colon stays as it is (file:///C:/x); every other segment is percent-encoded.
  const segments = path.split('/').map((segment, i) => (i === 0 && drive ? segment : encodeURIComponent(segment)))
  return { uri: `file://${drive ? '/' : ''}${segments.join('/')}` }
}

/**
 * The log as JSON text, written straight from the findings, the text `JSON.stringify` would write for the SARIF
 * types (members in their order); `toSarif` reads it back. A log of thousands of vulnerabilities is mostly their
 * results: built as objects first, then serialised, each result's strings were copied into a text of the result's
 * own before the file's, and the objects kept until then, which made the garbage collector copy them all again.
 */
function sarifText(input: SarifInput, shownVulnerabilities: readonly Vulnerability[], keep: number): string {
  // The items of each JSON list, each opening with the comma it needs, to be joined once with the rest of the text.
  const rules: string[] = []
  const results: string[] = []
  const ruleIndex = new Map<string, number>()
  // A rule is written when its first finding is met; nothing is made for the thousands of findings after.
  const indexOf = <T>(id: string, rule: (finding: T) => string, finding: T): number => {
    let index = ruleIndex.get(id)
    if (index === undefined) ruleIndex.set(id, (index = rules.push(rules.length === 0 ? rule(finding) : `,${rule(finding)}`) - 1))
    return index
  }
  const artifact = JSON.stringify(artifactLocation(input.dockerfile, input.root))
  const locations = (startLine: number, startColumn?: number): string => {
    const column = startColumn === undefined ? '' : `,"startColumn":${startColumn}`
    return `[{"physicalLocation":{"artifactLocation":${artifact},"region":{"startLine":${startLine}${column}}}}]`
  }

  const lintRuleText = (f: LintFinding): string => JSON.stringify(lintRule(f, input.rules.find((r) => r.code === f.code)))
  for (const f of [...input.lint].sort(compareLintByLine)) {
    const index = indexOf(f.code, lintRuleText, f)
    results.push(`${results.length === 0 ? '{' : ',{'}"ruleId":${jsonString(f.code)},"ruleIndex":${index},"level":"${LINT_SARIF_LEVEL[f.level]}","message":{"text":${jsonString(printableLine(f.message))}},"locations":${locations(f.line, f.column)}}`)
  }
  // Thousands of vulnerabilities sit on a handful of lines: each line's locations are written once.
  const lineLocations = new Map<number, string>()
  const vulns = shownVulnerabilities.slice(0, keep)
  for (const v of vulns) {
    const index = indexOf(v.id, vulnerabilityRule, v)
    const line = v.line ?? input.fromLine ?? 1
    results.push(vulnerabilityResult(v, index, lineLocations.get(line) ?? once(lineLocations, line, () => locations(line)), results.length === 0))
  }

  const omitted = shownVulnerabilities.length - vulns.length
  const driver = { name: 'Container Gate', version: input.toolVersion, informationUri: INFORMATION_URI }
  const run = { automationDetails: { id: `container-gate/${input.dockerfile}/` }, columnKind: 'utf16CodeUnits' }
  const invocations: SarifLog['runs'][number]['invocations'] = [
    {
      executionSuccessful: true,
      toolExecutionNotifications: [
        {
          level: 'warning',
          message: { text: `${omitted} of ${shownVulnerabilities.length} vulnerabilities (the least severe) were left out to stay within code scanning's limits (${SARIF_MAX_RESULTS} results, 10 MB gzipped); the job summary counts them all.` }
        }
      ]
    }
  ]
  const end = omitted > 0 ? `],${members({ invocations })}}]}` : ']}]}'
  return [`{${members({ $schema: SARIF_SCHEMA, version: '2.1.0' })},"runs":[{"tool":{"driver":{${members(driver)},"rules":[`, ...rules, `]}},${members(run)},"results":[`, ...results, end].join('')
}

/** An object's members as JSON text, without its braces. */
function members(value: object): string {
  return JSON.stringify(value).slice(1, -1)
}

// What `printableLine` replaces or JSON escapes: text without any goes between quotes as it is.
const NOT_AS_IS = new RegExp(`${UNPRINTABLE.source}|${JSON_ESCAPED.source}`)
const asIsText = (text: string): boolean => !NOT_AS_IS.test(text)
// What a vulnerability result says between its rule index and its message's text, for each severity.
const RESULT_LEVELS = Object.fromEntries(Object.entries(VULN_SARIF_LEVEL).map(([severity, level]) => [severity, `,"level":"${level}","message":{"text":`])) as Record<VulnSeverity, string>

/**
 * A vulnerability's SarifResult as JSON text, with a comma before it unless it is the `first` item. Its message and
 * fingerprint are made of the vulnerability's strings, which nearly always have nothing to replace or escape: then
 * they go into the text as they are, never copied into strings of their own. Thousands of results wait to be joined
 * into the file's text: the fewer strings made for each, the less there is for the garbage collector to copy
 * meanwhile (4,000 results: 14 MB made in all, 7 of them the text itself, against 18 MB for the same text
 * written result by result with JSON.stringify, and 21 MB for the objects serialised).
 */
function vulnerabilityResult(v: Vulnerability, ruleIndex: number, locations: string, first: boolean): string {
  const title = v.title ?? v.id
  const change = versionChange(v)
  const pkgPath = v.pkgPath ?? ''
  const message = `${v.pkgName} ${change} (${v.target}): ${title}`
  // Every package sits on the same line; the fingerprint keeps code scanning from merging their alerts.
  const fingerprint = `${v.id}|${v.target}|${pkgPath}|${v.pkgName}|${v.installedVersion}`
  const asIs = asIsText(v.id) && asIsText(v.pkgName) && asIsText(change) && asIsText(v.target) && asIsText(title) && asIsText(pkgPath)
  const id = asIs ? v.id : jsonInQuotes(v.id)
  const messageText = asIs ? message : jsonInQuotes(printableLine(message))
  const fingerprintText = asIs ? fingerprint : jsonInQuotes(fingerprint)
  return `${first ? '{"ruleId":"' : ',{"ruleId":"'}${id}","ruleIndex":${ruleIndex}${RESULT_LEVELS[v.severity]}"${messageText}"},"locations":${locations},"partialFingerprints":{"containerGatePackage/v1":"${fingerprintText}"}}`
}

function lintRule(f: LintFinding, meta: SarifInput['rules'][number] | undefined): SarifRule {
  // Parse errors (DL1000) and rules unknown to the caller are described from the finding itself.
  const helpUri = safeUrl(meta?.docsUrl ?? f.docsUrl)
  return {
    id: f.code,
    name: meta?.name ?? externalRuleName(f.code),
    shortDescription: { text: printableLine(meta?.title ?? f.title ?? f.message) },
    ...(helpUri !== undefined && { helpUri }),
    defaultConfiguration: { level: LINT_SARIF_LEVEL[meta?.severity ?? f.level] }
  }
}

/**
 * A readable name for a code outside the rule catalog, never the code itself (SARIF1001): the parse error, and
 * ShellCheck's checks, which have numbers only.
 */
function externalRuleName(code: string): string {
  if (code === 'DL1000') return 'ValidDockerfileSyntax'
  const shellcheck = /^SC(\d+)$/.exec(code)
  return shellcheck ? `ShellCheck${shellcheck[1]}` : `Check${code.replace(/[^A-Za-z0-9]/g, '')}`
}

// What every vulnerability rule of a severity ends with.
const RULE_ENDS = Object.fromEntries(
  Object.entries(VULN_SARIF_LEVEL).map(([severity, level]) => {
    const end: Pick<SarifRule, 'defaultConfiguration' | 'properties'> = {
      defaultConfiguration: { level },
      properties: { 'security-severity': SECURITY_SEVERITY[severity as VulnSeverity], tags: ['security', 'vulnerability'] }
    }
    return [severity, members(end)]
  })
) as Record<VulnSeverity, string>

/** A vulnerability's SarifRule as JSON text. */
function vulnerabilityRule(v: Vulnerability): string {
  const helpUri = safeUrl(v.primaryUrl)
  const help = helpUri === undefined ? '' : `,"helpUri":"${jsonInQuotes(helpUri)}"`
  return `{"id":"${jsonInQuotes(v.id)}","name":"PackageVulnerability","shortDescription":{"text":"${jsonInQuotes(printableLine(v.title ?? v.id))}"}${help},${RULE_ENDS[v.severity]}}`
}

/** The value made for `key`, made by `make` the first time. */
function once<K, V>(made: Map<K, V>, key: K, make: () => V): V {
  let value = made.get(key)
  if (value === undefined) made.set(key, (value = make()))
  return value
}
