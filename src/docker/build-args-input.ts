/** The `build-args` input is unusable; the message names the input, the line and the shape it wants. */
export class BuildArgsError extends Error {
  override name = 'BuildArgsError'
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Reads the `build-args` input: one `KEY=VALUE` per line, blank lines skipped. The value is everything after the
 * first `=`, kept as written (it may hold `=` or spaces); pairs keep their order, as docker lets the last one win.
 */
export function parseBuildArgs(text: string): [string, string][] {
  const pairs: [string, string][] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return
    const eq = line.indexOf('=')
    const key = eq < 0 ? line : line.slice(0, eq).trim()
    if (eq < 0 || !NAME.test(key)) {
      throw new BuildArgsError(
        `build-args line ${index + 1}: "${line}" is not KEY=VALUE. Write one build argument per line, e.g. VERSION=1.2.3 ` +
          '(the key: letters, digits and _, not starting with a digit).'
      )
    }
    pairs.push([key, line.slice(eq + 1)])
  })
  return pairs
}
