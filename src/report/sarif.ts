import type { LintFinding, RuleSeverity, Vulnerability, VulnSeverity } from '../types.js'
import { encodePath, printableLine, safeUrl } from './escape.js'
import { versionChange } from './format.js'
import { compareLintByLine, compareVulnerabilities } from './select.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
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

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: { text: string }
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } } }>
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
  }>
}

export interface SarifInput {
  dockerfile: string
  lint: readonly LintFinding[]
  vulnerabilities?: readonly Vulnerability[]
  /** The Dockerfile line the image's vulnerabilities are reported on (its final FROM, say); line 1 without it. */
  fromLine?: number
  toolVersion: string
  /** The rule catalog (each rule's `meta`): the results' rules are described from it. */
  rules: ReadonlyArray<{ code: string; title: string; docsUrl: string; severity: RuleSeverity }>
}

const LINT_SARIF_LEVEL: Record<RuleSeverity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', style: 'note', ignore: 'none' }
const VULN_SARIF_LEVEL: Record<VulnSeverity, SarifLevel> = { CRITICAL: 'error', HIGH: 'error', MEDIUM: 'warning', LOW: 'note', UNKNOWN: 'note' }
// The scores GitHub's code scanning ranks by when a rule has no CVSS score of its own (Trivy's fallbacks).
const SECURITY_SEVERITY: Record<VulnSeverity, string> = { CRITICAL: '9.5', HIGH: '8.0', MEDIUM: '5.5', LOW: '2.0', UNKNOWN: '0.0' }

/** Lint findings and image vulnerabilities as one SARIF 2.1.0 run, for GitHub code scanning. */
export function toSarif(input: SarifInput): SarifLog {
  const uri = encodePath(input.dockerfile)
  const rules: SarifRule[] = []
  const ruleIndex = new Map<string, number>()
  const indexOf = (id: string, make: () => SarifRule): number => {
    if (!ruleIndex.has(id)) ruleIndex.set(id, rules.push(make()) - 1)
    return ruleIndex.get(id)!
  }
  const location = (startLine: number, startColumn?: number): SarifResult['locations'] => [
    { physicalLocation: { artifactLocation: { uri }, region: { startLine, ...(startColumn !== undefined && { startColumn }) } } }
  ]

  const lint = [...input.lint].sort(compareLintByLine)
  const lintResults = lint.map(
    (f): SarifResult => ({
      ruleId: f.code,
      ruleIndex: indexOf(f.code, () => lintRule(f, input.rules.find((r) => r.code === f.code))),
      level: LINT_SARIF_LEVEL[f.level],
      message: { text: printableLine(f.message) },
      locations: location(f.line, f.column)
    })
  )

  // Sorted worst first, so each vulnerability's rule is made from (and at the level of) its worst finding.
  const vulns = [...(input.vulnerabilities ?? [])].sort(compareVulnerabilities)
  const vulnResults = vulns.map(
    (v): SarifResult => ({
      ruleId: v.id,
      ruleIndex: indexOf(v.id, () => vulnerabilityRule(v)),
      level: VULN_SARIF_LEVEL[v.severity],
      message: { text: printableLine(`${v.pkgName} ${versionChange(v)} (${v.target}): ${v.title ?? v.id}`) },
      locations: location(input.fromLine ?? 1),
      // Every package sits on the same line; this keeps code scanning from merging their alerts.
      partialFingerprints: { 'containerGatePackage/v1': [v.id, v.target, v.pkgPath ?? '', v.pkgName, v.installedVersion].join('|') }
    })
  )

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Container Gate', version: input.toolVersion, informationUri: INFORMATION_URI, rules } },
        automationDetails: { id: `container-gate/${input.dockerfile}/` },
        columnKind: 'utf16CodeUnits',
        results: [...lintResults, ...vulnResults]
      }
    ]
  }
}

function lintRule(f: LintFinding, meta: SarifInput['rules'][number] | undefined): SarifRule {
  // Parse errors (DL1000) and rules unknown to the caller are described from the finding itself.
  const helpUri = safeUrl(meta?.docsUrl ?? f.docsUrl)
  return {
    id: f.code,
    name: f.code,
    shortDescription: { text: printableLine(meta?.title ?? f.title ?? f.message) },
    ...(helpUri !== undefined && { helpUri }),
    defaultConfiguration: { level: LINT_SARIF_LEVEL[meta?.severity ?? f.level] }
  }
}

function vulnerabilityRule(v: Vulnerability): SarifRule {
  const helpUri = safeUrl(v.primaryUrl)
  return {
    id: v.id,
    name: 'PackageVulnerability',
    shortDescription: { text: printableLine(v.title ?? v.id) },
    ...(helpUri !== undefined && { helpUri }),
    defaultConfiguration: { level: VULN_SARIF_LEVEL[v.severity] },
    properties: { 'security-severity': SECURITY_SEVERITY[v.severity], tags: ['security', 'vulnerability'] }
  }
}
