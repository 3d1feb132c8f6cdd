// The names hadolint's stage-tracking rules (DL3049, DL3057) compare. They match names as plain text, the way
// language-docker splits a FROM, not Docker's case-insensitive stage lookup that `Stage.parent` follows.

import type { FromInstruction } from './model.js'

/**
 * The image name of a FROM as hadolint reads it: as written, without digest, without a registry (a first path
 * part with a dot) and without the tag (from the first `:` on, so `localhost:5000/app` is `localhost`).
 */
export function imageNameOf(from: FromInstruction): string {
  const withoutDigest = from.imageAsWritten.text.split('@')[0]
  const slash = withoutDigest.indexOf('/')
  const withoutRegistry = slash !== -1 && withoutDigest.slice(0, slash).includes('.') ? withoutDigest.slice(slash + 1) : withoutDigest
  return withoutRegistry.split(':')[0]
}

/** What a stage is called: its alias, or its image name when it has none. */
export function stageNameOf(from: FromInstruction): string {
  return from.alias ?? imageNameOf(from)
}
