// Image references read the way hadolint's parser (language-docker) reads them, which differs from Docker:
// a registry is recognised only when the first path part contains a dot, so `localhost:5000/app` has none.

export interface HadolintImage {
  registry?: string
  /** The repository path after any registry. */
  name: string
}

/** A FROM image: the name stops at the tag or digest (`localhost:5000/app` is the name `localhost`). */
export function fromImage(text: string): HadolintImage {
  const { registry, rest } = splitRegistry(text)
  return { registry, name: rest.split(/[:@]/)[0] }
}

/** A `COPY --from=` or mount `from=` value: hadolint keeps any tag in the name there. */
export function sourceImage(text: string): HadolintImage {
  const { registry, rest } = splitRegistry(text)
  return { registry, name: rest }
}

function splitRegistry(text: string): { registry?: string; rest: string } {
  const slash = text.indexOf('/')
  if (slash === -1 || !text.slice(0, slash).includes('.')) return { rest: text }
  return { registry: text.slice(0, slash), rest: text.slice(slash + 1) }
}
