// The action: read the runner's settings, gate each Dockerfile (or read the results of earlier steps), report
// everywhere the user asked, then gate. The one place that decides the step's exit status.
import { homedir } from 'node:os'
import * as core from '@actions/core'
import { baselineComparer, baselineImageTag, headCommit, judgedAll, JUDGED_ALL_NOTE, noBaseline, rebuildBaseline, restoreBaseline, saveBaseline } from './baseline/index.js'
import type { Comparer } from './baseline/index.js'
import { pushGated, secretParts } from './docker/index.js'
import { findDockerfiles, ownContext } from './files/dockerfiles.js'
import { combineRuns } from './gate.js'
import { actionLog } from './github/action-log.js'
import { commentKey } from './github/comment-key.js'
import { comparisonBase, readRunnerContext } from './github/context.js'
import type { RunnerContext } from './github/context.js'
import { inputFromEnv, readInputs } from './github/inputs.js'
import type { ActionInputs } from './github/inputs.js'
import { publishReports } from './github/publish.js'
import { readReportMode } from './github/report-mode.js'
import { isPrivilegedEvent, untrustedBuildRefusal } from './github/untrusted.js'
import { defaultImageTag } from './image-tag.js'
import { findLintConfig } from './lint/index.js'
import { logFor } from './log.js'
import { UsageError } from './options.js'
import { runPipeline } from './pipeline.js'
import type { PipelineOptions } from './pipeline.js'
import { refuseEscapes } from './real-paths.js'
import { printableLines } from './report/escape.js'
import { writeResultsFile } from './results/file.js'
import { sharedScanner } from './scanner.js'
import type { GateReport, GateRun } from './types.js'

export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  try {
    // Masked first, so that no message printed later (not even an invalid input's) can show the token.
    const token = inputFromEnv(env, 'github-token')
    if (token) core.setSecret(token)
    const context = readRunnerContext(env)
    const inputs = readInputs(env, context.workspace)
    // Before anything can print them; a malformed secret's message never shows it (readBuildInputs).
    for (const part of secretParts(inputs.buildInputs.secrets)) core.setSecret(part)
    const key = commentKey({ workflow: env.GITHUB_WORKFLOW ?? '', job: env.GITHUB_JOB ?? '', matrix: inputs.matrix, subject: inputs.mode === 'report' ? 'report' : inputs.dockerfiles.join('\n') })

    // In report mode the pull request and its commit come from the results files, checked against the event.
    if (inputs.sarif) refuseEscapes(context.workspace, [['sarif', inputs.sarif]])
    const { report, runner } = inputs.mode === 'report' ? await readReportMode(inputs, context, actionLog) : { report: await gateDockerfiles(inputs, context), runner: context }
    const resultsFile = await writeResultsFile(report, { key, repository: runner.repository, sha: runner.sha, ...(runner.pullRequest && { pullRequest: runner.pullRequest }) }, runner.tempDir)
    await actionLog.step('report', () => publishReports(report, inputs, runner, env, { key, resultsFile }))

    if (!report.verdict.pass) failed(`Container Gate failed: ${report.verdict.reasons.join('; ')}`)
  } catch (e) {
    // Every error we raise on purpose carries a message that says what to do; the stack only helps us, so it
    // goes to the debug log (visible with ACTIONS_STEP_DEBUG) rather than in front of the user.
    core.debug(e instanceof Error && e.stack ? e.stack : String(e))
    failed(e instanceof Error ? e.message : String(e))
  }
}

/** The step's final `::error::` line: reasons quote Docker's and Trivy's errors, escape sequences and all. */
function failed(message: string): void {
  core.setFailed(printableLines(message))
}

