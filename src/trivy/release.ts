// Where Trivy's release archives live and what they are called: pure, so the naming is tested without a network.

export const TRIVY_RELEASES_URL = 'https://github.com/aquasecurity/trivy/releases/download'

/** Trivy's own OS-ARCH suffixes for the four platforms this action can verify (see checksums.ts). */
const ASSET_SUFFIX: Readonly<Record<string, string>> = {
  'linux/x64': 'Linux-64bit',
  'linux/arm64': 'Linux-ARM64',
  'darwin/x64': 'macOS-64bit',
  'darwin/arm64': 'macOS-ARM64'
}

/** The release archive for a Node `process.platform` / `process.arch` pair, e.g. `trivy_0.72.0_Linux-64bit.tar.gz`. */
export function trivyAssetName(version: string, platform: string, arch: string): string {
  const suffix = ASSET_SUFFIX[`${platform}/${arch}`]
  if (suffix === undefined) {
    throw new Error(
      `there is no Trivy release archive this action can install on ${platform}/${arch} (it installs on Linux and macOS, ` +
        'x64 and arm64). Install Trivy yourself and put it on PATH.'
    )
  }
  return `trivy_${version}_${suffix}.tar.gz`
}

/** `<base>/v<version>/<asset>`; the base is overridable so a mirror (or a test's loopback server) can serve it. */
export function trivyDownloadUrl(base: string, version: string, asset: string): string {
  return `${base.replace(/\/+$/, '')}/v${version}/${asset}`
}
