// Under `pull_request_target` and `workflow_run` the job holds a write token and the repository's secrets, and the
// event's commit is the base branch's. A checkout of any other commit is, as far as the action can tell, the pull
// request's code: building it runs its RUN instructions with that token and those secrets. Pure.

/** The events whose job runs with the base repository's write token whatever the pull request's origin. */
const PRIVILEGED_EVENTS: readonly string[] = ['pull_request_target', 'workflow_run']

export interface BuildTrust {
  eventName: string
  /** GITHUB_SHA: the commit the event runs on (the base branch's, for these events). */
  eventSha: string
  /** The checkout's HEAD, or undefined when git could not tell. */
  checkout: string | undefined
  build: boolean
  allowUntrustedBuild: boolean
}

/** Whether the run holds the base repository's write token whatever the pull request's origin: its checkout needs checking. */
export function isPrivilegedEvent(eventName: string): boolean {
  return PRIVILEGED_EVENTS.includes(eventName)
}

/** Why the build is refused, or undefined when it may go ahead. */
export function untrustedBuildRefusal(trust: BuildTrust): string | undefined {
  if (!trust.build || trust.allowUntrustedBuild || !isPrivilegedEvent(trust.eventName)) return undefined
  if (trust.checkout !== undefined && trust.checkout === trust.eventSha) return undefined
  const checkout = trust.checkout === undefined ? 'a checkout git cannot name' : `commit ${trust.checkout.slice(0, 12)}`
  return (
    `Refusing to build: this ${trust.eventName} run holds a write token and the repository's secrets, and the workspace is ${checkout}, ` +
    `not ${trust.eventSha.slice(0, 12) || 'the commit the event runs on'} (the base branch's). Building it would run a pull request's RUN instructions with them. ` +
    'Use the two-workflow setup instead: a pull_request workflow gates the code with a read-only token and uploads its results file, and a workflow_run ' +
    'workflow posts them with mode: report (docs/modes/fork-safe.md, examples/fork-safe-gate.yml and examples/fork-safe-report.yml). ' +
    'Only if every author of a pull request is trusted, set allow-untrusted-build: true.'
  )
}
