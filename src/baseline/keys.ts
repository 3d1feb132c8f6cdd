// Identities that outlive one run: the Actions cache key of a Dockerfile's baseline, and a vulnerability's.
import { createHash } from 'node:crypto'
import type { Vulnerability } from '../types.js'

const PREFIX = 'container-gate-baseline'

/** Every baseline of one Dockerfile starts with this; a restore with it as prefix gets the newest one. */
export function baselineRestoreKey(dockerfile: string): string {
  // Hashed: a path may hold characters a cache key cannot (commas separate restore keys), and keys are bounded.
  return `${PREFIX}-${createHash('sha256').update(dockerfile).digest('hex')}-`
}

/**
 * The prefix of every baseline saved for one commit of the Dockerfile: a merge queue restores its base commit's by
 * it. Entries saved before keys named their commit match only `baselineRestoreKey`.
 */
export function baselineCommitKey(dockerfile: string, commit: string): string {
  return `${baselineRestoreKey(dockerfile)}${commit}-`
}

/** One entry per run: cache entries cannot be overwritten, so each default-branch run adds the newest one. */
export function baselineCacheKey(dockerfile: string, commit: string, runId: string): string {
  return `${baselineCommitKey(dockerfile, commit)}${runId}`
}

/** What makes two runs' vulnerabilities the same one. */
export interface VulnerabilityIdentity {
  id: string
  pkgName: string
  installedVersion: string
  /** Trivy's target with the scanned image's name replaced by `IMAGE`. */
  target: string
}

/**
 * Trivy names OS-package targets after the image (`app:3f2a… (alpine 3.19.1)`), and the default tag holds the
 * commit: without taking the name out, every vulnerability of every pull request would look new.
 */
export function vulnerabilityIdentity(v: Vulnerability, artifactName: string | undefined): VulnerabilityIdentity {
  const target = artifactName && v.target.startsWith(artifactName) ? `IMAGE${v.target.slice(artifactName.length)}` : v.target
  return { id: v.id, pkgName: v.pkgName, installedVersion: v.installedVersion, target }
}

export function identityKey(v: VulnerabilityIdentity): string {
  return JSON.stringify([v.id, v.pkgName, v.installedVersion, v.target])
}
