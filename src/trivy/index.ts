export {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_JAVA_DB_REPOSITORIES,
  DEFAULT_TRIVY_TIMEOUT,
  DEFAULT_TRIVY_VERSION,
  downloadDbArgs,
  parseDbRepositories,
  trivyArgs
} from './args.js'
export type { TrivyDbArgs, TrivyScanArgs } from './args.js'
export { defaultTrivyCacheDir } from './cache-dir.js'
export { expectedSha256, TRIVY_ARCHIVE_SHA256 } from './checksums.js'
export { startDbDownload } from './db-download.js'
export type { DbDownloadOptions, DbReadiness } from './db-download.js'
export { IGNORE_FILE_NAMES, resolveIgnoreFile } from './ignore-file.js'
export { ensureTrivy, installTrivy, sha256File, TrivyInstallError } from './install.js'
export type { InstalledTrivy, InstallOptions } from './install.js'
export { TRIVY_RELEASES_URL, trivyAssetName, trivyDownloadUrl } from './release.js'
export { parseTrivyReport, TrivyReportError } from './report.js'
export { findTrivy, lastMeaningfulLine, missingTrivyReason, scanImage } from './scan.js'
export type { ScanOptions } from './scan.js'
export { KNOWN_BAD_TRIVY_VERSIONS, parseTrivyVersion } from './version.js'
