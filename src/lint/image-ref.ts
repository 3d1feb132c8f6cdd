import type { ImageRef } from './model.js'
import { MAX_EXPANSION } from './variables.js'

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

// Registries that serve Docker Hub's official images under the same path: pull-through caches that teams use
// to dodge Hub's rate limits. The image is the same, so rules about the image must see through them.
const HUB_MIRRORS = /^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io|mirror\.gcr\.io|public\.ecr\.aws\/docker)\//

/** Like `hubName`, but also through the Hub mirrors: `public.ecr.aws/docker/library/node` → `node`. */
export function officialImageName(image: ImageRef): string {
  return image.name.replace(HUB_MIRRORS, '').replace(/^library\//, '')
}

/** True when the digest pins content: `sha256:` or `sha512:` with the full hex the algorithm needs. */
export function isContentDigest(digest: string | undefined): boolean {
  return digest !== undefined && /^(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/.test(digest)
}

// The grammar of distribution/reference, which `docker build` uses to accept a FROM image.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const HOST = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?'
const REFERENCE = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,})?$`)

/** True when `docker build` would accept the text as an image reference (case, tag and digest syntax). */
export function isValidReference(text: string): boolean {
  if (!REFERENCE.test(text)) return false
  // Known digest algorithms must carry exactly their length of hex.
  const at = text.indexOf('@')
  return at === -1 || !/^sha(256|512):/.test(text.slice(at + 1)) || isContentDigest(text.slice(at + 1))
}

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME-default}` from `values`; references to
 * unknown names are left as written so callers can tell the result is unresolved. A name set to the empty
 * string is set: it expands to nothing, and only the `:-` form falls back to the default. Cut at MAX_EXPANSION
 * characters, as the variable scopes are (which report the overflow): ARGs that each repeat the one before would
 * otherwise outgrow any string.
 */
export function expandVariables(text: string, values: ReadonlyMap<string, string>): string {
  const expanded = !text.includes('$') ? text : text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced?: string, colon?: string, fallback?: string, bare?: string) => {
    const value = values.get(braced ?? bare ?? '')
    if (fallback !== undefined && (value === undefined || (colon === ':' && value === ''))) return fallback
    return value ?? whole
  })
  return expanded.length > MAX_EXPANSION ? expanded.slice(0, MAX_EXPANSION) : expanded
}
