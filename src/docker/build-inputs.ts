// docker/build-push-action's build inputs, with its names, list syntax and meanings, so that a step moved from it
// under `with:` keeps working. Pure: the caller hands in the raw values and the environment.
import { parseBoolean, UsageError } from '../options.js'
import { ListInputError, parseList } from './list-input.js'

/** A secret whose value the action holds: written to a private file for the build, never put on a command line. */
export interface SecretValue {
  id: string
  value: string
  /** The input that gave it, for messages. */
  from: 'secrets' | 'secret-envs'
}

/** A secret the build reads from a file the user already has. */
export interface SecretFile {
  id: string
  /** As written: relative to the workspace, or absolute. */
  src: string
}

export interface BuildInputs {
  /** `secrets` (id=value) and `secret-envs` (id=ENV, read from the step's environment), in that order. */
  secrets: SecretValue[]
  secretFiles: SecretFile[]
  /** `default`, or `id=socket|key[,key]`: where the agent or keys are, not the keys' contents. */
  ssh: string[]
  cacheFrom: string[]
  cacheTo: string[]
  platforms: string[]
  /** `name=path|image|url`. */
  buildContexts: string[]
  /** A buildx builder instance; empty uses the current one. */
  builder: string
  noCache: boolean
  pull: boolean
  /** `key=value`. */
  labels: string[]
  network: string
  /** `host:ip`. */
  addHosts: string[]
  shmSize: string
  /** Passed to buildx as written (`false`, `true`, `mode=max`…); empty leaves buildx's default. */
  provenance: string
  sbom: string
  /** Extra names for the image; with `push`, the names it is pushed as. */
  tags: string[]
  /** Push the tags after the gate passes. */
  push: boolean
}

/** Every input this module reads, as action.yml names them. */
export const BUILD_INPUT_NAMES = [
  'secrets', 'secret-files', 'secret-envs', 'ssh', 'cache-from', 'cache-to', 'platforms', 'build-contexts', 'builder',
  'no-cache', 'pull', 'labels', 'network', 'add-hosts', 'shm-size', 'provenance', 'sbom', 'tags', 'push'
] as const
export type BuildInputName = (typeof BUILD_INPUT_NAMES)[number]

/** Nothing asked for: what the CLI and a step without these inputs build with. */
export const NO_BUILD_INPUTS: BuildInputs = readBuildInputs(() => '', {})

/**
 * Reads the inputs. `get` returns an input's raw value (empty when unset); `env` is the step's environment, where
 * `secret-envs` finds its values. A malformed item is an error that names the input and the item's position but never
 * shows the item of a secret input, which may hold the secret.
 */
export function readBuildInputs(get: (name: BuildInputName) => string, env: Record<string, string | undefined>): BuildInputs {
  const list = (name: BuildInputName, commas = false): string[] => {
    try {
      return parseList(get(name), { commas })
    } catch (e) {
      if (e instanceof ListInputError) throw new UsageError(`input ${name}: ${e.message}. Close the quote, or write "" for a quote inside one.`)
      throw e
    }
  }
  const bool = (name: BuildInputName): boolean => (get(name).trim() === '' ? false : parseBoolean(`input ${name}`, get(name)))
  const secretEnvs = pairs('secret-envs', list('secret-envs'), 'MY_SECRET=MY_ENV_VAR').map(({ id, value: name }): SecretValue => {
    const value = env[name]
    // Empty is a value (a fork's pull request gets empty secrets); unset is a typo in the step.
    if (value === undefined) {
      throw new UsageError(`input secret-envs: ${id}=${name} names the environment variable ${name}, which is not set in this step. Set it under the step's env:, e.g. ${name}: \${{ secrets.${name} }}.`)
    }
    return { id, value, from: 'secret-envs' }
  })
  const secrets = pairs('secrets', list('secrets'), 'GIT_AUTH_TOKEN=${{ secrets.TOKEN }}').map(({ id, value }): SecretValue => ({ id, value, from: 'secrets' }))
  return {
    secrets: [...secrets, ...secretEnvs],
    secretFiles: pairs('secret-files', list('secret-files'), 'MY_SECRET=./secret.txt').map(({ id, value }) => ({ id, src: value })),
    ssh: list('ssh'),
    cacheFrom: list('cache-from'),
    cacheTo: list('cache-to'),
    platforms: list('platforms', true),
    buildContexts: list('build-contexts'),
    builder: get('builder').trim(),
    noCache: bool('no-cache'),
    pull: bool('pull'),
    labels: list('labels'),
    network: get('network').trim(),
    addHosts: list('add-hosts', true),
    shmSize: get('shm-size').trim(),
    provenance: get('provenance').trim(),
    sbom: get('sbom').trim(),
    tags: list('tags', true),
    push: bool('push')
  }
}

/** `id=value` items, split at the first `=`. The id goes into `--secret id=…,src=…`, so it holds no comma. */
function pairs(input: BuildInputName, items: string[], example: string): { id: string; value: string }[] {
  return items.map((item, index) => {
    const eq = item.indexOf('=')
    const id = eq < 0 ? '' : item.slice(0, eq).trim()
    if (id === '' || /[,="]/.test(id)) {
      throw new UsageError(
        `input ${input}: item ${index + 1} is not id=value (not shown: it may hold a secret). Write one per line, e.g. ${example}; the id holds no comma, = or quote.`
      )
    }
    return { id, value: item.slice(eq + 1) }
  })
}
