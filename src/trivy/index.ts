export {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_JAVA_DB_REPOSITORIES,
  DEFAULT_TRIVY_TIMEOUT,
  DEFAULT_TRIVY_VERSION,
  downloadDbArgs,
  DEFAULT_SCANNERS,
  parseDbRepositories,
  parseTrivyList,
  PKG_TYPES,
  trivyArgs,
  TRIVY_SCANNERS
} from './args.js'
export type { PkgType, TrivyDbArgs, TrivyScanArgs, TrivyScanner, TrivyScanSettings } from './args.js'
export { defaultTrivyCacheDir } from './cache-dir.js'
export { expectedSha256, TRIVY_ARCHIVE_SHA256 } from './checksums.js'
export { startDbDownload } from './db-download.js'
export type { DbDownloadOptions, DbReadiness } from './db-download.js'
export { IGNORE_FILE_NAMES, resolveIgnoreFile, resolveIgnoreFiles } from './ignore-file.js'
export { ensureTrivy, installTrivy, sha256File, TrivyInstallError } from './install.js'
export type { InstalledTrivy, InstallOptions } from './install.js'
export { TRIVY_RELEASES_URL, trivyAssetName, trivyDownloadUrl } from './release.js'
export { parseTrivyReport, TrivyReportError } from './report.js'
export { findTrivy, lastMeaningfulLine, missingTrivyReason, scanImage } from './scan.js'
export type { ScanOptions } from './scan.js'
export { KNOWN_BAD_TRIVY_VERSIONS, parseTrivyVersion } from './version.js'
