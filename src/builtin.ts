// Node's built-in modules loaded on first use. node:crypto and node:worker_threads take several ms each to load (with
// the stream modules they pull in), while most runs of the CLI never call them.
import { createRequire } from 'node:module'

// Built-ins resolve the same from any folder: the root rather than import.meta.url, which a CommonJS bundle lacks.
const load = createRequire('/')

export function onFirstUse<T>(name: `node:${string}`): () => T {
  let loaded: T | undefined
  return () => (loaded ??= load(name) as T)
}
