import type { ImageRef } from './model.js'

/** Splits `registry/name:tag@digest` into its parts. */
export function parseImageRef(text: string): ImageRef {
  const at = text.indexOf('@')
  const digest = at === -1 ? undefined : text.slice(at + 1)
  const withoutDigest = at === -1 ? text : text.slice(0, at)
  const colon = withoutDigest.lastIndexOf(':')
  const hasTag = colon > withoutDigest.lastIndexOf('/')
  const name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest
  const tag = hasTag ? withoutDigest.slice(colon + 1) : undefined
  const slash = name.indexOf('/')
  const first = slash === -1 ? '' : name.slice(0, slash)
  // Docker reads the first path part as a host only when it could not be a Docker Hub namespace.
  const registry = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : undefined
  return { text, name, registry, tag, digest, unresolved: text.includes('$') }
}

/** The Docker Hub short name: `docker.io/library/node` → `node`, other names unchanged. */
export function hubName(image: ImageRef): string {
  return image.name.replace(/^(docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '')
}

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME-default}` from `values`; references to
 * unknown names are left as written so callers can tell the result is unresolved.
 */
export function expandVariables(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced?: string, fallback?: string, bare?: string) => {
    const value = values.get(braced ?? bare ?? '')
    if (value !== undefined && value !== '') return value
    return fallback ?? whole
  })
}
