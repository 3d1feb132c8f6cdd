// What Docker BuildKit's build checks share as Container Gate rules: their code is the check's own name, so
// `# check=skip=<Name>` and `# hadolint ignore=<Name>` both name them, and their docs are Docker's pages.

/** `StageNameCasing` → `https://docs.docker.com/reference/build-checks/stage-name-casing/` */
export function buildCheckDocs(name: string): string {
  return `https://docs.docker.com/reference/build-checks/${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}/`
}
