// Typed checks for JSON that comes from outside (a results file another job wrote, maybe a fork's): each check
// proves a value has its shape, or says where it does not. The inferred types keep the checks in step with
// src/types.ts: a check that no longer matches its type fails to compile.

export type Check<T> = (value: unknown, path: string) => T

export class ShapeError extends Error {
  override name = 'ShapeError'
}

const fail = (path: string, expected: string, value: unknown): never => {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value
  throw new ShapeError(`${path || 'the top level'}: expected ${expected}, got ${got}`)
}

export const str: Check<string> = (v, path) => (typeof v === 'string' ? v : fail(path, 'a string', v))
export const bool: Check<boolean> = (v, path) => (typeof v === 'boolean' ? v : fail(path, 'true or false', v))
export const num: Check<number> = (v, path) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fail(path, 'a number ≥ 0', v))
export const line: Check<number> = (v, path) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : fail(path, 'a line number ≥ 1', v))

export function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  return (v, path) => ((values as readonly unknown[]).includes(v) ? (v as T) : fail(path, `one of ${values.join(', ')}`, v))
}

export function literal<const T extends string | number>(expected: T): Check<T> {
  return (v, path) => (v === expected ? expected : fail(path, JSON.stringify(expected), v))
}

export function list<T>(item: Check<T>): Check<T[]> {
  return (v, path) => (Array.isArray(v) ? v.map((x, i) => item(x, `${path}[${i}]`)) : fail(path, 'a list', v))
}

/** Marks a property that may be absent; present, it must pass `check`. */
export function optional<T>(check: Check<T>): Optional<T> {
  return Object.assign((v: unknown, path: string) => check(v, path), { optional: true as const })
}
type Optional<T> = Check<T> & { optional: true }

type Shape = Record<string, Check<unknown>>
type Required<S extends Shape> = { [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Check<infer T> ? T : never }
type Partial_<S extends Shape> = { [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Check<infer T> ? T : never }
export type ObjectOf<S extends Shape> = Required<S> & Partial_<S>

/** An object with these properties; properties it does not name are dropped, so nothing unchecked gets through. */
export function object<S extends Shape>(shape: S): Check<ObjectOf<S>> {
  return (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'an object', v)
    const record = v as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [key, check] of Object.entries(shape)) {
      const value = record[key]
      const where = path ? `${path}.${key}` : key
      if (value === undefined || value === null) {
        if ('optional' in check) continue
        fail(where, 'a value', value)
      }
      out[key] = check(value, where)
    }
    return out as ObjectOf<S>
  }
}
