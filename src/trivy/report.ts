import { VULN_SEVERITIES } from '../types.js'
import type { LicenseFinding, MisconfigFinding, ScannedImage, ScanReport, SecretFinding, Vulnerability, VulnSeverity } from '../types.js'

/** A Trivy report this project cannot read; the message names the file and what to do. */
export class TrivyReportError extends Error {
  override name = 'TrivyReportError'
}

type Json = Record<string, unknown>

/**
 * Reads a `trivy image --format json` report (SchemaVersion 2). Trivy omits every empty field, so most are optional
 * here, but every field this reader uses must have the type Trivy gives it, and a severity must be one of Trivy's
 * five, exactly as Trivy writes them: a report we misread (an object for a list, `"critical "`) must never pass as
 * clean, so it fails the scan naming the field.
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

  const field = fieldReader(source)
  const vulnerabilities: Vulnerability[] = []
  const secrets: SecretFinding[] = []
  const misconfigurations: MisconfigFinding[] = []
  const licenses: LicenseFinding[] = []
  field.objects(data, 'Results').forEach((result, r) => {
    const at = `Results[${r}]`
    const target = field.string(result, 'Target', at) ?? ''
    const cls = field.string(result, 'Class', at) ?? 'unknown'
    field.objects(result, 'Vulnerabilities', at).forEach((v, i) => vulnerabilities.push(toVulnerability(v, target, cls, field, `${at}.Vulnerabilities[${i}]`)))
    field.objects(result, 'Secrets', at).forEach((s, i) => secrets.push(toSecret(s, target, field, `${at}.Secrets[${i}]`)))
    field.objects(result, 'Misconfigurations', at).forEach((m, i) => {
      const where = `${at}.Misconfigurations[${i}]`
      // Only failures: with --include-non-failures Trivy also lists the checks that passed.
      const status = field.string(m, 'Status', where)
      if (status === undefined || status === 'FAIL') misconfigurations.push(toMisconfig(m, target, field, where))
    })
    field.objects(result, 'Licenses', at).forEach((l, i) => licenses.push(toLicense(l, target, field, `${at}.Licenses[${i}]`)))
  })

  const trivy = field.object(data, 'Trivy') ?? {}
  const image = scannedImage(field.object(data, 'Metadata') ?? {})
  return {
    artifactName: field.string(data, 'ArtifactName'),
    trivyVersion: field.string(trivy, 'Version', 'Trivy'),
    vulnerabilities,
    secrets,
    ...(misconfigurations.length > 0 && { misconfigurations }),
    ...(licenses.length > 0 && { licenses }),
    ...(image && { image })
  }
}

type FieldReader = ReturnType<typeof fieldReader>

/**
 * Reads optional fields of the report, each of the type Trivy writes or absent (Trivy omits empty ones; null
 * counts as absent); anything else throws, naming the field by its path in the report.
 */
function fieldReader(source: string) {
  const refuse = (path: string, what: string, value: unknown): never => {
    throw new TrivyReportError(
      `${source}: ${path} is ${describe(value)} where Trivy writes ${what}; the report was not read, so the scan counts as failed. Use the JSON report of trivy image --format json as Trivy wrote it.`
    )
  }
  const name = (at: string | undefined, key: string): string => (at ? `${at}.${key}` : key)
  return {
    string(record: Json, key: string, at?: string): string | undefined {
      const value = record[key]
      if (value === undefined || value === null) return undefined
      return typeof value === 'string' ? (value === '' ? undefined : value) : refuse(name(at, key), 'a string', value)
    },
    object(record: Json, key: string, at?: string): Json | undefined {
      const value = record[key]
      if (value === undefined || value === null) return undefined
      return isObject(value) ? value : refuse(name(at, key), 'an object', value)
    },
    objects(record: Json, key: string, at?: string): Json[] {
      const value = record[key]
      if (value === undefined || value === null) return []
      if (!Array.isArray(value)) return refuse(name(at, key), 'a list', value)
      return value.map((item, i) => (isObject(item) ? item : refuse(`${name(at, key)}[${i}]`, 'an object', item)))
    },
    severity(record: Json, at: string): VulnSeverity {
      const value = record.Severity
      return VULN_SEVERITIES.find((s) => s === value) ?? refuse(`${at}.Severity`, `one of ${VULN_SEVERITIES.join(', ')}`, value)
    }
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object' && value !== null) return 'an object'
  const json = JSON.stringify(value)
  return json.length > 60 ? `${json.slice(0, 60)}…` : json
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

function toVulnerability(v: Json, target: string, cls: string, field: FieldReader, at: string): Vulnerability {
  const layer = field.object(v, 'Layer', at) ?? {}
  return dropUndefined({
    id: field.string(v, 'VulnerabilityID', at) ?? 'unknown',
    pkgName: field.string(v, 'PkgName', at) ?? '',
    installedVersion: field.string(v, 'InstalledVersion', at) ?? '',
    fixedVersion: field.string(v, 'FixedVersion', at),
    severity: field.severity(v, at),
    title: field.string(v, 'Title', at),
    target,
    class: cls,
    pkgPath: field.string(v, 'PkgPath', at),
    primaryUrl: field.string(v, 'PrimaryURL', at),
    layerDiffId: field.string(layer, 'DiffID', `${at}.Layer`),
    status: field.string(v, 'Status', at)
  })
}

// Match and Code are left behind on purpose: they hold the secret's line and its neighbours, not always masked.
function toSecret(s: Json, target: string, field: FieldReader, at: string): SecretFinding {
  const ruleId = field.string(s, 'RuleID', at)
  return dropUndefined({
    ruleId: ruleId ?? 'unknown',
    title: field.string(s, 'Title', at) ?? ruleId ?? 'secret',
    severity: field.severity(s, at),
    target,
    startLine: typeof s.StartLine === 'number' && s.StartLine > 0 ? s.StartLine : undefined
  })
}

function toMisconfig(m: Json, target: string, field: FieldReader, at: string): MisconfigFinding {
  const id = field.string(m, 'ID', at) ?? field.string(m, 'AVDID', at) ?? 'unknown'
  return dropUndefined({
    id,
    title: field.string(m, 'Title', at) ?? id,
    severity: field.severity(m, at),
    target,
    message: field.string(m, 'Message', at),
    primaryUrl: field.string(m, 'PrimaryURL', at)
  })
}

function toLicense(l: Json, target: string, field: FieldReader, at: string): LicenseFinding {
  return dropUndefined({
    name: field.string(l, 'Name', at) ?? 'unknown',
    severity: field.severity(l, at),
    category: field.string(l, 'Category', at),
    pkgName: field.string(l, 'PkgName', at),
    filePath: field.string(l, 'FilePath', at),
    target
  })
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

/** Keeps optional fields absent rather than present-but-undefined, so reports compare and serialise cleanly. */
function dropUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T
}
