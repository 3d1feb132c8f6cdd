import { VULN_SEVERITIES } from '../types.js'
import type { LicenseFinding, MisconfigFinding, ScannedImage, ScanReport, SecretFinding, Vulnerability, VulnSeverity } from '../types.js'

/** A Trivy report this project cannot read; the message names the file and what to do. */
export class TrivyReportError extends Error {
  override name = 'TrivyReportError'
}

type Json = Record<string, unknown>

/**
 * Reads a `trivy image --format json` report (SchemaVersion 2). Trivy omits every empty field, so each one is
 * optional here; only the overall shape is checked, because a report we misread must never pass as clean.
 */
export function parseTrivyReport(text: string, source: string): ScanReport {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new TrivyReportError(
      `${source}: not valid JSON (${detail}); the report may be truncated. Run the scan again, and check that Trivy was run with --format json.`
    )
  }
  if (data === null || Array.isArray(data)) {
    throw new TrivyReportError(
      `${source}: this is the pre-0.20 Trivy JSON format (a bare ${data === null ? 'null' : 'array'}); upgrade Trivy to 0.20 or later.`
    )
  }
  if (!isObject(data)) {
    throw new TrivyReportError(`${source}: expected a Trivy JSON report (an object with SchemaVersion 2), got ${typeof data}.`)
  }
  if (data.SchemaVersion !== 2) {
    throw new TrivyReportError(
      `${source}: unsupported Trivy report SchemaVersion ${JSON.stringify(data.SchemaVersion)}; this reader understands SchemaVersion 2 (Trivy 0.20 and later).`
    )
  }

  const vulnerabilities: Vulnerability[] = []
  const secrets: SecretFinding[] = []
  const misconfigurations: MisconfigFinding[] = []
  const licenses: LicenseFinding[] = []
  for (const result of objects(data.Results)) {
    const target = optionalString(result.Target) ?? ''
    const cls = optionalString(result.Class) ?? 'unknown'
    for (const v of objects(result.Vulnerabilities)) vulnerabilities.push(toVulnerability(v, target, cls))
    for (const s of objects(result.Secrets)) secrets.push(toSecret(s, target))
    // Only failures: with --include-non-failures Trivy also lists the checks that passed.
    for (const m of objects(result.Misconfigurations)) if (m.Status === undefined || m.Status === 'FAIL') misconfigurations.push(toMisconfig(m, target))
    for (const l of objects(result.Licenses)) licenses.push(toLicense(l, target))
  }

  const trivy = isObject(data.Trivy) ? data.Trivy : {}
  const image = scannedImage(isObject(data.Metadata) ? data.Metadata : {})
  return {
    artifactName: optionalString(data.ArtifactName),
    trivyVersion: optionalString(trivy.Version),
    vulnerabilities,
    secrets,
    ...(misconfigurations.length > 0 && { misconfigurations }),
    ...(licenses.length > 0 && { licenses }),
    ...(image && { image })
  }
}

/**
 * The image config's history, with its `empty_layer` flags, and its DiffIDs: what ties each layer to the instruction
 * that made it. Absent when the report has no history (not an image scan, or a Trivy that left the config out).
 */
function scannedImage(metadata: Json): ScannedImage | undefined {
  const config = isObject(metadata.ImageConfig) ? metadata.ImageConfig : {}
  const history = objects(config.history)
  if (history.length === 0) return undefined
  const rootfs = isObject(config.rootfs) ? config.rootfs : {}
  // The config's own list pairs with its history; Metadata.DiffIDs is the same list, read from the same config.
  const configDiffIds = strings(rootfs.diff_ids)
  return {
    diffIds: configDiffIds.length > 0 ? configDiffIds : strings(metadata.DiffIDs),
    history: history.map((h) => ({ createdBy: typeof h.created_by === 'string' ? h.created_by : '', emptyLayer: h.empty_layer === true }))
  }
}

function toVulnerability(v: Json, target: string, cls: string): Vulnerability {
  const layer = isObject(v.Layer) ? v.Layer : {}
  return dropUndefined({
    id: optionalString(v.VulnerabilityID) ?? 'unknown',
    pkgName: optionalString(v.PkgName) ?? '',
    installedVersion: optionalString(v.InstalledVersion) ?? '',
    fixedVersion: optionalString(v.FixedVersion),
    severity: severity(v.Severity),
    title: optionalString(v.Title),
    target,
    class: cls,
    pkgPath: optionalString(v.PkgPath),
    primaryUrl: optionalString(v.PrimaryURL),
    layerDiffId: optionalString(layer.DiffID),
    status: optionalString(v.Status)
  })
}

// Match and Code are left behind on purpose: they hold the secret's line and its neighbours, not always masked.
function toSecret(s: Json, target: string): SecretFinding {
  return dropUndefined({
    ruleId: optionalString(s.RuleID) ?? 'unknown',
    title: optionalString(s.Title) ?? optionalString(s.RuleID) ?? 'secret',
    severity: severity(s.Severity),
    target,
    startLine: typeof s.StartLine === 'number' && s.StartLine > 0 ? s.StartLine : undefined
  })
}

function toMisconfig(m: Json, target: string): MisconfigFinding {
  const id = optionalString(m.ID) ?? optionalString(m.AVDID) ?? 'unknown'
  return dropUndefined({
    id,
    title: optionalString(m.Title) ?? id,
    severity: severity(m.Severity),
    target,
    message: optionalString(m.Message),
    primaryUrl: optionalString(m.PrimaryURL)
  })
}

function toLicense(l: Json, target: string): LicenseFinding {
  return dropUndefined({
    name: optionalString(l.Name) ?? 'unknown',
    severity: severity(l.Severity),
    category: optionalString(l.Category),
    pkgName: optionalString(l.PkgName),
    filePath: optionalString(l.FilePath),
    target
  })
}

function severity(value: unknown): VulnSeverity {
  const upper = typeof value === 'string' ? value.toUpperCase() : ''
  return VULN_SEVERITIES.find((s) => s === upper) ?? 'UNKNOWN'
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : []
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** Keeps optional fields absent rather than present-but-undefined, so reports compare and serialise cleanly. */
function dropUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T
}
