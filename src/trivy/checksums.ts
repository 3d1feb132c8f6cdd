import { UsageError } from '../options.js'

/**
 * SHA-256 of Trivy's release archives, shipped inside the action so a download is checked against digests fixed
 * when this file was reviewed, not against a checksums file fetched from the same (possibly compromised) place.
 * Keyed by the release asset name. To add a version, copy its lines from that release's
 * `trivy_<version>_checksums.txt`, read from two independent sources, and compare.
 *
 * v0.72.0: trivy_0.72.0_checksums.txt, the four archives this action installs.
 */
export const TRIVY_ARCHIVE_SHA256: Readonly<Record<string, string>> = Object.freeze({
  'trivy_0.72.0_Linux-64bit.tar.gz': 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
  'trivy_0.72.0_Linux-ARM64.tar.gz': '2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467',
  'trivy_0.72.0_macOS-64bit.tar.gz': 'ee5e60df8a98e5b89fd74a6d86f9e5c7e9a266a35002cb1e43291698b3bfee08',
  'trivy_0.72.0_macOS-ARM64.tar.gz': '88f208680dc05da2b459e19b4f5aa2b4dc7c2117892ba4aab2ae63baba330016'
})

/**
 * The digest an archive must have: the shipped table's, else the one the user gave (`trivy-checksum`).
 * A user digest that contradicts the table is refused rather than preferred: the table is the reviewed one.
 */
export function expectedSha256(
  table: Readonly<Record<string, string>>,
  asset: string,
  userDigest: string | undefined
): string {
  const shipped = Object.hasOwn(table, asset) ? table[asset] : undefined
  const given = normaliseDigest(userDigest)
  if (shipped !== undefined) {
    if (given !== undefined && given !== shipped) {
      throw new UsageError(
        `trivy-checksum ${given} contradicts the SHA-256 this action ships for ${asset} (${shipped}). ` +
          'Remove trivy-checksum, or check where your digest came from.'
      )
    }
    return shipped
  }
  if (given === undefined) {
    throw new UsageError(
      `${asset} has no SHA-256 in this action's checksum table, so it cannot be verified. Use the default Trivy version, ` +
        `or give the archive's SHA-256 from the release's checksums.txt in the trivy-checksum input.`
    )
  }
  return given
}

function normaliseDigest(digest: string | undefined): string | undefined {
  const d = digest?.trim().toLowerCase().replace(/^sha256:/, '')
  if (d === undefined || d === '') return undefined
  if (!/^[0-9a-f]{64}$/.test(d)) {
    throw new UsageError(`trivy-checksum "${digest}" is not a SHA-256 digest: expected 64 hexadecimal characters.`)
  }
  return d
}
