// The action: read the runner's settings, run the pipeline, report everywhere the user asked, then gate.
// The one place that decides the step's exit status.
import * as core from '@actions/core'
import { actionLog } from './github/action-log.js'
import { readRunnerContext } from './github/context.js'
import { inputFromEnv, readInputs } from './github/inputs.js'
import { publishReports } from './github/publish.js'
import { defaultImageTag } from './image-tag.js'
import { runPipeline } from './pipeline.js'

export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  try {
    // Masked first, so that no message printed later (not even an invalid input's) can show the token.
    const token = inputFromEnv(env, 'github-token')
    if (token) core.setSecret(token)
    const runner = readRunnerContext(env)
    const inputs = readInputs(env, runner.workspace)

    const gate = await runPipeline(
      {
        ...inputs,
        image: inputs.image || defaultImageTag(runner.repository, runner.sha),
        workspace: runner.workspace,
        tempDir: runner.tempDir,
        runContext: { serverUrl: runner.serverUrl, repository: runner.repository, sha: runner.sha, runUrl: runner.runUrl },
        missingTool: 'fail'
      },
      actionLog
    )

    await actionLog.step('report', () => publishReports(gate, inputs, runner, env))

    if (!gate.verdict.pass) core.setFailed(`Container Gate failed: ${gate.verdict.reasons.join('; ')}`)
  } catch (e) {
    // Every error we raise on purpose carries a message that says what to do; the stack only helps us, so it
    // goes to the debug log (visible with ACTIONS_STEP_DEBUG) rather than in front of the user.
    core.debug(e instanceof Error && e.stack ? e.stack : String(e))
    core.setFailed(e instanceof Error ? e.message : String(e))
  }
}
