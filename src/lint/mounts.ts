// RUN --mount options, read once: several rules exempt a RUN whose cache lives in a cache or tmpfs mount.
import type { Instruction } from './model.js'

export interface Mount {
  /** bind (Docker's default), cache, tmpfs, secret or ssh. */
  type: string
  target?: string
  from?: string
  /** Every key=value of the mount, keys lower-cased; a bare key (e.g. `readonly`) maps to ''. */
  options: Record<string, string>
}

export function mounts(instruction: Instruction): Mount[] {
  return instruction.flags.filter((f) => f.name === 'mount' && f.value !== undefined).map((f) => parseMount(f.value!))
}

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
