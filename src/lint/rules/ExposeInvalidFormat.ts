import { buildCheckDocs } from '../build-checks.js'
import { exposedPorts } from '../expose-ports.js'
import type { Rule } from '../rule.js'

export const ExposeInvalidFormat: Rule = {
  meta: {
    code: 'ExposeInvalidFormat',
    name: 'ExposePortsOnly',
    severity: 'warning',
    title: 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release',
    why: 'EXPOSE only documents the container port: an IP or a host port in it is ignored today (the mapping belongs to `docker run -p`) and Docker plans to reject it.',
    docsUrl: buildCheckDocs('ExposeInvalidFormat'),
    fixable: false
  },
  check(model) {
    // One finding per port spec; an empty host part (`:80`) is no mapping.
    return exposedPorts(model).flatMap(({ instruction, specs }) =>
      specs
        .filter((s) => s.ip !== '' || s.hostPort !== '')
        .map((s) => ({ line: instruction.line, message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${s.text}'` }))
    )
  }
}
