import { officialImageName } from '../image-ref.js'
import type { ImageRef } from '../model.js'
import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { builtStage, externalBase } from '../stages.js'

const FULL_OS = new Set(['ubuntu', 'centos', 'fedora', 'rockylinux', 'almalinux', 'amazonlinux', 'opensuse'])
const RUNTIMES_WITH_SLIM_VARIANTS = new Set(['node', 'python', 'ruby'])
const SDKS = new Set(['golang', 'rust', 'maven', 'gradle', 'gcc', 'buildpack-deps', 'mcr.microsoft.com/dotnet/sdk'])
// Java images whose tags are a JDK unless they say `jre` (`eclipse-temurin:21` is the JDK, `:21-jre` is not).
const JAVA = new Set(['openjdk', 'eclipse-temurin', 'sapmachine', 'ibm-semeru-runtimes', 'amazoncorretto'])

export const CG004: Rule = {
  meta: {
    code: 'CG004',
    name: 'UseMinimalFinalImage',
    severity: 'info',
    title: 'The final image is a full OS or SDK image',
    why: 'Full distributions and SDK images ship compilers, package managers and hundreds of packages the service never uses, each one a source of CVEs to patch. A slim, alpine or distroless base cuts the scan findings and the pull time.',
    docsUrl: containerGateDocs('CG004'),
    fixable: false
  },
  check(model, { config }) {
    const stage = builtStage(model, config.target)
    if (!stage) return []
    const base = externalBase(model, stage)
    const kind = heavyKind(base.image)
    if (!kind) return []
    return [{ line: stage.from.line, message: `The final image is based on ${kind} ${base.image.text}: use a slim, alpine or distroless image for the runtime stage` }]
  }
}

function heavyKind(image: ImageRef): string | undefined {
  if (image.unresolved) return undefined
  const name = officialImageName(image)
  const tag = image.tag ?? ''
  if (FULL_OS.has(name) || name.startsWith('opensuse/') || (name === 'debian' && !tag.includes('slim'))) return 'the full OS image'
  if (RUNTIMES_WITH_SLIM_VARIANTS.has(name) && !tag.includes('slim') && !tag.includes('alpine')) return 'the full image'
  if (SDKS.has(name) || (JAVA.has(name) && !tag.includes('jre'))) return 'the SDK image'
  return undefined
}
