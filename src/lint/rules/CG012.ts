import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'

/** Tags that name a release channel, not a release: the image behind them changes as the channel moves on. */
const CHANNELS = ['lts', 'stable', 'current', 'edge', 'rolling', 'mainline', 'nightly', 'unstable', 'testing', 'sid']
const CHANNELS_AND_LATEST: ReadonlySet<string> = new Set([...CHANNELS, 'latest'])

export const CG012: Rule = {
  meta: {
    code: 'CG012',
    name: 'PinBaseImageToRelease',
    severity: 'warning',
    title: 'The base image follows a moving channel',
    why: 'A channel tag such as `lts`, `stable` or `edge` moves to the next major version or distribution release without warning, so a rebuild can change the runtime, the libc or the package set under the application. Pin a version tag.',
    docsUrl: containerGateDocs('CG012'),
    fixable: false
  },
  check(model) {
    return model.stages
      .filter((s) => s.parent === undefined)
      .flatMap(({ from }) => {
        const { image } = from
        if (image.unresolved || image.digest !== undefined || image.name.toLowerCase() === 'scratch') return []
        const channel = movingChannel(image.tag)
        return channel ? [{ line: from.line, message: `FROM ${image.text} follows the "${channel}" channel, which moves to new releases: pin a version tag (e.g. ${image.name}:<version>)` }] : []
      })
  }
}

/** The channel a tag follows: a channel name alone, or a channel (or `latest`) followed by `-` and a variant. Plain `latest` is DL3007's. */
function movingChannel(tag: string | undefined): string | undefined {
  const lower = (tag ?? '').toLowerCase()
  // No channel holds a `-`, so the channel is what stands before the first one.
  const dash = lower.indexOf('-')
  const channel = dash === -1 ? lower : lower.slice(0, dash)
  if (dash === -1 && channel === 'latest') return undefined
  return CHANNELS_AND_LATEST.has(channel) ? channel : undefined
}
