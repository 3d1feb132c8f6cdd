// Sends one gate run everywhere the user asked: annotations, job summary, SARIF file, PR comment, outputs.
// A reporting failure is a warning: it never changes the gate's verdict.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import * as core from '@actions/core'
import { countByLevel, countBySeverity } from '../counts.js'
import { rules } from '../lint/index.js'
import { planAnnotations } from '../report/annotations.js'
import { commentMarker, renderComment } from '../report/comment.js'
import { prepareReport } from '../report/prepare.js'
import type { PreparedReport } from '../report/prepare.js'
import { renderSarif } from '../report/sarif.js'
import { renderSummary } from '../report/summary.js'
import type { GateRun } from '../types.js'
import { TOOL_VERSION } from '../version.js'
import { upsertComment } from './comments.js'
import type { RunnerContext } from './context.js'
import type { ActionInputs } from './inputs.js'
import { createRestClient } from './rest.js'
import type { RestClient } from './rest.js'
import { annotateWithCheckRun } from './check-run.js'
import { checkRunName } from './check-run-annotations.js'
import { postSuggestions } from './review.js'

export async function publishReports(
  gate: GateRun,
  inputs: ActionInputs,
  runner: RunnerContext,
  env: Record<string, string | undefined>
): Promise<void> {
  const client = inputs.githubToken ? createRestClient({ token: inputs.githubToken, apiUrl: runner.apiUrl }) : undefined
  const prepared = prepareReport(gate)
  if (inputs.annotations === 'check-run') await annotateOnCheckRun(gate, client, runner, prepared)
  else if (inputs.annotations) emitAnnotations(gate, prepared)
  await writeSummary(gate, env, prepared)
  const sarifPath = inputs.sarif ? await writeSarif(gate, inputs.sarif, runner.workspace) : ''
  const commentUrl = inputs.comment ? await postComment(gate, client, runner, prepared) : ''
  if (inputs.suggestions) await suggestFixes(gate, client, runner)
  setOutputs(gate, { commentUrl, sarifPath })
}

/** Every finding on a check run of its own; without a token or `checks: write`, the budgeted annotations instead. */
async function annotateOnCheckRun(gate: GateRun, client: RestClient | undefined, runner: RunnerContext, prepared: PreparedReport): Promise<void> {
  if (!client || !runner.sha) {
    core.warning('annotations: check-run needs github-token and a commit to attach the check run to; showing the step annotations instead.')
    emitAnnotations(gate, prepared)
    return
  }
  const target = { owner: runner.owner, repo: runner.repo, headSha: runner.sha, name: checkRunName(gate.dockerfile), ...(runner.runUrl && { detailsUrl: runner.runUrl }) }
  const outcome = await annotateWithCheckRun(client, target, gate, prepared)
  if ('fallback' in outcome) {
    core.warning(outcome.fallback)
    emitAnnotations(gate, prepared)
  } else {
    core.info(`Check run with ${outcome.published.annotations} annotations: ${outcome.published.url}`)
  }
}

/** Fixable findings on lines the pull request changed, as one review of GitHub suggestions. Never fails the run. */
async function suggestFixes(gate: GateRun, client: RestClient | undefined, runner: RunnerContext): Promise<void> {
  if (!client || !runner.pullRequest || !gate.lint.some((f) => f.fix)) return
  try {
    const target = { owner: runner.owner, repo: runner.repo, pullNumber: runner.pullRequest.number, headSha: runner.pullRequest.headSha }
    const result = await postSuggestions(client, target, gate.lint)
    if (result.action === 'posted') core.info(`Suggested ${result.posted} fixes in a review${result.url ? `: ${result.url}` : ''}`)
  } catch (e) {
    core.warning(`The fix suggestions were not posted: ${(e as Error).message}`)
  }
}

function emitAnnotations(gate: GateRun, prepared: PreparedReport): void {
  for (const a of planAnnotations(gate, prepared)) {
    const props = { title: a.title, file: a.file, startLine: a.startLine }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
}

async function writeSummary(gate: GateRun, env: Record<string, string | undefined>, prepared: PreparedReport): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.')
    return
  }
  try {
    await core.summary.addRaw(renderSummary(gate, {}, prepared), true).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${(e as Error).message}`)
  }
}

async function writeSarif(gate: GateRun, path: string, workspace: string): Promise<string> {
  const sarif = renderSarif({
    dockerfile: gate.dockerfile,
    lint: gate.lint,
    vulnerabilities: gate.scan.report?.vulnerabilities,
    fromLine: gate.fromLine,
    severities: gate.policy.severities,
    toolVersion: TOOL_VERSION,
    rules: rules.map((r) => r.meta)
  })
  const absolute = resolve(workspace, path)
  try {
    await mkdir(dirname(absolute), { recursive: true })
    await writeFile(absolute, sarif)
    core.info(`SARIF written to ${path}`)
    return path
  } catch (e) {
    core.warning(`Could not write the SARIF file ${path}: ${(e as Error).message}`)
    return ''
  }
}

async function postComment(gate: GateRun, client: RestClient | undefined, runner: RunnerContext, prepared: PreparedReport): Promise<string> {
  if (!runner.pullRequest) {
    core.info(`No pull request in this ${runner.eventName || 'run'}: no comment posted (the job summary has the report).`)
    return ''
  }
  if (!client) {
    core.warning('No github-token: the pull-request comment was not posted. Pass github-token: ${{ github.token }}.')
    return ''
  }
  const marker = commentMarker(gate.dockerfile)
  try {
    const result = await upsertComment(client, {
      owner: runner.owner,
      repo: runner.repo,
      issueNumber: runner.pullRequest.number,
      marker,
      body: renderComment(gate, { marker, summaryUrl: runner.runUrl }, prepared)
    })
    core.info(`Pull-request comment ${result.action}: ${result.url}`)
    return result.url
  } catch (e) {
    core.warning(`The pull-request comment was not posted: ${(e as Error).message}`)
    return ''
  }
}

function setOutputs(gate: GateRun, extra: { commentUrl: string; sarifPath: string }): void {
  const lint = countByLevel(gate.lint)
  const vulns = countBySeverity(gate.scan.report?.vulnerabilities ?? [])
  // Zero without a comparison: nothing counts as introduced then.
  const newLint = countByLevel(gate.lint.filter((f) => f.introduced === true))
  const newVulns = countBySeverity((gate.scan.report?.vulnerabilities ?? []).filter((v) => v.introduced === true))
  core.setOutput('result', gate.verdict.pass ? 'pass' : 'fail')
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
  core.setOutput('image-id', gate.build.imageId ?? '')
  core.setOutput('image-size', gate.build.imageSize ?? '')
  core.setOutput('comment-url', extra.commentUrl)
  core.setOutput('sarif', extra.sarifPath)
}
