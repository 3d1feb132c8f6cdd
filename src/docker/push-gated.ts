import type { StepLog } from '../log.js'
import type { GateReport, GateRun } from '../types.js'
import { DockerError } from './inspect.js'
import { buildMetadata, pushedMetadata } from './metadata.js'
import { pushImage } from './push.js'

/**
 * `push`: the gated image goes to the registry only when the gate passed. A push that cannot happen or fails fails
 * the gate, so that a green run always means the image shipped. One Dockerfile only (readInputs makes sure).
 */
export async function pushGated(report: GateReport, tags: readonly string[], log: Pick<StepLog, 'info'>, env?: Record<string, string>): Promise<GateReport> {
  if (!report.verdict.pass) {
    log.info(`The gate failed, so nothing is pushed (${tags.join(', ')}).`)
    return report
  }
  const [run] = report.runs
  const imageId = run?.build.status === 'ok' ? run.build.imageId : undefined
  if (!run || !imageId || report.runs.length !== 1) return failed(report, 'there is no built image to push: push needs build: true and one Dockerfile')
  try {
    const digest = await pushImage(imageId, tags, env)
    log.info(`Pushed ${tags.join(', ')}: ${digest}`)
    const metadata = pushedMetadata(run.build.metadata ?? buildMetadata(imageId, run.build.image ?? ''), tags, digest)
    return { ...report, runs: [{ ...run, build: { ...run.build, metadata } }] }
  } catch (e) {
    if (!(e instanceof DockerError)) throw e
    return failed(report, `the push failed: ${e.message}`)
  }
}

function failed(report: GateReport, reason: string): GateReport {
  const runs: GateRun[] = report.runs.map((r) => ({ ...r, verdict: { pass: false, reasons: [...r.verdict.reasons, reason] } }))
  return { runs, verdict: { pass: false, reasons: [...report.verdict.reasons, reason] } }
}
