// The only reader of the action's inputs. Every value is validated here, so the rest of the action
// works with typed settings and a bad value stops the run before anything is built.
import { isAbsolute, relative, resolve } from 'node:path'
import { DEFAULT_BUILD_TIMEOUT, imageReference, readBuildInputs } from '../docker/index.js'
import type { BuildInputs } from '../docker/index.js'
import { parseDuration } from '../duration.js'
import { compileGlob } from '../files/glob.js'
import { FAILURE_THRESHOLDS, PROFILES } from '../lint/index.js'
import type { HadolintActionInputs } from '../lint/index.js'
import { parseBoolean, parseChoice, parseFailOnLint, parseFailOnVuln, parseSeverities, UsageError } from '../options.js'
import type { GateSettings } from '../pipeline.js'
import { FAIL_SCOPES } from '../types.js'
import {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_JAVA_DB_REPOSITORIES,
  DEFAULT_TRIVY_TIMEOUT,
  DEFAULT_TRIVY_VERSION,
  parseDbRepositories,
  parseTrivyList,
  parseTrivyVersion,
  PKG_TYPES,
  TRIVY_SCANNERS
} from '../trivy/index.js'

/** Where a pull request's baseline comes from; see action.yml. */
export const BASELINE_MODES = ['cache', 'rebuild', 'none'] as const
export type BaselineMode = (typeof BASELINE_MODES)[number]

/** `gate`: lint, build, scan, report and gate; `report`: only report and gate on results files of earlier steps. */
export const MODES = ['gate', 'report'] as const
export type Mode = (typeof MODES)[number]

/** When the pull-request comment is written; see action.yml. */
export const COMMENT_MODES = ['always', 'on-failure', 'update-only', 'never'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

/**
 * Whether this run may write a new comment (an existing one is always refreshed, whatever the mode but never):
 * on-failure refreshes a comment an earlier failing run wrote, so that it never shows a failure since fixed.
 */
export function createsComment(mode: CommentMode, pass: boolean): boolean {
  return mode === 'always' || (mode === 'on-failure' && !pass)
}

export interface ActionInputs extends Omit<GateSettings, 'dockerfile' | 'buildInputs'> {
  buildInputs: BuildInputs
  mode: Mode
  /** The `dockerfile` input's lines: paths and globs relative to the workspace, `!` before those to leave out. */
  dockerfiles: string[]
  /** Empty: each Dockerfile's own folder. */
  context: string
  /** `mode: report`: the results files, folders or globs to read. */
  results: string[]
  /** The job's matrix values as `toJSON(matrix)` gives them ('null' outside a matrix); part of the comment's key. */
  matrix: string
  baseline: BaselineMode
  comment: CommentMode
  /** `check-run`: every finding on a check run of its own (needs `checks: write`). */
  annotations: boolean | 'check-run'
  /** Post GitHub suggestions for fixable findings on lines the pull request changed. */
  suggestions: boolean
  sarif: string
  githubToken: string
  /** Build under `pull_request_target` or `workflow_run` a checkout other than the event's own commit; see untrusted.ts. */
  allowUntrustedBuild: boolean
}

type Env = Record<string, string | undefined>

/** The runner passes input `foo-bar` as `INPUT_FOO-BAR`: upper-cased, spaces to underscores, dashes kept. */
export function inputFromEnv(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function readInputs(env: Env, workspace: string): ActionInputs {
  const get = (name: string): string => inputFromEnv(env, name)
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = get(name)
    return raw === '' ? fallback : parseBoolean(`input ${name}`, raw)
  }
  const mode = parseChoice('input mode', get('mode') || 'gate', MODES)
  const build = bool('build', true)
  const image = get('image') === '' ? '' : imageReference('input image', get('image'), build ? 'build' : 'scan')
  if (!build && bool('scan', true) && image === '') {
    throw new UsageError('input image: with build: false there is no image to scan. Name the image to scan, or set scan: false.')
  }
  const sarif = get('sarif')
  const baseline = parseChoice('input baseline', get('baseline') || 'cache', BASELINE_MODES)
  const failScope = parseChoice('input fail-scope', get('fail-scope') || 'all', FAIL_SCOPES)
  if (failScope === 'new' && baseline === 'none') {
    throw new UsageError('input fail-scope: "new" needs a baseline to tell what is new, and baseline is none. Set baseline to cache or rebuild.')
  }
  const hadolint = hadolintInputs(get)
  const failOnLint = get('fail-on-lint')
  if (failOnLint !== '' && (hadolint.failureThreshold !== undefined || hadolint.noFail === true)) {
    throw new UsageError(
      `input fail-on-lint: "${failOnLint}" and hadolint-action's ${hadolint.noFail === true ? 'no-fail' : 'failure-threshold'} both set the lint gate. Keep one: fail-on-lint (error, warning, info, style, none), or hadolint's own.`
    )
  }
  // Untrimmed: a quoted list item may begin or end with blanks that belong to it.
  const buildInputs = readBuildInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '', env)
  if (buildInputs.push && (!build || buildInputs.tags.length === 0)) {
    throw new UsageError(
      `input push: ${build ? 'there is no tag to push the image as. Name the image in tags (e.g. ghcr.io/owner/app:1.2.3), one per line or comma-separated' : 'with build: false nothing is built, so nothing is pushed. Set build: true, or leave push out'}.`
    )
  }
  const results = lines(env['INPUT_RESULTS'] ?? '')
  if (mode === 'report' && results.length === 0) {
    throw new UsageError('input results: mode report reads the results files of earlier Container Gate steps. Name them (a folder, files or globs, one per line), e.g. the folder actions/download-artifact wrote to.')
  }
  return {
    mode,
    dockerfiles: dockerfilePatterns(workspace, lines(env['INPUT_DOCKERFILE'] ?? '')),
    context: get('context') === '' ? '' : insideWorkspace(workspace, 'context', get('context')),
    results,
    matrix: get('matrix'),
    image,
    build,
    buildArgs: env['INPUT_BUILD-ARGS'] ?? '',
    target: get('target'),
    buildInputs,
    scan: bool('scan', true),
    trivyVersion: parseTrivyVersion('input trivy-version', get('trivy-version') || DEFAULT_TRIVY_VERSION),
    trivyChecksum: get('trivy-checksum'),
    trivyDownloadUrl: get('trivy-download-url'),
    dbRepositories: parseDbRepositories('input db-repository', env['INPUT_DB-REPOSITORY'] ?? '', DEFAULT_DB_REPOSITORIES),
    javaDbRepositories: parseDbRepositories('input java-db-repository', env['INPUT_JAVA-DB-REPOSITORY'] ?? '', DEFAULT_JAVA_DB_REPOSITORIES),
    cacheDb: bool('cache', true),
    trivyignore: get('trivyignore') === '' ? '' : insideWorkspace(workspace, 'trivyignore', get('trivyignore')),
    trivyignores: commaList(get('trivyignores')).map((file) => insideWorkspace(workspace, 'trivyignores', file)),
    trivyScan: {
      scanners: parseTrivyList('input scanners', get('scanners'), TRIVY_SCANNERS),
      skipDirs: commaList(get('skip-dirs')),
      skipFiles: commaList(get('skip-files')),
      pkgTypes: parseTrivyList('input pkg-types', get('pkg-types'), PKG_TYPES),
      vex: commaList(get('vex'))
    },
    ignoreUnfixed: bool('ignore-unfixed', false),
    trivyTimeoutMs: parseDuration('input trivy-timeout', get('trivy-timeout') || DEFAULT_TRIVY_TIMEOUT),
    buildTimeoutMs: parseDuration('input build-timeout', get('build-timeout') || DEFAULT_BUILD_TIMEOUT),
    policy: {
      failOnVuln: parseFailOnVuln('input fail-on-vuln', get('fail-on-vuln') || 'critical'),
      failOnLint: parseFailOnLint('input fail-on-lint', failOnLint || 'error'),
      severities: parseSeverities('input severity', get('severity')),
      failScope
    },
    baseline,
    failOnLintFromConfig: failOnLint === '',
    hadolint,
    config: get('config') === '' ? '' : insideWorkspace(workspace, 'config', get('config')),
    profile: get('profile') === '' ? undefined : parseChoice('input profile', get('profile'), PROFILES),
    comment: commentMode(get('comment')),
    annotations: get('annotations') === 'check-run' ? 'check-run' : bool('annotations', true),
    suggestions: bool('suggestions', true),
    sarif: sarif === '' ? '' : insideWorkspace(workspace, 'sarif', sarif),
    githubToken: get('github-token'),
    allowUntrustedBuild: bool('allow-untrusted-build', false)
  }
}

