import { createHash } from 'node:crypto'

/**
 * The tag given to the built image when the user names none: the repository's name and the commit, so parallel
 * jobs on one runner never overwrite each other's image; with several Dockerfiles in a step, the Dockerfile's path
 * too, so that they never overwrite each other's. Docker allows lower-case names only.
 */
export function defaultImageTag(repository: string, sha: string, dockerfile?: string): string {
  const name = slug(repository.split('/').pop() ?? '')
  const suffix = dockerfile === undefined ? '' : dockerfileSuffix(dockerfile)
  // A tag starts with a letter, a digit or `_`.
  const tag = sha.toLowerCase().replace(/[^a-z0-9._-]/g, '').replace(/^[.-]+/, '').slice(0, 12)
  return `container-gate/${[name || 'image', suffix].filter(Boolean).join('-')}:${tag || 'local'}`
}

/** Within the 255 characters Docker allows a name: `container-gate/`, the repository's and the Dockerfile's part. */
const PART_MAX = 100

/**
 * `services/api/Dockerfile` → `services-api-dockerfile`. Only a path of letters and digits between single slashes
 * reads back from that (up to case); any other (`a-b/Dockerfile` and `a/b/Dockerfile` read the same), or one cut
 * to fit, gets a digest of the whole path after `--`, which the readable part never holds.
 */
function dockerfileSuffix(path: string): string {
  const readable = path.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (/^[A-Za-z0-9]+(?:\/[A-Za-z0-9]+)*$/.test(path) && readable.length <= PART_MAX) return readable
  const digest = createHash('sha256').update(path).digest('hex').slice(0, 10)
  return `${readable.slice(0, PART_MAX - 12).replace(/-+$/, '')}--${digest}`
}

/** Lower case; between letters and digits only the separators Docker allows (`.`, `_`, `__`, dashes), else `-`. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/[._-]{2,}/g, (run) => (run === '__' || /^-+$/.test(run) ? run : '-'))
    .slice(0, PART_MAX)
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
}
