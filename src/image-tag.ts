/**
 * The tag given to the built image when the user names none: the repository's name and the commit, so
 * parallel jobs on one runner never overwrite each other's image. Docker allows lower-case names only.
 */
export function defaultImageTag(repository: string, sha: string): string {
  const name = (repository.split('/').pop() ?? '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
  const tag = sha.toLowerCase().replace(/[^a-z0-9._-]/g, '').slice(0, 12)
  return `container-gate/${name || 'image'}:${tag || 'local'}`
}