/** hadolint/hadolint-action's inputs, comma-separated as it takes them (lines work too). */
function hadolintInputs(get: (name: string) => string): HadolintActionInputs {
  const list = (name: string): string[] => commaList(get(name))
  const threshold = get('failure-threshold')
  const noFail = get('no-fail')
  return {
    ignore: list('ignore'),
    override: { error: list('override-error'), warning: list('override-warning'), info: list('override-info'), style: list('override-style') },
    trustedRegistries: list('trusted-registries'),
    ...(threshold !== '' && { failureThreshold: parseChoice('input failure-threshold', threshold, FAILURE_THRESHOLDS) }),
    ...(noFail !== '' && { noFail: parseBoolean('input no-fail', noFail) })
  }
}

/** The peers' list inputs: comma-separated, as they document them, or one per line. */
function commaList(raw: string): string[] {
  return raw.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== '')
}

function lines(raw: string): string[] {
  return raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
}

/** Each line stays inside the workspace: its literal part, before any wildcard, is checked like a path. */
function dockerfilePatterns(workspace: string, given: string[]): string[] {
  const patterns = given.length > 0 ? given : ['Dockerfile']
  return patterns.map((line) => {
    const negated = line.startsWith('!')
    const pattern = negated ? line.slice(1) : line
    const glob = compileGlob(pattern)
    if (glob.literal) return (negated ? '!' : '') + insideWorkspace(workspace, 'dockerfile', pattern)
    insideWorkspace(workspace, 'dockerfile', glob.root || '.')
    return line
  })
}

/** `true` and `false`, the input's first values, keep their meaning. */
function commentMode(raw: string): CommentMode {
  const value = raw.toLowerCase()
  if (value === '' || value === 'true') return 'always'
  if (value === 'false') return 'never'
  return parseChoice('input comment', value, COMMENT_MODES)
}

/**
 * Paths are relative to the workspace and must stay inside it: the reports link to them in the repository,
 * and a path that escapes the checkout is almost always a mistake in the workflow file.
 */
function insideWorkspace(workspace: string, input: string, value: string): string {
  const rel = relative(workspace, resolve(workspace, value))
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new UsageError(`input ${input}: "${value}" is outside the workspace (${workspace}). Use a path inside the repository.`)
  }
  return rel === '' ? '.' : rel.split('\\').join('/')
}
