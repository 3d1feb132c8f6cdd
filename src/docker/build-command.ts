import type { BuildInputs } from './build-inputs.js'

/**
 * The build inputs as flags: secrets only as files (written by the caller). Neither `tags` nor `push`: the gated
 * image is tagged by its id only when it is pushed, so that no other build (a rebuilt baseline) can take a tag.
 */
export type BuildFlags = Omit<BuildInputs, 'secrets' | 'push' | 'tags'>

export interface BuildCommandOptions {
  /** `docker buildx build --load` when true, `docker build` otherwise. */
  buildx: boolean
  /** Without buildx: BuildKit inside a pre-23 client (the caller sets DOCKER_BUILDKIT=1); the classic builder otherwise. */
  buildkit?: boolean
  dockerfile: string
  context: string
  tag: string
  /** Docker writes the image id here, the one reliable way to learn it from either builder. */
  iidFile: string
  /** buildx writes its metadata here (build-push-action's `metadata` output). */
  metadataFile?: string
  buildArgs?: readonly (readonly [string, string])[]
  /** Stage to build; empty or absent builds the last stage. */
  target?: string
  /** Every secret as a file, `src` absolute: values never go on the command line, where `ps` shows them. */
  flags?: BuildFlags
}

/** The arguments after `docker` for one build. The context goes last, as both builders require. */
export function buildArgs(opts: BuildCommandOptions): string[] {
  const f = opts.flags
  const many = (flag: string, values: readonly string[] | undefined): string[] => (values ?? []).flatMap((v) => [flag, v])
  const one = (flag: string, value: string | undefined): string[] => (value ? [flag, value] : [])
  return [
    // The classic builder keeps the container of a failed step unless told otherwise; nobody comes back for it.
    ...(opts.buildx ? ['buildx', 'build', '--load'] : opts.buildkit ? ['build'] : ['build', '--force-rm']),
    ...one('--builder', f?.builder),
    '--file', opts.dockerfile,
    '--tag', opts.tag,
    '--iidfile', opts.iidFile,
    ...(opts.buildx ? one('--metadata-file', opts.metadataFile) : []),
    ...(opts.buildArgs ?? []).flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
    ...(opts.target ? ['--target', opts.target] : []),
    ...many('--secret', f?.secretFiles.map((s) => `id=${s.id},src=${s.src}`)),
    ...many('--ssh', f?.ssh),
    ...many('--cache-from', f?.cacheFrom),
    ...many('--cache-to', f?.cacheTo),
    ...one('--platform', f?.platforms.join(',')),
    ...many('--build-context', f?.buildContexts),
    ...(f?.noCache ? ['--no-cache'] : []),
    ...(f?.pull ? ['--pull'] : []),
    ...many('--label', f?.labels),
    ...one('--network', f?.network),
    ...many('--add-host', f?.addHosts),
    ...one('--shm-size', f?.shmSize),
    ...one('--provenance', f?.provenance),
    ...one('--sbom', f?.sbom),
    // Plain progress keeps BuildKit's log readable in CI and puts the failing step's context in it.
    ...(opts.buildx || opts.buildkit ? ['--progress', 'plain'] : []),
    opts.context
  ]
}
