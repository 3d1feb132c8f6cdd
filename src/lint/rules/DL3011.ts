import { hadolintDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { instructionsOf } from '../walk.js'

const MAX_PORT = 65535

export const DL3011: Rule = {
  meta: {
    code: 'DL3011',
    name: 'ValidPortRange',
    severity: 'error',
    title: 'Valid UNIX ports range from 0 to 65535',
    why: 'A port above 65535 cannot exist; Docker rejects it when the image is run or published, so the mistake surfaces at deploy time instead of in review.',
    docsUrl: hadolintDocs('DL3011'),
    fixable: false
  },
  check(model) {
    return instructionsOf(model, ['EXPOSE']).flatMap((i) => {
        const bad = i.args.split(/\s+/).filter(outOfRange)
        return bad.length === 0 ? [] : [{ line: i.line, message: `Valid UNIX ports range from 0 to ${MAX_PORT}: ${bad.join(', ')} is outside it` }]
      })
  }
}

/** `8080`, `8080/udp`, `8000-9000/tcp`; a port or range that holds a variable is not known until build time. */
function outOfRange(spec: string): boolean {
  const ports = spec.split('/')[0]
  if (ports.includes('$')) return false
  const range = /^(\d+)(?:-(\d+))?$/.exec(ports)
  return range !== null && range.slice(1).some((p) => p !== undefined && Number(p) > MAX_PORT)
}