/** Lint, build and scan each Dockerfile in turn, with one Trivy for all of them. */
async function gateDockerfiles(inputs: ActionInputs, runner: RunnerContext): Promise<GateReport> {
  const refusal = untrustedBuildRefusal({
    eventName: runner.eventName,
    eventSha: runner.eventSha,
    checkout: isPrivilegedEvent(runner.eventName) ? await headCommit(runner.workspace) : undefined,
    build: inputs.build,
    allowUntrustedBuild: inputs.allowUntrustedBuild
  })
  if (refusal) throw new UsageError(refusal)
  const dockerfiles = await findDockerfiles(runner.workspace, inputs.dockerfiles)
  // Judged by where they really lead before anything is read: a pull request can commit symbolic links.
  const config = inputs.config || findLintConfig({ cwd: runner.workspace, home: homedir(), env: process.env })
  refuseEscapes(runner.workspace, [
    ...dockerfiles.flatMap((d) => [['dockerfile', d], ['context', inputs.context || ownContext(d)]] as const),
    ...(config ? [['config', config] as const] : []),
    ...(inputs.trivyignore ? [['trivyignore', inputs.trivyignore] as const] : [])
  ])
  const several = dockerfiles.length > 1
  const { tags, push } = inputs.buildInputs
  if (several && (inputs.image !== '' || tags.length > 0)) {
    const named = inputs.image !== '' ? `input image: "${inputs.image}" is one tag` : `input tags: ${tags.join(', ')} name one image`
    throw new UsageError(
      `${named}, and the dockerfile input names ${dockerfiles.length} Dockerfiles (${dockerfiles.join(', ')}). ` +
        'Leave image and tags empty (each Dockerfile gets its own tag), or run one step per Dockerfile.'
    )
  }
  const scanner = sharedScanner()
  const runs: GateRun[] = []
  for (const dockerfile of dockerfiles) {
    const options: PipelineOptions = {
      ...inputs,
      dockerfile,
      context: inputs.context || ownContext(dockerfile),
      image: inputs.image || tags[0] || defaultImageTag(runner.repository, runner.sha, several ? dockerfile : undefined),
      workspace: runner.workspace,
      tempDir: runner.tempDir,
      runContext: { serverUrl: runner.serverUrl, repository: runner.repository, sha: runner.sha, runUrl: runner.runUrl },
      missingTool: 'fail',
      switches: { build: 'build: false', scan: 'scan: false' },
      scanner
    }
    const log = several ? logFor(actionLog, dockerfile) : actionLog
    const compare = comparer(inputs, runner, options)
    const gate = await runPipeline({ ...options, ...(compare && { compare }) }, log)
    if (runner.defaultBranchRun && inputs.baseline === 'cache') {
      await log.step('save baseline', () => saveBaseline(gate, { dockerfile, tempDir: runner.tempDir, runId: runner.runId, commit: runner.sha }, log))
    }
    if (judgedAll(gate.comparison)) {
      // Said where the run's page shows it, not only in the summary: the gate is stricter than the workflow asked.
      const why = gate.comparison!.notes.filter((n) => n !== JUDGED_ALL_NOTE).join(' ')
      const advice =
        comparisonBase(runner) === undefined
          ? 'fail-scope: new narrows only pull request and merge queue runs.'
          : 'Run the gate on pushes to the default branch (or on a schedule) so that it saves one, or set baseline: rebuild; the Actions cache drops entries unused for 7 days.'
      core.warning(`${dockerfile}: ${JUDGED_ALL_NOTE}${why ? ` ${why}` : ''} ${advice}`, { title: 'No baseline: every finding judged', file: dockerfile })
    }
    runs.push(gate)
  }
  const report = combineRuns(runs)
  return push ? actionLog.step('push', () => pushGated(report, tags, actionLog)) : report
}

/**
 * A pull request's and a merge queue's run is compared with its base. Any other run has none: under fail-scope new
 * it says why, and the gate judges every finding.
 */
function comparer(inputs: ActionInputs, runner: RunnerContext, options: PipelineOptions): Comparer | undefined {
  if (inputs.baseline === 'none') return undefined
  const base = comparisonBase(runner)
  if (base === undefined) {
    if (inputs.policy.failScope !== 'new') return undefined
    return noBaseline(`a ${runner.eventName || 'run outside a pull request'} event has no base commit to compare with (only pull_request and merge_group runs have one)`)
  }
  const where = { workspace: runner.workspace, dockerfile: options.dockerfile }
  return baselineComparer({
    ...where,
    diff: { ...(base && { base }), against: 'merge-base' },
    load: async (log) => {
      if (inputs.baseline === 'cache') return restoreBaseline({ dockerfile: options.dockerfile, tempDir: runner.tempDir, base }, log)
      if (!base) return { missing: `the ${runner.eventName} event names no base commit to rebuild` }
      return rebuildBaseline(
        {
          ...where,
          tempDir: runner.tempDir,
          base,
          // The same settings on the base commit's files; its own tag, so that the pull request's image stays.
          run: (workspace, baseLog) => runPipeline({ ...options, workspace, image: baselineImageTag(options.image) }, baseLog)
        },
        log
      )
    }
  })
}

