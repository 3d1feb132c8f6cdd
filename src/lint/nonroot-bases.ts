// Base images whose own config sets a non-root user, known by name because the linter does not pull images. Each
// entry says where its publisher documents the user; an image is listed only when every tag it matches runs so.
import type { ImageRef } from './model.js'

export interface NonRootBase {
  /** What the entry covers, as the docs and messages name it. */
  images: string
  /** The user the image config sets. */
  user: string
  /** Where the publisher documents it. */
  source: string
  matches(image: ImageRef): boolean
}

const tagOf = (image: ImageRef): string => image.tag ?? 'latest'

export const NON_ROOT_BASES: readonly NonRootBase[] = [
  {
    images: 'distroless `nonroot` and `debug-nonroot` tags (also per architecture, `nonroot-arm64`)',
    user: '65532 (nonroot)',
    source: 'https://github.com/GoogleContainerTools/distroless#what-images-are-available',
    matches: (image) => image.name.includes('distroless') && /^(?:debug-)?nonroot(?:-[a-z0-9]+)?$/.test(tagOf(image))
  },
  {
    // The `-dev` variants (`latest-dev`, `3.12-dev`) add a shell and apk and run as root.
    images: 'Chainguard images (`cgr.dev/…`) except `-dev` tags',
    user: '65532 (nonroot)',
    source: 'https://edu.chainguard.dev/chainguard/chainguard-images/overview/',
    matches: (image) => image.registry === 'cgr.dev' && !tagOf(image).endsWith('-dev')
  },
  {
    images: '.NET `chiseled` and `distroless` tags (`mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled`)',
    user: '1654 (app)',
    source: 'https://github.com/dotnet/dotnet-docker/blob/main/documentation/ubuntu-chiseled.md',
    matches: (image) => image.name.startsWith('mcr.microsoft.com/dotnet/') && /chiseled|distroless/.test(tagOf(image))
  },
  {
    // The stacks build on each other (`FROM $BASE_IMAGE`) and each ends with USER ${NB_UID}.
    images: 'Jupyter Docker Stacks (`quay.io/jupyter/…`, and `jupyter/…` on Docker Hub)',
    user: '1000 (jovyan)',
    source: 'https://jupyter-docker-stacks.readthedocs.io/en/latest/using/common.html#user-related-configurations',
    matches: (image) => /^(?:quay\.io\/)?jupyter\/[a-z0-9-]+$/.test(image.name)
  },
  {
    images: 'NGINX unprivileged (`nginxinc/nginx-unprivileged`, also from ghcr.io, quay.io and ECR)',
    user: '101 (nginx)',
    source: 'https://github.com/nginxinc/docker-nginx-unprivileged#readme',
    matches: (image) => /(?:^|\/)nginx-unprivileged$/.test(image.name)
  }
]

/** The entry that says the image runs as non-root, if one does. */
export function knownNonRootBase(image: ImageRef): NonRootBase | undefined {
  return image.unresolved ? undefined : NON_ROOT_BASES.find((base) => base.matches(image))
}
