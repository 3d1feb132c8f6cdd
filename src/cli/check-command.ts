// `container-gate check`: the action's pipeline on a developer's machine. Where Docker or Trivy is missing it
// says what it skipped and why, and still lints.
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { baselineComparer, headCommit, readBaselineFile, writeBaselineFile } from '../baseline/index.js'
import { parseDuration } from '../duration.js'
import { DOCKERFILE_FLAG, findDockerfiles, ownContext } from '../files/dockerfiles.js'
import { combineRuns } from '../gate.js'
import { defaultImageTag } from '../image-tag.js'
import { logFor } from '../log.js'
import { PROFILES } from '../lint/index.js'
import { parseChoice, parseFailOnLint, parseFailOnVuln, parseSeverities, UsageError } from '../options.js'
import { runPipeline } from '../pipeline.js'
import { sharedScanner } from '../scanner.js'
import { commentMarker, renderComment } from '../report/comment.js'
import { renderTerminal } from '../report/tty.js'
import { DEFAULT_BUILD_TIMEOUT, imageReference } from '../docker/index.js'
import { DEFAULT_DB_REPOSITORIES, DEFAULT_JAVA_DB_REPOSITORIES, DEFAULT_TRIVY_TIMEOUT, DEFAULT_TRIVY_VERSION } from '../trivy/index.js'
import { FAIL_SCOPES } from '../types.js'
import type { GateRun } from '../types.js'
import { CHECK_FORMATS } from './formats.js'
import type { CliIo } from './io.js'
import { parseCliArgs } from './io.js'
import { terminalLog } from './terminal-log.js'

export const CHECK_USAGE = `Usage: container-gate check [options]

Lint the Dockerfile, build the image and scan it with Trivy, then print the gate's verdict.
Exit status: 0 when the gate passes, 1 when it fails, 2 for a usage error.

Options:
  --dockerfile FILE       Dockerfile to check, or a glob (repeatable; default: Dockerfile)
  --context DIR           build context (default: each Dockerfile's own folder)
  --image NAME            tag for the built image; with --no-build, the image to scan
  --build-arg KEY=VALUE   build argument (repeatable)
  --target STAGE          build stage to stop at
  --config FILE           lint configuration (default: .hadolint.yaml or .hadolint.yml, searched as hadolint does)
  --profile PROFILE       lint rules: production (default) or hadolint (hadolint's rules only)
  --no-build              do not build; scan --image if given
  --no-scan               do not scan
  --fail-on-vuln LEVEL    critical (default), high, medium, low, unknown or none
  --fail-on-lint LEVEL    error, warning, info, style or none (default: the lint config's failure-threshold
                          or no-fail when one sets it, else error)
  --severity LIST         severities shown, comma-separated (default: all)
  --trivyignore FILE      Trivy ignore file (default: .trivyignore or .trivyignore.yaml when present)
  --ignore-unfixed        leave out vulnerabilities that have no fixed version
  --trivy-timeout TIME    stop Trivy, and fail the scan, when its DB download or scan runs longer than this
                          (default: ${DEFAULT_TRIVY_TIMEOUT}; like 90s, 5m or 1h30m)
  --build-timeout TIME    stop the build, and fail it, when it runs longer than this (default: ${DEFAULT_BUILD_TIMEOUT})
  --baseline-file FILE    compare with a run's results (written by --write-baseline) and mark what is new:
                          vulnerabilities it lacks, lint findings on lines changed since its commit
  --fail-scope SCOPE      all (default) or new: with new, gate only on what --baseline-file lacks
  --write-baseline FILE   write this run's results, to compare later runs with
  --format FORMAT         ${CHECK_FORMATS.join(', ')}: tty (default) is this terminal's report, markdown exactly the
                          pull-request comment
  --no-color              no colours in tty output
`

