// `mode: report`: the results files of earlier gate steps (a matrix's legs, or a fork's pull_request run) become one
// report. The files may come from a fork's code, so they are data, never trusted for where to write: the pull
// request is checked against the event before anything is posted, and links are rebuilt from this run's context.
import { combineRuns } from '../gate.js'
import type { StepLog } from '../log.js'
import { UsageError } from '../options.js'
import { readResultsFiles } from '../results/file.js'
import { judgedAgain } from '../results/trust.js'
import type { GateReport, GateRun } from '../types.js'
import type { RunnerContext } from './context.js'
import type { ActionInputs } from './inputs.js'
import { pullRequestHead } from './pull-head.js'
import { createRestClient } from './rest.js'

type PullRequest = NonNullable<RunnerContext['pullRequest']>

export interface ReportModeResult {
  report: GateReport
  /** This run's context with the pull request the results belong to, once verified. */
  runner: RunnerContext
}

export async function readReportMode(inputs: ActionInputs, context: RunnerContext, log: Pick<StepLog, 'info' | 'warn'>): Promise<ReportModeResult> {
  const files = await readResultsFiles(context.workspace, inputs.results)
  const seen = new Map<string, string>()
  const runs: GateRun[] = []
  for (const { path, results } of files) {
    // The same step's file twice (an artifact downloaded into two folders) would count everything twice.
    const earlier = seen.get(results.key)
    if (earlier !== undefined) {
      log.warn(`${path} repeats the results of ${earlier} (the same step: ${results.key}); read once.`)
      continue
    }
    seen.set(results.key, path)
    for (const run of results.runs) insideRepository(run, path)
    runs.push(...results.runs)
  }
  log.info(`Read ${files.length} results ${files.length === 1 ? 'file' : 'files'}: ${runs.length} Dockerfile ${runs.length === 1 ? 'report' : 'reports'}.`)

  const pullRequest = await pullRequestOf(files.map((f) => f.results), context, inputs.githubToken, log)
  const sha = pullRequest?.headSha || context.workflowRun?.headSha || context.sha
  const runUrl = context.workflowRun?.htmlUrl || context.runUrl
  const runner: RunnerContext = { ...context, ...(pullRequest ? { pullRequest } : {}), sha, ...(runUrl && { runUrl }) }
  // Links in the reports are built from this run's own context, never from a file's; the verdict from this step's
  // fail-on-* inputs, never the file's.
  const trusted = { serverUrl: runner.serverUrl, repository: runner.repository, sha, ...(runUrl && { runUrl }) }
  return { report: combineRuns(runs.map((r) => ({ ...judgedAgain(r, inputs.policy), context: trusted }))), runner }
}

/**
 * The reports link to each Dockerfile in the repository and annotate its lines: a path out of it (`..`, absolute)
 * can only come from a tampered file, and would aim those links elsewhere.
 */
function insideRepository(run: GateRun, file: string): void {
  for (const path of new Set([run.dockerfile, ...run.lint.map((f) => f.file)])) {
    const segments = path.split(/[\\/]/)
    if (path === '' || /^[\\/]|^[A-Za-z]:/.test(path) || segments.includes('..') || /[\u0000-\u001f]/.test(path)) {
      throw new UsageError(`input results: ${file} names the Dockerfile "${path.replace(/[\u0000-\u001f]/g, '?')}", which is not a path inside the repository. Name only files that Container Gate wrote (output results-file).`)
    }
  }
}

interface Claimed {
  repository: string
  sha: string
  pullRequest?: PullRequest
}

/**
 * On a pull_request event the event names it. On workflow_run (the fork-safe pair) only the files do, so their
 * claim must agree with the run that wrote them: the same commit as the event's head, and a pull request whose head
 * is that commit. Anything else reports in the job summary only.
 */
async function pullRequestOf(files: Claimed[], context: RunnerContext, token: string, log: Pick<StepLog, 'info' | 'warn'>): Promise<PullRequest | undefined> {
  if (context.pullRequest) return context.pullRequest
  const run = context.workflowRun
  if (!run) return undefined
  const claims = new Set(files.map((f) => f.pullRequest?.number).filter((n): n is number => n !== undefined))
  if (claims.size === 0) {
    log.info(`The results name no pull request (the ${run.event || 'triggering'} run was not for one): the report goes to the job summary only.`)
    return undefined
  }
  if (claims.size > 1) throw new UsageError(`input results: the files name different pull requests (#${[...claims].join(', #')}). Read the artifacts of one workflow run only.`)
  const claimed = files.find((f) => f.pullRequest)!.pullRequest!
  const stale = files.find((f) => f.sha !== run.headSha || f.repository !== context.repository)
  if (stale) {
    throw new UsageError(
      `input results: a file was written for ${stale.repository}@${stale.sha.slice(0, 12)}, but the workflow run ${run.id} ran on ${context.repository}@${run.headSha.slice(0, 12)}. ` +
        'Download the artifacts of the run that triggered this one (actions/download-artifact with run-id: ${{ github.event.workflow_run.id }}).'
    )
  }
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(claimed.number)) {
    throw new UsageError(`input results: the files name pull request #${claimed.number}, but the workflow run ${run.id} belongs to #${run.pullRequests.join(', #')}. Refusing to report on another pull request.`)
  }
  if (!token) {
    log.warn(`No github-token to check that pull request #${claimed.number} has the head ${run.headSha.slice(0, 12)}: nothing is posted on it; the job summary has the report.`)
    return undefined
  }
  const head = await pullRequestHead(createRestClient({ token, apiUrl: context.apiUrl }), { owner: context.owner, repo: context.repo, number: claimed.number })
  if (head !== run.headSha) {
    // A push since the gate ran (its own run reports in turn), or a file naming someone else's pull request.
    log.warn(
      `Pull request #${claimed.number}'s head is ${head.slice(0, 12) || 'unknown'}, not ${run.headSha.slice(0, 12)}, the commit the workflow run built: ` +
        'nothing is posted on it (a newer push reports in its own run); the job summary has the report.'
    )
    return undefined
  }
  return { number: claimed.number, headSha: run.headSha, baseSha: claimed.baseSha }
}
