export interface BuildCommandOptions {
  /** `docker buildx build --load` when true, the classic `docker build` otherwise. */
  buildx: boolean
  dockerfile: string
  context: string
  tag: string
  /** Docker writes the image id here, the one reliable way to learn it from either builder. */
  iidFile: string
  buildArgs?: readonly (readonly [string, string])[]
  /** Stage to build; empty or absent builds the last stage. */
  target?: string
}

/** The arguments after `docker` for one build. The context goes last, as both builders require. */
export function buildArgs(opts: BuildCommandOptions): string[] {
  return [
    // The classic builder keeps the container of a failed step unless told otherwise; nobody comes back for it.
    ...(opts.buildx ? ['buildx', 'build', '--load'] : ['build', '--force-rm']),
    '--file', opts.dockerfile,
    '--tag', opts.tag,
    '--iidfile', opts.iidFile,
    ...(opts.buildArgs ?? []).flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
    ...(opts.target ? ['--target', opts.target] : []),
    // Plain progress keeps BuildKit's log readable in CI and puts the failing step's context in it.
    ...(opts.buildx ? ['--progress', 'plain'] : []),
    opts.context
  ]
}
