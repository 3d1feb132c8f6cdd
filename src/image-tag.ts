/**
 * The tag given to the built image when the user names none: the repository's name and the commit, so parallel
 * jobs on one runner never overwrite each other's image; with several Dockerfiles in a step, the Dockerfile's path
 * too, so that they never overwrite each other's. Docker allows lower-case names only.
 */
export function defaultImageTag(repository: string, sha: string, dockerfile?: string): string {
  const name = slug(repository.split('/').pop() ?? '')
  const suffix = dockerfile === undefined ? '' : dockerfile.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 100).replace(/^-+|-+$/g, '')
  const tag = sha.toLowerCase().replace(/[^a-z0-9._-]/g, '').slice(0, 12)
  return `container-gate/${[name || 'image', suffix].filter(Boolean).join('-')}:${tag || 'local'}`
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
}
