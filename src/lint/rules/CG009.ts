import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { programName } from '../shell.js'
import { builtStage } from '../stages.js'
import { isInit, startCommands, startInstruction, unwrap } from '../start-command.js'

const PACKAGE_RUNNERS: ReadonlySet<string> = new Set(['npm', 'yarn', 'pnpm', 'npx'])
const EXEC: ReadonlySet<string> = new Set(['exec'])

export const CG009: Rule = {
  meta: {
    code: 'CG009',
    name: 'RunAppUnderInitOrDirectly',
    severity: 'warning',
    title: 'PID 1 does not pass signals to the app',
    why: 'npm, yarn, pnpm and npx run the app as a child and do not pass SIGTERM on to it, so `docker stop` and rolling updates kill it after the grace period instead of letting it shut down cleanly. Start the app directly, or put an init such as tini in front.',
    docsUrl: containerGateDocs('CG009'),
    fixable: false
  },
  check(model, { config }) {
    const stage = builtStage(model, config.target)
    const start = stage && startInstruction(model, stage)
    if (!start) return []
    const commands = startCommands(start).map((c) => unwrap(c, EXEC))
    // An init as PID 1 forwards signals to whatever it starts.
    if (start.keyword === 'ENTRYPOINT' && commands[0] && isInit(commands[0])) return []
    const main = commands.at(-1)
    if (!main || !PACKAGE_RUNNERS.has(programName(main.name))) return []
    const runner = programName(main.name)
    return [{ line: start.line, message: `${start.keyword} makes ${runner} PID 1, and ${runner} does not pass SIGTERM to the app: run the app directly (CMD ["node", "server.js"]) or start it through an init (ENTRYPOINT ["tini", "--"], or docker run --init)` }]
  }
}
