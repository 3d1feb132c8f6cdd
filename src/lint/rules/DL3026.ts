import { fromFlag } from '../copy-args.js'
import { fromImage, sourceImage } from '../image-name.js'
import type { HadolintImage } from '../image-name.js'
import { isFrom } from '../model.js'
import { mounts } from '../mounts.js'
import { hadolintDocs } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'

export const DL3026: Rule = {
  meta: {
    code: 'DL3026',
    name: 'UseAllowedRegistry',
    severity: 'error',
    title: 'Use only an allowed registry in the FROM image',
    why: 'Images from registries outside the trusted list bypass the scanning, signing and availability guarantees the trusted ones give.',
    docsUrl: hadolintDocs('DL3026'),
    fixable: false
  },
  check(model, { config }) {
    const trusted = config.trustedRegistries
    if (trusted.length === 0) return []
    const hits: RuleHit[] = []
    const stageNames = new Set<string>()
    const allowed = (image: HadolintImage): boolean => stageNames.has(image.name) || isAllowed(image, trusted)
    const report = (line: number, text: string): void => {
      hits.push({ line, message: `${text} does not come from a trusted registry (${trusted.join(', ')})` })
    }
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i]
      if (isFrom(instruction)) {
        const image = instruction.imageAsWritten.text
        if (!allowed(fromImage(image))) report(instruction.line, image)
        if (instruction.alias !== undefined) stageNames.add(instruction.alias)
      } else if (instruction.keyword === 'COPY') {
        const from = fromFlag(instruction)
        if (from !== undefined && !allowed(sourceImage(from))) report(instruction.line, from)
      } else if (instruction.keyword === 'RUN') {
        // A bind or cache mount without `from` reads the build context or an empty cache: nothing is pulled.
        const pulled = mounts(instruction).filter((m) => (m.type === 'bind' || m.type === 'cache') && m.from !== undefined && !allowed(sourceImage(m.from)))
        if (pulled.length > 0) report(instruction.line, pulled[0].from!)
      }
    }
    return hits
  }
}

/** `scratch` is no image at all; an image with no registry comes from Docker Hub. */
function isAllowed(image: HadolintImage, trusted: readonly string[]): boolean {
  if (image.registry !== undefined) return trusted.some((p) => matches(p, image.registry!))
  return image.name === 'scratch' || trusted.some((p) => matches(p, 'docker.io') || matches(p, 'hub.docker.com'))
}

/** `*` matches all, `*.x` is a suffix match, `x*` a prefix match, anything else must be equal. */
function matches(pattern: string, registry: string): boolean {
  if (pattern === '*') return true
  if (pattern.startsWith('*')) return registry.endsWith(pattern.slice(1))
  if (pattern.endsWith('*')) return registry.startsWith(pattern.slice(0, -1))
  return registry === pattern
}
