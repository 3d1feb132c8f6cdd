/**
 * The pinned Trivy release users are told to install. Never "latest": v0.69.4 was a malicious release (March 2026),
 * so a version moves only when someone has checked the new one.
 */
export const DEFAULT_TRIVY_VERSION = '0.72.0'

export interface TrivyScanArgs {
  image: string
  /** Where Trivy writes the JSON report. */
  outputFile: string
  /** A Go duration such as `10m`; Trivy's default (5m) when absent. */
  timeout?: string
}

/**
 * `trivy image` arguments for a report the gate can trust. No --severity: the gate counts every severity and the
 * reports filter. --exit-code 0 because Trivy also exits 1 when it crashes, so the verdict comes from the report.
 * --image-src docker so a freshly built local image is never silently swapped for a remote one of the same name.
 */
export function trivyArgs(opts: TrivyScanArgs): string[] {
  return [
    'image',
    '--format', 'json',
    '--output', opts.outputFile,
    '--exit-code', '0',
    '--list-all-pkgs=false',
    '--scanners', 'vuln,secret',
    '--no-progress',
    '--disable-telemetry',
    '--skip-version-check',
    '--image-src', 'docker',
    ...(opts.timeout ? ['--timeout', opts.timeout] : []),
    opts.image
  ]
}
