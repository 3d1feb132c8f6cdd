// The action: read the runner's settings, run the pipeline, report everywhere the user asked, then gate.
// The one place that decides the step's exit status.
import * as core from '@actions/core'
import { baselineComparer, baselineImageTag, rebuildBaseline, restoreBaseline, saveBaseline } from './baseline/index.js'
import type { Comparer } from './baseline/index.js'
import { actionLog } from './github/action-log.js'
import { readRunnerContext } from './github/context.js'
import type { RunnerContext } from './github/context.js'
import { inputFromEnv, readInputs } from './github/inputs.js'
import type { ActionInputs } from './github/inputs.js'
import { publishReports } from './github/publish.js'
import { defaultImageTag } from './image-tag.js'
import { runPipeline } from './pipeline.js'
import type { PipelineOptions } from './pipeline.js'

export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  try {
    // Masked first, so that no message printed later (not even an invalid input's) can show the token.
    const token = inputFromEnv(env, 'github-token')
    if (token) core.setSecret(token)
    const runner = readRunnerContext(env)
    const inputs = readInputs(env, runner.workspace)

    const options: PipelineOptions = {
      ...inputs,
      image: inputs.image || defaultImageTag(runner.repository, runner.sha),
      workspace: runner.workspace,
      tempDir: runner.tempDir,
      runContext: { serverUrl: runner.serverUrl, repository: runner.repository, sha: runner.sha, runUrl: runner.runUrl },
      missingTool: 'fail'
    }
    const compare = comparer(inputs, runner, options)
    const gate = await runPipeline({ ...options, ...(compare && { compare }) }, actionLog)

    if (runner.defaultBranchPush && inputs.baseline === 'cache') {
      await actionLog.step('save baseline', () =>
        saveBaseline(gate, { dockerfile: inputs.dockerfile, tempDir: runner.tempDir, runId: runner.runId, commit: runner.sha }, actionLog)
      )
    }
    await actionLog.step('report', () => publishReports(gate, inputs, runner, env))

    if (!gate.verdict.pass) core.setFailed(`Container Gate failed: ${gate.verdict.reasons.join('; ')}`)
  } catch (e) {
    // Every error we raise on purpose carries a message that says what to do; the stack only helps us, so it
    // goes to the debug log (visible with ACTIONS_STEP_DEBUG) rather than in front of the user.
    core.debug(e instanceof Error && e.stack ? e.stack : String(e))
    core.setFailed(e instanceof Error ? e.message : String(e))
  }
}

/** A pull request's run is compared with its base; every other run stands alone. */
function comparer(inputs: ActionInputs, runner: RunnerContext, options: PipelineOptions): Comparer | undefined {
  const pr = runner.pullRequest
  if (!pr || inputs.baseline === 'none') return undefined
  const base = pr.baseSha
  const where = { workspace: runner.workspace, dockerfile: inputs.dockerfile }
  return baselineComparer({
    ...where,
    diff: { ...(base && { base }), against: 'merge-base' },
    load: async (log) => {
      if (inputs.baseline === 'cache') return restoreBaseline({ dockerfile: inputs.dockerfile, tempDir: runner.tempDir }, log)
      if (!base) return { missing: 'the pull_request event names no base commit to rebuild' }
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
