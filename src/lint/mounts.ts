// RUN --mount options, read once: several rules exempt a RUN whose cache lives in a cache or tmpfs mount.
import { memoize } from './memo.js'
import type { Instruction } from './model.js'

export interface Mount {
  /** bind (Docker's default), cache, tmpfs, secret or ssh. */
  type: string
  target?: string
  from?: string
  /** Every key=value of the mount, keys lower-cased; a bare key (e.g. `readonly`) maps to ''. */
  options: Record<string, string>
}

const NO_MOUNTS: readonly Mount[] = []

/** The instruction's `--mount`s, read once for every rule that asks (shared: read them, never change them). */
export function mounts(instruction: Instruction): readonly Mount[] {
  // Most instructions have no flags at all: no lookup.
  return instruction.flags.length === 0 ? NO_MOUNTS : mountsOf(instruction)
}

const mountsOf = memoize((instruction: Instruction): readonly Mount[] =>
  instruction.flags.filter((f) => f.name === 'mount' && f.value !== undefined).map((f) => parseMount(f.value!)),
  'file'
)

export function parseMount(value: string): Mount {
  const options: Record<string, string> = {}
  for (const part of value.split(',')) {
    const at = part.indexOf('=')
    const key = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase()
    if (key !== '') options[key] = at === -1 ? '' : part.slice(at + 1).trim()
  }
  return {
    type: options.type ?? 'bind',
    target: options.target ?? options.dst ?? options.destination,
    from: options.from,
    options
  }
}

/** True when a cache or tmpfs mount's target contains `path`: what lands there never reaches the image. */
export function cachedIn(instruction: Instruction, path: string): boolean {
  return mounts(instruction).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && (m.target ?? '').includes(path))
}
