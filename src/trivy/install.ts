// Installs a verified Trivy into the runner's tool cache when none is on PATH.
import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { access, constants, rm } from 'node:fs/promises'
import path from 'node:path'
import * as tc from '@actions/tool-cache'
import { makeFolder } from '../real-paths.js'
import { findTrivy } from './scan.js'
import { expectedSha256, TRIVY_ARCHIVE_SHA256 } from './checksums.js'
import { TRIVY_RELEASES_URL, trivyAssetName, trivyDownloadUrl } from './release.js'

/** Why Trivy could not be installed; the message says what to change. */
export class TrivyInstallError extends Error {
  override name = 'TrivyInstallError'
}

export interface InstallOptions {
  /** An exact version, already checked by parseTrivyVersion. */
  version: string
  /** Scratch space for the download (RUNNER_TEMP); removed again whatever happens. */
  tempDir: string
  /** The user's SHA-256 for a version the shipped table does not know (input trivy-checksum). */
  checksum?: string
  /** Release download base; defaults to GitHub. A mirror, or a test's loopback server. */
  baseUrl?: string
  /** The digests to trust; the shipped table unless a test injects its own. */
  checksums?: Readonly<Record<string, string>>
  platform?: string
  arch?: string
}

export interface InstalledTrivy {
  /** Absolute path of the trivy executable. */
  path: string
  source: 'path' | 'tool-cache' | 'download'
}

/** trivy from PATH when there is one; otherwise the pinned version from the tool cache, downloading it if needed. */
export async function ensureTrivy(opts: InstallOptions, env: Record<string, string | undefined> = process.env): Promise<InstalledTrivy> {
  const onPath = await findTrivy(env)
  if (onPath !== undefined) return { path: onPath, source: 'path' }
  return installTrivy(opts)
}

export async function installTrivy(opts: InstallOptions): Promise<InstalledTrivy> {
  const platform = opts.platform ?? process.platform
  const arch = opts.arch ?? process.arch
  const asset = trivyAssetName(opts.version, platform, arch)
  // Before any download: a version we cannot verify is refused without touching the network.
  const expected = expectedSha256(opts.checksums ?? TRIVY_ARCHIVE_SHA256, asset, opts.checksum)
  if (!process.env.RUNNER_TOOL_CACHE) {
    throw new TrivyInstallError(
      `trivy is not on PATH and there is no runner tool cache (RUNNER_TOOL_CACHE) to install it into: ` +
        `install Trivy v${opts.version} yourself and put it on PATH.`
    )
  }

  const cached = tc.find('trivy', opts.version, arch)
  if (cached !== '') return { path: await executableIn(cached, asset), source: 'tool-cache' }

  const url = trivyDownloadUrl(opts.baseUrl ?? TRIVY_RELEASES_URL, opts.version, asset)
  const work = path.join(opts.tempDir, `container-gate-trivy-${randomUUID()}`)
  makeFolder(work)
  try {
    const archive = await download(url, path.join(work, asset), opts.version)
    const actual = await sha256File(archive)
    if (actual !== expected) {
      throw new TrivyInstallError(
        `${asset} downloaded from ${url} does not match its SHA-256 (expected ${expected}, got ${actual}); ` +
          'it was deleted and not run. The release or the mirror may have been tampered with; do not retry blindly.'
      )
    }
    const extracted = await tc.extractTar(archive, path.join(work, 'extracted'))
    await executableIn(extracted, asset)
    const toolDir = await tc.cacheDir(extracted, 'trivy', opts.version, arch)
    return { path: path.join(toolDir, 'trivy'), source: 'download' }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function download(url: string, dest: string, version: string): Promise<string> {
  try {
    return await tc.downloadTool(url, dest)
  } catch (error) {
    const status = error instanceof tc.HTTPError ? error.httpStatusCode : undefined
    const why = status !== undefined ? `HTTP ${status}` : error instanceof Error ? error.message : String(error)
    const hint =
      status === 404
        ? `check that Trivy v${version} is a published release and that the download URL is right`
        : 'check the runner can reach the download server, or put Trivy on PATH before this step'
    throw new TrivyInstallError(`could not download Trivy v${version} from ${url} (${why}): ${hint}.`)
  }
}

/** Hex SHA-256 of a file, streamed: the archives are tens of megabytes. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

async function executableIn(dir: string, asset: string): Promise<string> {
  const trivy = path.join(dir, 'trivy')
  try {
    await access(trivy, constants.X_OK)
  } catch {
    throw new TrivyInstallError(`${asset} holds no executable trivy at its top level (looked for ${trivy}).`)
  }
  return trivy
}
