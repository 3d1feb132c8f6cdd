import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/options.js'
import { DEFAULT_TRIVY_VERSION } from '../../src/trivy/args.js'
import { expectedSha256, TRIVY_ARCHIVE_SHA256 } from '../../src/trivy/checksums.js'
import { TRIVY_RELEASES_URL, trivyAssetName, trivyDownloadUrl } from '../../src/trivy/release.js'
import { KNOWN_BAD_TRIVY_VERSIONS, parseTrivyVersion } from '../../src/trivy/version.js'

describe('trivyAssetName', () => {
  it.each([
    ['linux', 'x64', 'trivy_0.72.0_Linux-64bit.tar.gz'],
    ['linux', 'arm64', 'trivy_0.72.0_Linux-ARM64.tar.gz'],
    ['darwin', 'x64', 'trivy_0.72.0_macOS-64bit.tar.gz'],
    ['darwin', 'arm64', 'trivy_0.72.0_macOS-ARM64.tar.gz']
  ])('%s/%s → %s', (platform, arch, asset) => {
    expect(trivyAssetName('0.72.0', platform, arch)).toBe(asset)
  })

  it.each([['win32', 'x64'], ['linux', 'ia32'], ['linux', 's390x'], ['freebsd', 'x64']])('refuses %s/%s', (platform, arch) => {
    expect(() => trivyAssetName('0.72.0', platform, arch)).toThrow(
      `there is no Trivy release archive this action can install on ${platform}/${arch} (it installs on Linux and macOS, x64 and arm64). Install Trivy yourself and put it on PATH.`
    )
  })
})

describe('trivyDownloadUrl', () => {
  it('puts the tag before the asset, under GitHub by default', () => {
    expect(trivyDownloadUrl(TRIVY_RELEASES_URL, '0.72.0', 'trivy_0.72.0_Linux-64bit.tar.gz')).toBe(
      'https://github.com/aquasecurity/trivy/releases/download/v0.72.0/trivy_0.72.0_Linux-64bit.tar.gz'
    )
  })

  it('accepts a mirror base with a trailing slash', () => {
    expect(trivyDownloadUrl('http://127.0.0.1:8080/trivy/', '0.72.0', 'a.tar.gz')).toBe('http://127.0.0.1:8080/trivy/v0.72.0/a.tar.gz')
  })
})

describe('the shipped checksum table', () => {
  it('covers the four platforms of the default version with SHA-256 digests', () => {
    const assets = [['linux', 'x64'], ['linux', 'arm64'], ['darwin', 'x64'], ['darwin', 'arm64']].map(([p, a]) =>
      trivyAssetName(DEFAULT_TRIVY_VERSION, p, a)
    )
    for (const asset of assets) expect(TRIVY_ARCHIVE_SHA256[asset]).toMatch(/^[0-9a-f]{64}$/)
    expect(new Set(Object.values(TRIVY_ARCHIVE_SHA256)).size).toBe(Object.keys(TRIVY_ARCHIVE_SHA256).length)
  })

  it('has no entry for a known-malicious release', () => {
    for (const bad of KNOWN_BAD_TRIVY_VERSIONS) {
      expect(Object.keys(TRIVY_ARCHIVE_SHA256).filter((k) => k.startsWith(`trivy_${bad}_`))).toEqual([])
    }
  })
})

describe('expectedSha256', () => {
  const table = { 'a.tar.gz': 'aa'.repeat(32) }

  it('takes the table entry, and a user digest that agrees with it', () => {
    expect(expectedSha256(table, 'a.tar.gz', undefined)).toBe('aa'.repeat(32))
    expect(expectedSha256(table, 'a.tar.gz', ` SHA256:${'AA'.repeat(32)} `)).toBe('aa'.repeat(32))
  })

  it('refuses a user digest that contradicts the table', () => {
    expect(() => expectedSha256(table, 'a.tar.gz', 'bb'.repeat(32))).toThrow(
      `trivy-checksum ${'bb'.repeat(32)} contradicts the SHA-256 this action ships for a.tar.gz (${'aa'.repeat(32)}).`
    )
  })

  it('takes the user digest for an asset the table lacks, and refuses without one', () => {
    expect(expectedSha256(table, 'b.tar.gz', 'cc'.repeat(32))).toBe('cc'.repeat(32))
    expect(() => expectedSha256(table, 'b.tar.gz', '')).toThrow(/^b\.tar\.gz has no SHA-256 .* trivy-checksum input\.$/)
  })

  it('refuses a digest that is not SHA-256, as a setting to fix', () => {
    expect(() => expectedSha256(table, 'b.tar.gz', 'deadbeef')).toThrow(UsageError)
    expect(() => expectedSha256(table, 'b.tar.gz', 'deadbeef')).toThrow('trivy-checksum "deadbeef" is not a SHA-256 digest')
  })

  it('does not read inherited keys as entries', () => {
    expect(() => expectedSha256(table, 'constructor', undefined)).toThrow(/has no SHA-256/)
  })
})

describe('parseTrivyVersion', () => {
  it.each([['0.72.0', '0.72.0'], ['v0.72.0', '0.72.0'], [' 0.69.3 ', '0.69.3']])('%j → %s', (input, version) => {
    expect(parseTrivyVersion('input trivy-version', input)).toBe(version)
  })

  it.each(['latest', 'LATEST', 'vlatest'])('refuses %s', (input) => {
    expect(() => parseTrivyVersion('input trivy-version', input)).toThrow(/^input trivy-version: "latest" is not allowed\. Pin an exact release/)
  })

  it.each(['0.72', '^0.72.0', '0.72.x', '0.72.0-rc1', ''])('refuses the inexact %j', (input) => {
    expect(() => parseTrivyVersion('input trivy-version', input)).toThrow(/is not an exact Trivy version\. Use MAJOR\.MINOR\.PATCH/)
  })

  it.each(['0.69.4', 'v0.69.4', '0.69.5', '0.69.6'])('refuses the compromised %s', (input) => {
    expect(() => parseTrivyVersion('input trivy-version', input)).toThrow(/is a known-malicious release .* will not be installed/)
  })

  it('accepts the default', () => {
    expect(parseTrivyVersion('x', DEFAULT_TRIVY_VERSION)).toBe(DEFAULT_TRIVY_VERSION)
  })
})
