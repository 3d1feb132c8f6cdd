// Sends one step's report (a run per Dockerfile) everywhere the user asked: annotations, job summary, SARIF file,
// PR comment, outputs. A reporting failure is a warning: it never changes the gate's verdict.
import { writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import * as core from '@actions/core'
import { countByLevel, countBySeverity } from '../counts.js'
import { rules } from '../lint/index.js'
import { makeFolder } from '../real-paths.js'
import { planAnnotations } from '../report/annotations.js'
import { commentMarker, renderComment } from '../report/comment.js'
import { preparer } from '../report/prepare.js'
import type { Preparer } from '../report/prepare.js'
import { renderSarifLog } from '../report/sarif.js'
import { renderSummary } from '../report/summary.js'
import type { GateReport } from '../types.js'
import { TOOL_VERSION } from '../version.js'
import { upsertComment } from './comments.js'
import type { RunnerContext } from './context.js'
import { createsComment } from './inputs.js'
import type { ActionInputs, CommentMode } from './inputs.js'
import { createRestClient } from './rest.js'
import type { RestClient } from './rest.js'
import { actionLog } from './action-log.js'
import { annotateWithCheckRun } from './check-run.js'
import { checkRunName } from './check-run-annotations.js'
import { checkHead } from './pull-head.js'
import { postSuggestions } from './review.js'

export interface Published {
  /** The comment's key (see comment-key.ts): its marker tells this step's comment from every other. */
  key: string
  /** The results file written for this step, for the `results-file` output. */
  resultsFile: string
}

export async function publishReports(
  report: GateReport,
  inputs: ActionInputs,
  runner: RunnerContext,
  env: Record<string, string | undefined>,
  published: Published
): Promise<void> {
  const client = inputs.githubToken ? createRestClient({ token: inputs.githubToken, apiUrl: runner.apiUrl }) : undefined
  // Each run's findings sorted and grouped once, for every renderer below.
  const prepare = preparer()
  const superseded = await supersededBy(report, inputs, client, runner)
  if (inputs.annotations === 'check-run' && !superseded) await annotateOnCheckRuns(report, client, runner, prepare)
  else if (inputs.annotations && inputs.mode === 'report') core.info('mode report: the gate steps annotated their own lines; annotations: check-run puts them on the pull request here too.')
  else if (inputs.annotations) emitAnnotations(report, prepare)
  await writeSummary(report, env, prepare, superseded)
  const sarifPath = inputs.sarif ? await writeSarif(report, inputs.sarif, runner.workspace) : ''
  const commentUrl = superseded ? '' : await postComment(report, inputs.comment, client, runner, published.key, prepare)
  if (inputs.suggestions && !superseded) await suggestFixes(report, client, runner)
  setOutputs(report, { commentUrl, sarifPath, resultsFile: published.resultsFile })
}

/**
 * Right before writing on the pull request: when its head has moved past the commit this run gated, a newer run
 * reports on it, and this one must not overwrite that run's comment, check run or review. Returns what to say in
 * this run's own summary then. One GET, only when something would be written on the pull request.
 */
async function supersededBy(report: GateReport, inputs: ActionInputs, client: RestClient | undefined, runner: RunnerContext): Promise<string | undefined> {
  const pr = runner.pullRequest
  const writes = inputs.comment !== 'never' || (inputs.suggestions && hasFixes(report)) || inputs.annotations === 'check-run'
  if (!pr || !client || !writes) return undefined
  const check = await checkHead(client, { owner: runner.owner, repo: runner.repo, number: pr.number }, pr.headSha)
  if ('unknown' in check) {
    core.warning(`Could not check that pull request #${pr.number} still has the head ${pr.headSha.slice(0, 12)} (${check.unknown}); publishing anyway, so that the report is not lost.`)
    return undefined
  }
  if ('current' in check) return undefined
  const said =
    `Pull request #${pr.number}'s head is now ${check.stale.slice(0, 12) || 'another commit'}, not ${pr.headSha.slice(0, 12)}, the commit this run gated: ` +
    "the newer commit's run reports on the pull request, so this run left its comment, check run and review suggestions alone."
  core.warning(said)
  return said
}

/** Every finding on a check run per Dockerfile; without a token or `checks: write`, the budgeted annotations instead. */
async function annotateOnCheckRuns(report: GateReport, client: RestClient | undefined, runner: RunnerContext, prepare: Preparer): Promise<void> {
  if (!client || !runner.sha) {
    core.warning('annotations: check-run needs github-token and a commit to attach the check run to; showing the step annotations instead.')
    emitAnnotations(report, prepare)
    return
  }
  for (const run of report.runs) {
    const target = { owner: runner.owner, repo: runner.repo, headSha: runner.sha, name: checkRunName(run.dockerfile), ...(runner.runUrl && { detailsUrl: runner.runUrl }) }
    const outcome = await annotateWithCheckRun(client, target, run, prepare(run))
    if ('fallback' in outcome) {
      // The same refusal would meet every other Dockerfile: the step annotations carry them all at once.
      core.warning(outcome.fallback)
      emitAnnotations(report, prepare)
      return
    }
    core.info(`Check run with ${outcome.published.annotations} annotations: ${outcome.published.url}`)
  }
}

/** Fixable findings on lines the pull request changed, as one review of GitHub suggestions. Never fails the run. */
async function suggestFixes(report: GateReport, client: RestClient | undefined, runner: RunnerContext): Promise<void> {
  if (!client || !runner.pullRequest || !hasFixes(report)) return
  const lint = report.runs.flatMap((r) => r.lint)
  try {
    const target = { owner: runner.owner, repo: runner.repo, pullNumber: runner.pullRequest.number, headSha: runner.pullRequest.headSha }
    const result = await postSuggestions(client, target, lint)
    if (result.action === 'posted') core.info(`Suggested ${result.posted} fixes in a review${result.url ? `: ${result.url}` : ''}`)
  } catch (e) {
    core.warning(`The fix suggestions were not posted: ${(e as Error).message}`)
  }
}

/** Whether any finding carries a fix a review could suggest. */
function hasFixes(report: GateReport): boolean {
  return report.runs.some((r) => r.lint.some((f) => f.fix))
}

function emitAnnotations(report: GateReport, prepare: Preparer): void {
  for (const a of planAnnotations(report, prepare)) {
    const props = { title: a.title, file: a.file, startLine: a.startLine }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
}

async function writeSummary(report: GateReport, env: Record<string, string | undefined>, prepare: Preparer, superseded: string | undefined): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.')
    return
  }
  try {
    await core.summary.addRaw(renderSummary(report, { ...(superseded && { notice: superseded }) }, prepare), true).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${(e as Error).message}`)
  }
}

async function writeSarif(report: GateReport, path: string, workspace: string): Promise<string> {
  const catalog = rules.map((r) => r.meta)
  const sarif = renderSarifLog(
    report.runs.map((run) => ({
      dockerfile: run.dockerfile,
      root: workspace,
      lint: run.lint,
      vulnerabilities: run.scan.report?.vulnerabilities,
      fromLine: run.fromLine,
      severities: run.policy.severities,
      toolVersion: TOOL_VERSION,
      rules: catalog
    }))
  )
  const absolute = resolve(workspace, path)
  try {
    makeFolder(dirname(absolute))
    await writeFile(absolute, sarif)
    actionLog.info(`SARIF written to ${path}`)
    return path
  } catch (e) {
    core.warning(`Could not write the SARIF file ${path}: ${(e as Error).message}`)
    return ''
  }
}

async function postComment(report: GateReport, mode: CommentMode, client: RestClient | undefined, runner: RunnerContext, key: string, prepare: Preparer): Promise<string> {
  if (mode === 'never') return ''
  if (!runner.pullRequest) {
    core.info(`No pull request in this ${runner.eventName || 'run'}: no comment posted (the job summary has the report).`)
    return ''
  }
  if (!client) {
    core.warning('No github-token: the pull-request comment was not posted. Pass github-token: ${{ github.token }}.')
    return ''
  }
  const create = createsComment(mode, report.verdict.pass)
  const marker = commentMarker(key)
  try {
    const result = await upsertComment(client, {
      owner: runner.owner,
      repo: runner.repo,
      issueNumber: runner.pullRequest.number,
      marker,
      body: renderComment(report, { marker, summaryUrl: runner.runUrl }, prepare),
      create
    })
    if (result.action === 'absent') {
      core.info(`comment: ${mode}: no comment of this step to update, none created.`)
      return ''
    }
    core.info(`Pull-request comment ${result.action}: ${result.url}`)
    return result.url
  } catch (e) {
    core.warning(`The pull-request comment was not posted: ${(e as Error).message}`)
    return ''
  }
}

function setOutputs(report: GateReport, extra: { commentUrl: string; sarifPath: string; resultsFile: string }): void {
  const allLint = report.runs.flatMap((r) => r.lint)
  const allVulns = report.runs.flatMap((r) => r.scan.report?.vulnerabilities ?? [])
  const lint = countByLevel(allLint)
  const vulns = countBySeverity(allVulns)
  // Zero without a comparison: nothing counts as introduced then.
  const newLint = countByLevel(allLint.filter((f) => f.introduced === true))
  const newVulns = countBySeverity(allVulns.filter((v) => v.introduced === true))
  core.setOutput('result', report.verdict.pass ? 'pass' : 'fail')
  core.setOutput('lint-errors', lint.error)
  core.setOutput('lint-warnings', lint.warning)
  core.setOutput('critical', vulns.CRITICAL)
  core.setOutput('high', vulns.HIGH)
  core.setOutput('medium', vulns.MEDIUM)
  core.setOutput('low', vulns.LOW)
  core.setOutput('unknown', vulns.UNKNOWN)
  core.setOutput('new-critical', newVulns.CRITICAL)
  core.setOutput('new-high', newVulns.HIGH)
  core.setOutput('new-lint-errors', newLint.error)
  // One line per Dockerfile, in the order of the report; a single Dockerfile's is just its value.
  core.setOutput('image-id', report.runs.map((r) => r.build.imageId ?? '').join('\n'))
  core.setOutput('image-size', report.runs.map((r) => r.build.imageSize ?? '').join('\n'))
  core.setOutput('digest', report.runs.map((r) => metadataDigest(r.build.metadata)).join('\n'))
  core.setOutput('metadata', report.runs.map((r) => (r.build.metadata ? JSON.stringify(r.build.metadata) : '')).join('\n'))
  core.setOutput('comment-url', extra.commentUrl)
  core.setOutput('sarif', extra.sarifPath)
  core.setOutput('results-file', extra.resultsFile)
}

/** build-push-action's `digest`: its metadata's `containerimage.digest`, the registry's once pushed. */
function metadataDigest(metadata: Record<string, unknown> | undefined): string {
  const digest = metadata?.['containerimage.digest']
  return typeof digest === 'string' ? digest : ''
}
