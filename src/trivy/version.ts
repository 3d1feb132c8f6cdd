import { UsageError } from '../options.js'

/**
 * Releases published by whoever compromised Trivy's release pipeline in March 2026: v0.69.4 on GitHub,
 * v0.69.5 and v0.69.6 on Docker Hub. They must never run, whatever the checksum table or the user says.
 */
export const KNOWN_BAD_TRIVY_VERSIONS: readonly string[] = ['0.69.4', '0.69.5', '0.69.6']

/**
 * The exact version to install, from what the user wrote (`0.72.0` or `v0.72.0`). Ranges, `latest` and the
 * compromised releases are refused: an install must be the same bytes on every run so its digest can be checked.
 */
export function parseTrivyVersion(setting: string, value: string): string {
  const v = value.trim().replace(/^v/, '')
  if (v.toLowerCase() === 'latest') {
    throw new UsageError(
      `${setting}: "latest" is not allowed. Pin an exact release such as 0.72.0: a moving version cannot be verified, ` +
        'and a compromised "latest" (v0.69.4, March 2026) would run with your workflow\'s secrets.'
    )
  }
  if (!/^\d+\.\d+\.\d+$/.test(v)) {
    throw new UsageError(`${setting}: "${value}" is not an exact Trivy version. Use MAJOR.MINOR.PATCH, such as 0.72.0.`)
  }
  if (KNOWN_BAD_TRIVY_VERSIONS.includes(v)) {
    throw new UsageError(
      `${setting}: Trivy v${v} is a known-malicious release (the March 2026 supply-chain compromise, CVE-2026-33634) ` +
        'and will not be installed. Pin 0.69.3 or a release from 0.70.0 on.'
    )
  }
  return v
}
