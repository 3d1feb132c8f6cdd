// The `metadata` output, in docker/build-push-action's shape: buildx's --metadata-file, whose keys its users read
// (`containerimage.digest`, `containerimage.config.digest`, `image.name`), made from what docker says when no buildx
// wrote one.

export type BuildMetadata = Record<string, unknown>

/** After the build: buildx's own metadata when there is some; the image id and its tag always. */
export function buildMetadata(imageId: string, tag: string, fromBuildx?: BuildMetadata): BuildMetadata {
  return { 'containerimage.config.digest': imageId, 'image.name': tag, ...fromBuildx }
}

/**
 * After the push: the names it was pushed as, and the registry's manifest digest, which is what `digest` reports and
 * what a later `docker pull name@digest` or a signature must name (the digest of a `--load`ed image is the engine's own).
 */
export function pushedMetadata(metadata: BuildMetadata, tags: readonly string[], digest: string): BuildMetadata {
  return { ...metadata, 'image.name': tags.join(','), 'containerimage.digest': digest }
}