export async function runCheckCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(args, {
    dockerfile: { type: 'string', multiple: true, default: ['Dockerfile'] },
    context: { type: 'string', default: '' },
    image: { type: 'string', default: '' },
    'build-arg': { type: 'string', multiple: true, default: [] },
    target: { type: 'string', default: '' },
    config: { type: 'string', default: '' },
    profile: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'no-scan': { type: 'boolean', default: false },
    'fail-on-vuln': { type: 'string', default: 'critical' },
    'fail-on-lint': { type: 'string' },
    severity: { type: 'string', default: '' },
    trivyignore: { type: 'string', default: '' },
    'ignore-unfixed': { type: 'boolean', default: false },
    'trivy-timeout': { type: 'string', default: DEFAULT_TRIVY_TIMEOUT },
    'build-timeout': { type: 'string', default: DEFAULT_BUILD_TIMEOUT },
    'baseline-file': { type: 'string', default: '' },
    'fail-scope': { type: 'string', default: 'all' },
    'write-baseline': { type: 'string', default: '' },
    format: { type: 'string', default: 'tty' },
    'no-color': { type: 'boolean', default: false }
  }, 'check')
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0]}". Name the Dockerfile with --dockerfile.`)
  }
  const format = parseChoice('--format', values.format, CHECK_FORMATS)
  const failScope = parseChoice('--fail-scope', values['fail-scope'], FAIL_SCOPES)
  const baselineFile = values['baseline-file']
  if (failScope === 'new' && baselineFile === '') {
    throw new UsageError('--fail-scope new: there is nothing to tell what is new against. Pass --baseline-file FILE (written by --write-baseline).')
  }
  const dockerfiles = await findDockerfiles(io.cwd, values.dockerfile, DOCKERFILE_FLAG)
  const several = dockerfiles.length > 1
  if (several && (baselineFile !== '' || values['write-baseline'] !== '')) {
    throw new UsageError(`--baseline-file and --write-baseline compare one Dockerfile, and --dockerfile names ${dockerfiles.length}. Check them one at a time.`)
  }
  if (several && values.image !== '') {
    throw new UsageError(`--image names one tag, and --dockerfile names ${dockerfiles.length} Dockerfiles. Leave it out: each gets its own tag.`)
  }
  // Read before anything is built, so that a bad file stops the run at once.
  const baseline = baselineFile === '' ? undefined : await readBaselineFile(resolve(io.cwd, baselineFile), baselineFile)
  const build = !values['no-build']
  const scan = !values['no-scan']
  if (values.image !== '') imageReference('--image', values.image, build ? 'build' : 'scan')
  const settings = {
    workspace: io.cwd,
    build,
    buildArgs: values['build-arg'].join('\n'),
    target: values.target,
    scan: scan && (build || values.image !== ''),
    trivyVersion: DEFAULT_TRIVY_VERSION,
    // On a laptop Trivy keeps its own DB cache and comes from the user's install; the action adds both.
    dbRepositories: DEFAULT_DB_REPOSITORIES,
    javaDbRepositories: DEFAULT_JAVA_DB_REPOSITORIES,
    cacheDb: false,
    trivyignore: values.trivyignore,
    ignoreUnfixed: values['ignore-unfixed'],
    trivyTimeoutMs: parseDuration('--trivy-timeout', values['trivy-timeout']),
    buildTimeoutMs: parseDuration('--build-timeout', values['build-timeout']),
    config: values.config,
    profile: values.profile === undefined ? undefined : parseChoice('--profile', values.profile, PROFILES),
    tempDir: tmpdir(),
    policy: {
      failOnVuln: parseFailOnVuln('--fail-on-vuln', values['fail-on-vuln']),
      failOnLint: parseFailOnLint('--fail-on-lint', values['fail-on-lint'] ?? 'error'),
      severities: parseSeverities('--severity', values.severity),
      failScope
    },
    failOnLintFromConfig: values['fail-on-lint'] === undefined,
    runContext: {},
    missingTool: 'skip' as const,
    switches: { build: '--no-build', scan: '--no-scan' },
    scanner: sharedScanner()
  }
  const log = terminalLog(io.stderrStream)
  const runs: GateRun[] = []
  for (const dockerfile of dockerfiles) {
    runs.push(
      await runPipeline(
        {
          ...settings,
          dockerfile,
          context: values.context || ownContext(dockerfile),
          image: values.image || (build ? defaultImageTag('check', 'local', several ? dockerfile : undefined) : ''),
          // On a laptop the working tree is what changed: uncommitted edits count.
          ...(baseline && {
            compare: baselineComparer({ workspace: io.cwd, dockerfile, diff: { against: 'working-tree' }, load: async () => baseline })
          })
        },
        several ? logFor(log, dockerfile) : log
      )
    )
  }
  const gate = combineRuns(runs)
  const writeTo = values['write-baseline']
  if (writeTo !== '') {
    const refused = await writeBaselineFile(runs[0]!, resolve(io.cwd, writeTo), await headCommit(io.cwd))
    io.stderr(refused === undefined ? `Baseline written to ${writeTo}.\n` : `Baseline not written: ${refused}.\n`)
  }
  const report =
    format === 'markdown'
      ? renderComment(gate, { marker: commentMarker(values.dockerfile.join(',')) })
      : runs.map((run) => renderTerminal(run, { color: io.color && !values['no-color'] })).join('\n')
  io.stdout(report.endsWith('\n') ? report : `${report}\n`)
  return gate.verdict.pass ? 0 : 1
}
