import { UsageError } from '../options.js'
import type { BuildInputName, BuildInputs } from './build-inputs.js'

/** How the image is built: `docker buildx build`, `docker build` with BuildKit (DOCKER_BUILDKIT=1), or the classic builder. */
export type BuilderKind = 'buildx' | 'buildkit' | 'classic'

/** What the engine offers, from detectDocker. */
export interface BuilderSupport {
  buildx: boolean
  /** The client's version: clients before 23 carry BuildKit themselves, later ones hand it to buildx. */
  clientVersion: string
}

/** Inputs only buildx can honour: its own flags, which `docker build` does not have. */
const BUILDX_ONLY: readonly BuildInputName[] = ['cache-to', 'build-contexts', 'builder', 'provenance', 'sbom']
/** Inputs any BuildKit honours, and the classic builder not. */
const BUILDKIT_ONLY: readonly BuildInputName[] = ['secrets', 'secret-files', 'secret-envs', 'ssh', 'cache-from', 'platforms']
/** BuildKit inside a pre-23 `docker build` has no --shm-size; buildx and the classic builder have. */
const NOT_BUILTIN_BUILDKIT: readonly BuildInputName[] = ['shm-size']

/**
 * The builder for these inputs. buildx whenever it is installed. Without it the classic builder, unless an input
 * needs BuildKit: the classic builder keeps an image per step, which places each layer on its instruction with
 * certainty (see layerCounts), so it stays the default there. A client older than 23 then runs BuildKit itself.
 * An input the builder here cannot honour is an error before anything is built, never silently dropped.
 */
export function chooseBuilder(inputs: BuildInputs, support: BuilderSupport): BuilderKind {
  const set = setInputs(inputs)
  // --load puts one image in the engine for the scan; a list of platforms is a manifest list it cannot hold.
  if (inputs.platforms.length > 1) {
    throw new UsageError(
      `input platforms: ${inputs.platforms.join(', ')} are ${inputs.platforms.length} platforms, and the image the gate scans is loaded into the Docker engine, which holds one. ` +
        'Gate one platform per step (a matrix over platforms), so that each pushed image is the one scanned.'
    )
  }
  if (support.buildx) return 'buildx'
  const needBuildx = set.filter((name) => BUILDX_ONLY.includes(name))
  if (needBuildx.length > 0) throw missing(needBuildx, 'buildx')
  const needBuildkit = set.filter((name) => BUILDKIT_ONLY.includes(name))
  if (needBuildkit.length === 0) return 'classic'
  if (!builtinBuildkit(support.clientVersion)) throw missing(needBuildkit, 'BuildKit, which this Docker client (23 or later) runs only through buildx')
  const unsupported = set.filter((name) => NOT_BUILTIN_BUILDKIT.includes(name))
  if (unsupported.length > 0) {
    throw new UsageError(
      `${names(unsupported)} and ${names(needBuildkit)} cannot be used together without buildx: BuildKit inside docker build ${unsupported.length === 1 ? 'has' : 'have'} no ${unsupported.map((n) => `--${n}`).join(', ')}. ` +
        'Install buildx (docker/setup-buildx-action), or leave one of them out.'
    )
  }
  return 'buildkit'
}

function builtinBuildkit(clientVersion: string): boolean {
  const major = Number(/^(\d+)\./.exec(clientVersion)?.[1])
  return Number.isInteger(major) && major < 23
}

function missing(inputs: BuildInputName[], what: string): UsageError {
  return new UsageError(
    `${names(inputs)} ${inputs.length === 1 ? 'needs' : 'need'} ${what}, and buildx is not installed here. ` +
      'Add docker/setup-buildx-action before this step, or leave the input out.'
  )
}

function names(inputs: BuildInputName[]): string {
  return `input${inputs.length === 1 ? '' : 's'} ${inputs.join(', ')}`
}

/** The inputs given a value, by their action.yml names. */
function setInputs(inputs: BuildInputs): BuildInputName[] {
  const given: Record<BuildInputName, boolean> = {
    secrets: inputs.secrets.some((s) => s.from === 'secrets'),
    'secret-envs': inputs.secrets.some((s) => s.from === 'secret-envs'),
    'secret-files': inputs.secretFiles.length > 0,
    ssh: inputs.ssh.length > 0,
    'cache-from': inputs.cacheFrom.length > 0,
    'cache-to': inputs.cacheTo.length > 0,
    platforms: inputs.platforms.length > 0,
    'build-contexts': inputs.buildContexts.length > 0,
    builder: inputs.builder !== '',
    'no-cache': inputs.noCache,
    pull: inputs.pull,
    labels: inputs.labels.length > 0,
    network: inputs.network !== '',
    'add-hosts': inputs.addHosts.length > 0,
    'shm-size': inputs.shmSize !== '',
    provenance: inputs.provenance !== '',
    sbom: inputs.sbom !== '',
    tags: inputs.tags.length > 0,
    push: inputs.push
  }
  return (Object.keys(given) as BuildInputName[]).filter((name) => given[name])
}
