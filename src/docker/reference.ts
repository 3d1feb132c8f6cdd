// Image references as Docker parses them (distribution/reference's grammar), checked before anything runs: given
// `--tag MyApp:latest`, Docker prints its reason and then "See 'docker build --help'", the line a failed build is
// summed up by, so an invalid `image` is refused up front with Docker's reason instead.
import { UsageError } from '../options.js'

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}'
const REFERENCE = new RegExp(`^(${NAME})(?::${TAG})?(@${DIGEST})?$`)
const NAME_MAX = 255

/** Why Docker would refuse `reference` (in Docker's words), or undefined when it takes it. */
export function referenceProblem(reference: string, use: 'build' | 'scan'): string | undefined {
  const match = REFERENCE.exec(reference)
  if (!match) {
    // Docker tells a name that is only wrong in its case apart from any other.
    return REFERENCE.test(reference.toLowerCase()) ? 'invalid reference format: repository name must be lowercase' : 'invalid reference format'
  }
  if (match[1]!.length > NAME_MAX) return `invalid reference format: repository name must not be more than ${NAME_MAX} characters`
  if (use === 'build' && match[2] !== undefined) return 'refusing to create a tag with a digest reference'
  return undefined
}

/** `reference` when Docker takes it; else a UsageError naming the setting, Docker's reason and a valid example. */
export function imageReference(setting: string, reference: string, use: 'build' | 'scan'): string {
  const problem = referenceProblem(reference, use)
  if (problem === undefined) return reference
  throw new UsageError(
    `${setting}: "${reference}" is not an image reference Docker accepts (${problem}). ` +
      `Give a lower-case name and ${use === 'build' ? 'a tag' : 'a tag or a digest'}, such as myapp:1.0 or registry.example.com/team/app:pr-7.`
  )
}
